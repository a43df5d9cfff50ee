import { extract } from './extract';
import { Statement } from './model';

/**
 * English news written for these tests in wire-service style. There is no English gold corpus in
 * the project, so this table is the English measure: docs/extraction.md reports how many pass.
 */
const en = (text: string) => extract(text, { language: 'en' }).statements;
const brief = (s: Statement) => ({ text: s.text, mode: s.mode, speaker: s.speaker?.text ?? null, attribution: s.attribution });

type Expected = { text: string; mode: Statement['mode']; speaker: string | null; attribution: Statement['attribution'] };
const CASES: [string, string, Expected[]][] = [
  [
    'quote, then "X said"',
    '"We will not raise taxes this year," the finance minister said on Monday.',
    [{ text: 'We will not raise taxes this year,', mode: 'DIRECT_QUOTE', speaker: 'the finance minister', attribution: 'ON_RECORD' }],
  ],
  [
    'inverted "said X" with an apposition',
    '"The talks have failed," said Senator Maria Lopez, a Democrat from Nevada.',
    [{ text: 'The talks have failed,', mode: 'DIRECT_QUOTE', speaker: 'Senator Maria Lopez', attribution: 'ON_RECORD' }],
  ],
  [
    'told reporters that',
    'The mayor told reporters that the bridge would reopen in May.',
    [{ text: 'that the bridge would reopen in May', mode: 'INDIRECT_SPEECH', speaker: 'The mayor', attribution: 'ON_RECORD' }],
  ],
  [
    'said without that',
    'Prime Minister John Carter said the government would review the decision.',
    [{ text: 'the government would review the decision', mode: 'INDIRECT_SPEECH', speaker: 'Prime Minister John Carter', attribution: 'ON_RECORD' }],
  ],
  [
    'according to',
    'According to the police, three people were injured in the blast.',
    [{ text: 'three people were injured in the blast', mode: 'INDIRECT_SPEECH', speaker: 'the police', attribution: 'REPORTED' }],
  ],
  [
    'reportedly, anonymous sources',
    'The company reportedly plans to cut 500 jobs, two people familiar with the matter said.',
    [{ text: 'The company reportedly plans to cut 500 jobs', mode: 'INDIRECT_SPEECH', speaker: 'two people familiar with the matter', attribution: 'ALLEGED' }],
  ],
  [
    'rejected',
    'The union rejected the offer on Tuesday.',
    [{ text: 'The union rejected the offer on Tuesday', mode: 'REPORTED_SPEECH', speaker: 'The union', attribution: 'ON_RECORD' }],
  ],
  [
    'called for',
    'Environmental groups called for an immediate ban on the pesticide.',
    [
      {
        text: 'Environmental groups called for an immediate ban on the pesticide',
        mode: 'REPORTED_SPEECH',
        speaker: 'Environmental groups',
        attribution: 'ON_RECORD',
      },
    ],
  ],
  [
    'a quote continued in the next sentence',
    '"This is a difficult day for our country," the minister said. "But we will recover."',
    [
      { text: 'This is a difficult day for our country,', mode: 'DIRECT_QUOTE', speaker: 'the minister', attribution: 'ON_RECORD' },
      { text: 'But we will recover.', mode: 'DIRECT_QUOTE', speaker: 'the minister', attribution: 'ON_RECORD' },
    ],
  ],
  [
    'interrupted quote',
    '"We are ready," she said, "and we will not back down."',
    [
      { text: 'We are ready,', mode: 'DIRECT_QUOTE', speaker: 'she', attribution: 'ON_RECORD' },
      { text: 'and we will not back down.', mode: 'DIRECT_QUOTE', speaker: 'she', attribution: 'ON_RECORD' },
    ],
  ],
  [
    'anonymous officials',
    'Officials said the fire had been contained by late evening.',
    [{ text: 'the fire had been contained by late evening', mode: 'INDIRECT_SPEECH', speaker: 'Officials', attribution: 'ON_RECORD' }],
  ],
  [
    'denied that',
    'The spokesman denied that the army had fired on civilians.',
    [{ text: 'that the army had fired on civilians', mode: 'INDIRECT_SPEECH', speaker: 'The spokesman', attribution: 'ON_RECORD' }],
  ],
  [
    'title abbreviation and a quote over two sentences',
    '"It is too early to say," said Dr. Anna Weber, who leads the research team. "We need more data."',
    [
      { text: 'It is too early to say,', mode: 'DIRECT_QUOTE', speaker: 'Dr. Anna Weber', attribution: 'ON_RECORD' },
      { text: 'We need more data.', mode: 'DIRECT_QUOTE', speaker: 'Dr. Anna Weber', attribution: 'ON_RECORD' },
    ],
  ],
  [
    'is said to have',
    'The president is said to have told aides that he would not seek a second term.',
    [{ text: 'that he would not seek a second term', mode: 'INDIRECT_SPEECH', speaker: 'The president', attribution: 'ALLEGED' }],
  ],
  [
    'accused',
    'The opposition leader accused the government of misleading parliament.',
    [
      {
        text: 'The opposition leader accused the government of misleading parliament',
        mode: 'REPORTED_SPEECH',
        speaker: 'The opposition leader',
        attribution: 'ON_RECORD',
      },
    ],
  ],
  [
    'curly quotes, colon',
    'The minister said: “We will present a plan next week.”',
    [{ text: 'We will present a plan next week.', mode: 'DIRECT_QUOTE', speaker: 'The minister', attribution: 'ON_RECORD' }],
  ],
];

describe('English news paragraphs', () => {
  it.each(CASES)('%s', (_name, text, expected) => {
    expect(en(text).map(brief)).toEqual(expected);
  });

  it('resolves a role noun and a pronoun to the named speaker', () => {
    const list = extract('Finance Minister Jane Doe said the budget was balanced. "We kept our promise," she said.', { language: 'en' }).statements;
    expect(list[1].speaker?.entity?.id).toBe(list[0].speaker?.entity?.id);
    expect(list[0].speaker?.entity).toMatchObject({ id: 'person:jane-doe', type: 'Person' });
  });

  it('names the title-less name of a titled speaker', () => {
    const [s] = en('"It is too early to say," said Dr. Anna Weber.');
    expect(s.speaker?.entity?.id).toBe('person:anna-weber');
  });
});
