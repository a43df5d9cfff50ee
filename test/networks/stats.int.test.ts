import { Api } from '../harness/api';
import { TestGraph, useGraph } from './graph';

/**
 * statementStats on a small graph counted by hand:
 *   s1 A T1 SUPPORT 2025-01-10 art1     s2 A T1 SUPPORT, T2 OPPOSE 2025-01-20 art1
 *   s3 B T1 OPPOSE  2025-03-05 art2     s4 (no speaker) T2 NEUTRAL (undated) art2
 */
const P = 'net-stats';
const A = `person:${P}-a`;
const B = `person:${P}-b`;
const T1 = `topic:${P}-one`;
const T2 = `topic:${P}-two`;
const ART1 = `article:${P}-1`;
const ART2 = `article:${P}-2`;
const GRAPH: TestGraph = {
  actors: [
    { id: A, name: 'A', type: 'Person' },
    { id: B, name: 'B', type: 'Person' },
  ],
  topics: [
    { id: T1, name: 'One' },
    { id: T2, name: 'Two' },
  ],
  articles: [ART1, ART2],
  statements: [
    { id: `statement:${P}-1`, speaker: A, article: ART1, date: '2025-01-10', stances: [{ topic: T1, stance: 'SUPPORT' }] },
    {
      id: `statement:${P}-2`,
      speaker: A,
      article: ART1,
      date: '2025-01-20',
      mode: 'INDIRECT_SPEECH',
      stances: [
        { topic: T1, stance: 'SUPPORT' },
        { topic: T2, stance: 'OPPOSE' },
      ],
    },
    { id: `statement:${P}-3`, speaker: B, article: ART2, date: '2025-03-05', stances: [{ topic: T1, stance: 'OPPOSE' }] },
    { id: `statement:${P}-4`, speaker: 'person:net-stats-nobody', article: ART2, date: null, stances: [{ topic: T2, stance: 'NEUTRAL' }] },
  ],
};
const FILTER = `{ articles: ["${ART1}", "${ART2}"] }`;

let api: Api;
useGraph(GRAPH, (started) => (api = started));

const groups = async (groupBy: string, fields: string, filter = FILTER) =>
  (await api.ok(`{ statementStats(filter: ${filter}, groupBy: [${groupBy}]) { groupBy groups { ${fields} count } } }`)).statementStats.groups;

describe('statementStats', () => {
  it('counts every statement once without groups, and by speaker (none is a group, last)', async () => {
    expect(await groups('', 'speaker')).toEqual([{ speaker: null, count: 4 }]);
    expect(await groups('SPEAKER', 'speaker speakerName')).toEqual([
      { speaker: A, speakerName: 'A', count: 2 },
      { speaker: B, speakerName: 'B', count: 1 },
      { speaker: null, speakerName: null, count: 1 },
    ]);
  });

  it('counts a statement in every topic and stance it takes', async () => {
    expect(await groups('TOPIC, STANCE', 'topic stance')).toEqual([
      { topic: T1, stance: 'OPPOSE', count: 1 },
      { topic: T1, stance: 'SUPPORT', count: 2 },
      { topic: T2, stance: 'NEUTRAL', count: 1 },
      { topic: T2, stance: 'OPPOSE', count: 1 },
    ]);
    expect(await groups('MODE, ARTICLE', 'mode article')).toEqual([
      { mode: 'DIRECT_QUOTE', article: ART1, count: 1 },
      { mode: 'DIRECT_QUOTE', article: ART2, count: 2 },
      { mode: 'INDIRECT_SPEECH', article: ART1, count: 1 },
    ]);
  });

  it('returns the empty months too, for every series, and the undated last', async () => {
    expect(await groups('MONTH, STANCE', 'period stance')).toEqual([
      { period: '2025-01-01', stance: 'OPPOSE', count: 1 },
      { period: '2025-01-01', stance: 'SUPPORT', count: 2 },
      { period: '2025-02-01', stance: 'OPPOSE', count: 0 },
      { period: '2025-02-01', stance: 'SUPPORT', count: 0 },
      { period: '2025-03-01', stance: 'OPPOSE', count: 1 },
      { period: '2025-03-01', stance: 'SUPPORT', count: 0 },
      { period: null, stance: 'NEUTRAL', count: 1 },
    ]);
    // The filter's dates bound the buckets; weeks start on Mondays.
    expect(await groups('WEEK', 'period', `{ articles: ["${ART1}"], from: "2025-01-01", to: "2025-01-20" }`)).toEqual([
      { period: '2024-12-30', count: 0 },
      { period: '2025-01-06', count: 1 },
      { period: '2025-01-13', count: 0 },
      { period: '2025-01-20', count: 1 },
    ]);
  });

  it('filters by topic and refuses two units of time or a dimension twice', async () => {
    expect(await groups('YEAR', 'period', `{ articles: ["${ART1}", "${ART2}"], topics: ["${T2}"] }`)).toEqual([
      { period: '2025-01-01', count: 1 },
      { period: null, count: 1 },
    ]);
    const refused = async (groupBy: string) => (await api.run(`{ statementStats(groupBy: [${groupBy}]) { groupBy } }`)).errors?.map((e) => e.message);
    expect(await refused('MONTH, YEAR')).toEqual(['Argument "groupBy" names MONTH and YEAR; group by one unit of time at most.']);
    expect(await refused('TOPIC, TOPIC')).toEqual(['Argument "groupBy" names TOPIC twice; name each dimension once.']);
  });
});
