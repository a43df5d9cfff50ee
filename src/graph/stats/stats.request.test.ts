import { StatsRow, fillTimeBuckets, statsRequest } from './stats.request';

const row = (period: string | null, stance: string | null, count: number): StatsRow => ({
  speaker: null,
  speakerName: null,
  topic: null,
  topicName: null,
  stance,
  mode: null,
  attribution: null,
  provenance: null,
  article: null,
  publisher: null,
  publisherName: null,
  period,
  count,
});

describe('statsRequest', () => {
  it('splits the unit of time from the other dimensions and asks for stances only when needed', () => {
    expect(statsRequest({ groupBy: ['MONTH', 'SPEAKER'] })).toMatchObject({ groupBy: ['SPEAKER'], timeUnit: 'MONTH', stances: false, publisher: false });
    expect(statsRequest({ groupBy: ['STANCE', 'PUBLISHER'] })).toMatchObject({ timeUnit: null, stances: true, publisher: true });
    expect(statsRequest({ filter: { topics: ['topic:a'] }, groupBy: [] })).toMatchObject({ stances: true });
  });

  it('refuses an unknown dimension, naming its place', () => {
    expect(() => statsRequest({ groupBy: ['SPEAKER', 'COLOUR'] })).toThrow(
      'Argument "groupBy[1]" is "COLOUR", but it must be one of SPEAKER, TOPIC, STANCE, MODE, ATTRIBUTION, PROVENANCE, ARTICLE, PUBLISHER, DAY, WEEK, MONTH, YEAR.',
    );
  });
});

describe('fillTimeBuckets', () => {
  it('gives every series every bucket from the first to the last, zeros where empty, undated last', () => {
    const request = statsRequest({ groupBy: ['MONTH', 'STANCE'] });
    const rows = [row('2025-01-01', 'SUPPORT', 2), row('2025-03-01', 'OPPOSE', 1), row(null, 'SUPPORT', 4)];
    expect(fillTimeBuckets(rows, request).map((r) => [r.period, r.stance, r.count])).toEqual([
      ['2025-01-01', 'SUPPORT', 2],
      ['2025-01-01', 'OPPOSE', 0],
      ['2025-02-01', 'SUPPORT', 0],
      ['2025-02-01', 'OPPOSE', 0],
      ['2025-03-01', 'SUPPORT', 0],
      ['2025-03-01', 'OPPOSE', 1],
      [null, 'SUPPORT', 4],
    ]);
  });

  it("spans the filter's dates when it has them, and refuses too many groups", () => {
    const request = statsRequest({ filter: { from: '2024-12-15', to: '2025-02-10' }, groupBy: ['MONTH'] });
    expect(fillTimeBuckets([row('2025-01-01', null, 1)], request).map((r) => [r.period, r.count])).toEqual([
      ['2024-12-01', 0],
      ['2025-01-01', 1],
      ['2025-02-01', 0],
    ]);
    const days = statsRequest({ filter: { from: '2000-01-01', to: '2030-01-01' }, groupBy: ['DAY'] });
    expect(() => fillTimeBuckets([row('2025-01-01', null, 1)], days)).toThrow(
      /^Argument "groupBy" gives 10959 groups with the empty days from 2000-01-01 to 2030-01-01, more than the limit of 10000/,
    );
  });

  it('counts the buckets of a span up to the last day YYYY-MM-DD can write without making them', () => {
    const widest = { from: '1970-01-01', to: '9999-12-31' };
    // No statement passes the filter: nothing to fill, whatever the span.
    expect(fillTimeBuckets([], statsRequest({ filter: widest, groupBy: ['MONTH'] }))).toEqual([]);
    expect(fillTimeBuckets([row(null, null, 3)], statsRequest({ filter: widest, groupBy: ['DAY'] }))).toEqual([row(null, null, 3)]);
    const years = fillTimeBuckets([row('2025-01-01', null, 1)], statsRequest({ filter: widest, groupBy: ['YEAR'] }));
    expect([years.length, years[0].period, years.at(-1)!.period]).toEqual([8030, '1970-01-01', '9999-01-01']);
    const cases: [string, number][] = [
      ['MONTH', 96360],
      ['WEEK', 418_986],
      ['DAY', 2_932_897],
    ];
    for (const [unit, buckets] of cases) {
      expect(() => fillTimeBuckets([row('2025-01-01', null, 1)], statsRequest({ filter: widest, groupBy: [unit as 'DAY'] }))).toThrow(
        new RegExp(`^Argument "groupBy" gives ${buckets} groups with the empty ${unit.toLowerCase()}s from`),
      );
    }
    // The last bucket of the span is the last one made.
    const lastYears = statsRequest({ filter: { from: '9998-06-01', to: '9999-12-31' }, groupBy: ['YEAR'] });
    expect(fillTimeBuckets([row('9999-01-01', null, 1)], lastYears).map((r) => r.period)).toEqual(['9998-01-01', '9999-01-01']);
  });
});
