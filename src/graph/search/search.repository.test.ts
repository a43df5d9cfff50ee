import { EntityRow } from '../common/rows';
import { rank } from './search.repository';

const entity = (id: string, name: string, aliases: string[] = []): EntityRow => ({ __typename: 'Person', type: 'Person', id, name, aliases });

describe('rank', () => {
  const zelenskyy = entity('person:volodymyr-zelenskyy', 'Volodymyr Zelenskyy', ['Selenskyj', 'Wolodymyr Selenskyj']);
  const meeting = entity('event:meeting', 'Trump–Zelenskyy meeting', ['das Treffen zwischen Trump und Selenskyj']);

  it('puts an exact alias match first even when Lucene scored it lower', () => {
    const ranked = rank(
      [
        { entity: meeting, score: 5 },
        { entity: zelenskyy, score: 1 },
      ],
      'selenskyj',
    );
    expect(ranked.map((r) => r.entity.id)).toEqual(['person:volodymyr-zelenskyy', 'event:meeting']);
    expect(ranked[0].score).toBeGreaterThan(ranked[1].score);
  });

  it('ignores case, accents and punctuation when comparing names', () => {
    expect(
      rank(
        [
          { entity: meeting, score: 9 },
          { entity: zelenskyy, score: 1 },
        ],
        '  WOLODYMYR  Sélenskyj! ',
      )[0].entity.id,
    ).toBe('person:volodymyr-zelenskyy');
  });

  it('prefers names containing every word over other matches, and keeps scores in 0..1, decreasing', () => {
    const other = entity('person:other', 'Someone Else', ['Selenskyi']);
    const ranked = rank(
      [
        { entity: other, score: 10 },
        { entity: meeting, score: 2 },
      ],
      'Selenskyj',
    );
    expect(ranked.map((r) => r.entity.id)).toEqual(['event:meeting', 'person:other']);
    expect(ranked.every((r) => r.score >= 0 && r.score <= 1)).toBe(true);
  });
});
