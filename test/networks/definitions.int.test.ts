import { Api } from '../harness/api';
import { TestGraph, useGraph } from './graph';

/**
 * DNA's definitions (docs/networks.md) pinned on a graph small enough to compute by hand.
 *
 *   statement  speaker  topic  stance   date        article
 *   s01        A        T1     SUPPORT  2025-01-10  1
 *   s02        A        T1     SUPPORT  2025-01-20  1
 *   s03        B        T1     OPPOSE   2025-01-15  1
 *   s04        B        T2     NEUTRAL  2025-02-05  2
 *   s05        C        T1     SUPPORT  2025-02-10  2
 *   s06        C        T2     SUPPORT  2025-02-11  2
 *   s07        A        T2     OPPOSE   2025-03-01  2
 *   s08        D        T1     SUPPORT  (undated)   2    one statement, two stances
 *                       T2     OPPOSE
 *   s09        E        T3     SUPPORT  2025-03-15  2
 *   s10        E        T3     OPPOSE   2025-04-02  2
 *
 * x_ijk as [SUPPORT, NEUTRAL, OPPOSE]: A T1 [2,0,0] T2 [0,0,1] (A_A = 3); B T1 [0,0,1] T2 [0,1,0]
 * (A_B = 2); C T1 [1,0,0] T2 [1,0,0] (2); D T1 [1,0,0] T2 [0,0,1] (2); E T3 [1,0,1] (2).
 * Levels +1, 0, -1 and |K| - 1 = 2: the congruence factor is 1 for equal stances, 0.5 one
 * level apart, 0 two apart; the conflict factor is one minus that.
 */
const P = 'net-def';
const A = `person:${P}-a`;
const B = `person:${P}-b`;
const C = `person:${P}-c`;
const D = `country:${P}-d`;
const E = `person:${P}-e`;
const T1 = `topic:${P}-one`;
const T2 = `topic:${P}-two`;
const T3 = `topic:${P}-three`;
const ART1 = `article:${P}-1`;
const ART2 = `article:${P}-2`;
const sid = (n: number) => `statement:${P}-${String(n).padStart(2, '0')}`;

const GRAPH: TestGraph = {
  actors: [
    { id: A, name: 'A', type: 'Person' },
    { id: B, name: 'B', type: 'Person' },
    { id: C, name: 'C', type: 'Person' },
    { id: D, name: 'D', type: 'Country' },
    { id: E, name: 'E', type: 'Person' },
  ],
  topics: [
    { id: T1, name: 'One' },
    { id: T2, name: 'Two' },
    { id: T3, name: 'Three' },
  ],
  articles: [ART1, ART2],
  statements: [
    { id: sid(1), speaker: A, article: ART1, date: '2025-01-10', stances: [{ topic: T1, stance: 'SUPPORT' }] },
    { id: sid(2), speaker: A, article: ART1, date: '2025-01-20', stances: [{ topic: T1, stance: 'SUPPORT' }] },
    { id: sid(3), speaker: B, article: ART1, date: '2025-01-15', stances: [{ topic: T1, stance: 'OPPOSE' }] },
    { id: sid(4), speaker: B, article: ART2, date: '2025-02-05', stances: [{ topic: T2, stance: 'NEUTRAL' }] },
    { id: sid(5), speaker: C, article: ART2, date: '2025-02-10', mode: 'INDIRECT_SPEECH', stances: [{ topic: T1, stance: 'SUPPORT' }] },
    { id: sid(6), speaker: C, article: ART2, date: '2025-02-11', provenance: 'AUTOMATIC', stances: [{ topic: T2, stance: 'SUPPORT' }] },
    { id: sid(7), speaker: A, article: ART2, date: '2025-03-01', attribution: 'REPORTED', stances: [{ topic: T2, stance: 'OPPOSE' }] },
    {
      id: sid(8),
      speaker: D,
      article: ART2,
      date: null,
      stances: [
        { topic: T1, stance: 'SUPPORT' },
        { topic: T2, stance: 'OPPOSE' },
      ],
    },
    { id: sid(9), speaker: E, article: ART2, date: '2025-03-15', stances: [{ topic: T3, stance: 'SUPPORT' }] },
    { id: sid(10), speaker: E, article: ART2, date: '2025-04-02', stances: [{ topic: T3, stance: 'OPPOSE' }] },
  ],
};

const FILTER = `{ articles: ["${ART1}", "${ART2}"] }`;

let api: Api;
useGraph(GRAPH, (started) => (api = started));

type Weights = Record<string, number>;

/** The edges as `source|target` → weight (the short names of the actors). */
async function network(args: string, extra = ''): Promise<{ weights: Weights; data: any }> {
  const data = await api.ok(`{ actorNetwork(filter: ${FILTER} ${args}) {
    actorCount edgeCount truncated nodes { id activity support neutral oppose statementCount }
    edges { source target weight congruence conflict cooccurrence topicIds statementCount statementIds } ${extra} } }`);
  const short = (id: string) => id.replace(/^.*-/, '').toUpperCase();
  const weights: Weights = {};
  // Keyed by the letters in order: D's id ("country:...") sorts before the others' ("person:...").
  for (const e of data.actorNetwork.edges) weights[[short(e.source), short(e.target)].sort().join('')] = e.weight;
  return { weights, data: data.actorNetwork };
}

function expectWeights(actual: Weights, expected: Weights): void {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [pair, w] of Object.entries(expected)) expect(actual[pair]).toBeCloseTo(w, 10);
}

describe('the one-mode aggregations, not normalised', () => {
  it("congruence: Σ x x' (1 - |k - k'| / 2) over the shared topics", async () => {
    // AB: T1 S2×O1 factor 0; T2 O1×N1 0.5 → 0.5.   AC: T1 S2×S1 → 2; T2 O×S 0 → 2.
    // AD: T1 2 + T2 O×O 1 → 3.   BC: T1 0; T2 N×S 0.5 → 0.5.   BD: T2 N×O 0.5.   CD: T1 S×S 1.
    // E shares no topic with anyone: no edge.
    const { weights } = await network('aggregation: CONGRUENCE');
    expectWeights(weights, { AB: 0.5, AC: 2, AD: 3, BC: 0.5, BD: 0.5, CD: 1 });
  });

  it("conflict: Σ x x' |k - k'| / 2", async () => {
    // AB: T1 2·1·1 + T2 0.5 = 2.5.  AC: T2 O×S 1.  AD: 0 (no edge).  BC: T1 1 + T2 0.5 = 1.5.
    // BD: T1 O×S 1 + T2 N×O 0.5 = 1.5.  CD: T2 S×O 1.
    const { weights } = await network('aggregation: CONFLICT');
    expectWeights(weights, { AB: 2.5, AC: 1, BC: 1.5, BD: 1.5, CD: 1 });
  });

  it('subtract: congruence - conflict, signed, and a balanced pair has no edge', async () => {
    // AB 0.5 - 2.5 = -2; AC 2 - 1 = 1; AD 3; BC 0.5 - 1.5 = -1; BD -1; CD 1 - 1 = 0 (left out).
    const { weights } = await network('aggregation: SUBTRACT');
    expectWeights(weights, { AB: -2, AC: 1, AD: 3, BC: -1, BD: -1 });
  });

  it("ignore: Σ_j (Σ_k x_ijk)(Σ_k x_i'jk)", async () => {
    // AB: T1 2·1 + T2 1·1 = 3; AC 3; AD 3; BC 2; BD 2; CD 2.
    const { weights } = await network('aggregation: IGNORE');
    expectWeights(weights, { AB: 3, AC: 3, AD: 3, BC: 2, BD: 2, CD: 2 });
  });

  it('gives every actor its activity and the edges their statements, and cuts at the bounds', async () => {
    const { data } = await network('aggregation: CONFLICT');
    expect(data.actorCount).toBe(5);
    expect(data.nodes.map((n: any) => [n.id, n.activity, n.support, n.neutral, n.oppose, n.statementCount])).toEqual([
      [A, 3, 2, 0, 1, 3],
      // Equal activities in id order: "country:" before "person:".
      [D, 2, 1, 0, 1, 1],
      [B, 2, 0, 1, 1, 2],
      [C, 2, 2, 0, 0, 2],
      [E, 2, 1, 0, 1, 2],
    ]);
    const ab = data.edges.find((e: any) => e.source === A && e.target === B);
    // The conflict of A and B: A's supports of T1 against B's oppose, A's oppose of T2 against B's neutral.
    expect(ab).toMatchObject({ congruence: 0.5, conflict: 2.5, cooccurrence: 3, topicIds: [T1, T2], statementCount: 5 });
    expect(ab.statementIds).toEqual([sid(1), sid(2), sid(3), sid(4), sid(7)]);
    const cd = data.edges.find((e: any) => e.source === D && e.target === C);
    // Only C's support of T2 and D's oppose of it conflict; their agreement on T1 is not behind this edge.
    expect(cd.statementIds).toEqual([sid(6), sid(8)]);
    // The three most active are A, D and B: their edges AB and BD are counted, none returned.
    const cut = await network('aggregation: CONFLICT, maxNodes: 3, maxEdges: 0');
    expect(cut.data).toMatchObject({ actorCount: 5, edgeCount: 2, truncated: true, edges: [] });
    expect(cut.data.nodes.map((n: any) => n.id)).toEqual([A, D, B]);
    const light = await network('aggregation: CONFLICT, minWeight: 1.5');
    expectWeights(light.weights, { AB: 2.5, BC: 1.5, BD: 1.5 });
  });
});

describe('the normalisations of congruence', () => {
  it("average: ω / ((A_i + A_i') / 2)", async () => {
    // AB 0.5/2.5; AC 2/2.5; AD 3/2.5; BC 0.5/2; BD 0.5/2; CD 1/2.
    const { weights } = await network('aggregation: CONGRUENCE, normalization: AVERAGE');
    expectWeights(weights, { AB: 0.2, AC: 0.8, AD: 1.2, BC: 0.25, BD: 0.25, CD: 0.5 });
  });

  it("cosine as DNA implements it: ω / (A_i A_i')", async () => {
    // AB 0.5/6; AC 2/6; AD 3/6; BC 0.5/4; BD 0.5/4; CD 1/4.
    const { weights } = await network('aggregation: CONGRUENCE, normalization: COSINE');
    expectWeights(weights, { AB: 0.5 / 6, AC: 2 / 6, AD: 0.5, BC: 0.125, BD: 0.125, CD: 0.25 });
  });

  it('jaccard: ω / (m10 + m01 + m11) over (topic, stance) cells', async () => {
    // AB share no cell: m11 0, m10 3, m01 2 → 0.5/5.   AC share (T1,S): m11 2·1, m10 1 (T2,O), m01 1 (T2,S) → 2/4.
    // AD share (T1,S) 2 and (T2,O) 1: m11 3, nothing else → 3/3.   BC, BD share nothing: 0.5/4.
    // CD share (T1,S): m11 1, m10 1, m01 1 → 1/3.
    const { weights } = await network('aggregation: CONGRUENCE, normalization: JACCARD');
    expectWeights(weights, { AB: 0.1, AC: 0.5, AD: 1, BC: 0.125, BD: 0.125, CD: 1 / 3 });
  });

  it('average of conflict, signed subtract under cosine', async () => {
    // conflict / average: AB 2.5/2.5; AC 1/2.5; BC 1.5/2; BD 1.5/2; CD 1/2.
    expectWeights((await network('aggregation: CONFLICT, normalization: AVERAGE')).weights, { AB: 1, AC: 0.4, BC: 0.75, BD: 0.75, CD: 0.5 });
    // subtract / (A_i A_i'): AB -2/6; AC 1/6; AD 3/6; BC -1/4; BD -1/4.
    expectWeights((await network('aggregation: SUBTRACT, normalization: COSINE')).weights, { AB: -2 / 6, AC: 1 / 6, AD: 0.5, BC: -0.25, BD: -0.25 });
  });
});

describe("DNA's binary qualifier (SUPPORT and OPPOSE only)", () => {
  // B's neutral s04 does not count: B T1 [1 oppose], A_B = 1. DNA's binary formulas:
  // congruence Σ_j Σ_k x_ijk x_i'jk; conflict Σ_j x_ij,agree x_i'j,disagree + x_ij,disagree x_i'j,agree.
  it('congruence counts the pairs of equal stances', async () => {
    // AC: T1 2·1 = 2; AD: T1 2·1 + T2 1·1 = 3; CD: T1 1·1 = 1. B agrees with nobody.
    expectWeights((await network('qualifier: BINARY, aggregation: CONGRUENCE')).weights, { AC: 2, AD: 3, CD: 1 });
  });

  it('conflict counts the pairs of opposite stances', async () => {
    // AB: T1 2·1 = 2; AC: T2 1·1 = 1; BC: T1 1; BD: T1 1; CD: T2 1.
    expectWeights((await network('qualifier: BINARY, aggregation: CONFLICT')).weights, { AB: 2, AC: 1, BC: 1, BD: 1, CD: 1 });
  });

  it('normalises by the binary activities', async () => {
    // conflict / ((A_i + A_i') / 2) with A_B = 1: AB 2/2; AC 1/2.5; BC 1/1.5; BD 1/1.5; CD 1/2.
    const { weights, data } = await network('qualifier: BINARY, aggregation: CONFLICT, normalization: AVERAGE');
    expectWeights(weights, { AB: 1, AC: 0.4, BC: 1 / 1.5, BD: 1 / 1.5, CD: 0.5 });
    expect(data.nodes.find((n: any) => n.id === B)).toMatchObject({ activity: 1, neutral: 0 });
  });
});

describe('the duplicate rules', () => {
  it("PER_ARTICLE counts A's two supports of T1 in article 1 once", async () => {
    // A T1 [1,0,0]: AC congruence T1 1; AD 1 + 1 = 2; AB conflict 1 (T1) + 0.5 (T2) = 1.5.
    const { weights, data } = await network('aggregation: CONGRUENCE, duplicates: PER_ARTICLE');
    expectWeights(weights, { AB: 0.5, AC: 1, AD: 2, BC: 0.5, BD: 0.5, CD: 1 });
    // A ties with the others at activity 2; its three statements still stand behind its stances.
    expect(data.nodes.find((n: any) => n.id === A)).toMatchObject({ activity: 2, statementCount: 3 });
    expect(data.edges.find((e: any) => e.source === A && e.target === C).statementIds).toEqual([sid(1), sid(2), sid(5)]);
  });

  it('PER_WEEK keeps them apart (weeks of 6 and 20 January); PER_MONTH and PER_YEAR fold them', async () => {
    expect((await network('aggregation: CONGRUENCE, duplicates: PER_WEEK')).weights.AC).toBe(2);
    expect((await network('aggregation: CONGRUENCE, duplicates: PER_MONTH')).weights.AC).toBe(1);
    expect((await network('aggregation: CONGRUENCE, duplicates: PER_YEAR')).weights.AC).toBe(1);
  });
});

describe('the statement filter', () => {
  it('filters by topic, actor type, mode, attribution, provenance and date', async () => {
    const only = async (f: string) =>
      (await api.ok(`{ actorNetwork(filter: { articles: ["${ART1}", "${ART2}"], ${f} }) { nodes { id activity } } }`)).actorNetwork.nodes;
    expect(await only(`topics: ["${T3}"]`)).toEqual([{ id: E, activity: 2 }]);
    expect(await only('actorTypes: [COUNTRY]')).toEqual([{ id: D, activity: 2 }]);
    expect(await only('modes: [INDIRECT_SPEECH]')).toEqual([{ id: C, activity: 1 }]);
    expect(await only('attributions: [REPORTED]')).toEqual([{ id: A, activity: 1 }]);
    expect(await only('provenances: [AUTOMATIC]')).toEqual([{ id: C, activity: 1 }]);
    expect(await only(`actors: ["${B}", "${E}"]`)).toEqual([
      { id: B, activity: 2 },
      { id: E, activity: 2 },
    ]);
    // Dates leave the undated s08 out.
    expect(await only('from: "2025-02-01", to: "2025-03-01"')).toEqual([
      { id: C, activity: 2 },
      { id: A, activity: 1 },
      { id: B, activity: 1 },
    ]);
  });

  it('refuses bad input with a sentence naming the value and where it is', async () => {
    const refused = async (args: string) => {
      const answer = await api.run(`{ actorNetwork(${args}) { actorCount } }`);
      return answer.errors?.map((e) => e.message);
    };
    expect(await refused('filter: { topics: [] }')).toEqual([
      'Argument "filter.topics" is an empty list, which no statement matches; leave it out to take every value.',
    ]);
    expect(await refused('filter: { topics: ["person:x"] }')).toEqual([
      'Argument "filter.topics[0]" must be a topic id such as "topic:tomahawk-delivery-to-ukraine", but got "person:x".',
    ]);
    expect(await refused('minWeight: -1')).toEqual(['Argument "minWeight" is -1, but it must be a number of 0 or more.']);
    expect(await refused('maxNodes: 0')).toEqual(['Argument "maxNodes" is 0, but it must be a whole number from 1 to 2000.']);
  });
});

describe('the actor × topic network', () => {
  async function affiliation(args: string): Promise<{ weights: Weights; data: any }> {
    const data = await api.ok(`{ affiliationNetwork(filter: ${FILTER} ${args}) {
      actorCount edgeCount actors { id activity } topics { id prominence } edges { actor topic weight support neutral oppose statementCount statementIds } } }`);
    const short = (id: string) => id.replace(/^.*-/, '');
    const weights: Weights = {};
    for (const e of data.affiliationNetwork.edges) weights[`${short(e.actor).toUpperCase()}-${short(e.topic)}`] = e.weight;
    return { weights, data: data.affiliationNetwork };
  }

  it("ignore: how often the actor speaks on the topic; prominence is the topic's total", async () => {
    const { weights, data } = await affiliation('aggregation: IGNORE');
    expectWeights(weights, { 'A-one': 2, 'A-two': 1, 'B-one': 1, 'B-two': 1, 'C-one': 1, 'C-two': 1, 'D-one': 1, 'D-two': 1, 'E-three': 2 });
    // T1: A 2 + B 1 + C 1 + D 1; T2: A, B, C, D once each; T3: E twice.
    expect(data.topics).toEqual([
      { id: T1, prominence: 5 },
      { id: T3, prominence: 2 },
      { id: T2, prominence: 4 },
    ]);
  });

  it('subtract: supports minus opposes (a neutral counts 0, a balanced pair has no edge)', async () => {
    const { weights } = await affiliation('aggregation: SUBTRACT');
    expectWeights(weights, { 'A-one': 2, 'A-two': -1, 'B-one': -1, 'C-one': 1, 'C-two': 1, 'D-one': 1, 'D-two': -1 });
  });

  it('combine: 1 only support, 2 only oppose, 3 both; neutral alone is no edge', async () => {
    const { weights, data } = await affiliation('aggregation: COMBINE');
    expectWeights(weights, { 'A-one': 1, 'A-two': 2, 'B-one': 2, 'C-one': 1, 'C-two': 1, 'D-one': 1, 'D-two': 2, 'E-three': 3 });
    expect(data.edges.find((e: any) => e.actor === E).statementIds).toEqual([sid(9), sid(10)]);
  });

  it("activity normalisation divides by the actor's total, prominence by the topic's", async () => {
    // ignore / activity: A 2/3, 1/3; B, C, D, E 1/2 each (E: 2/2).
    expectWeights((await affiliation('aggregation: IGNORE, normalization: ACTIVITY')).weights, {
      'A-one': 2 / 3,
      'A-two': 1 / 3,
      'B-one': 0.5,
      'B-two': 0.5,
      'C-one': 0.5,
      'C-two': 0.5,
      'D-one': 0.5,
      'D-two': 0.5,
      'E-three': 1,
    });
    // ignore / prominence (T1 5, T2 4, T3 2).
    expectWeights((await affiliation('aggregation: IGNORE, normalization: PROMINENCE')).weights, {
      'A-one': 0.4,
      'A-two': 0.25,
      'B-one': 0.2,
      'B-two': 0.25,
      'C-one': 0.2,
      'C-two': 0.25,
      'D-one': 0.2,
      'D-two': 0.25,
      'E-three': 1,
    });
    // subtract / activity: A 2/3, -1/3; B -1/2; C 1/2, 1/2; D 1/2, -1/2.
    expectWeights((await affiliation('aggregation: SUBTRACT, normalization: ACTIVITY')).weights, {
      'A-one': 2 / 3,
      'A-two': -1 / 3,
      'B-one': -0.5,
      'C-one': 0.5,
      'C-two': 0.5,
      'D-one': 0.5,
      'D-two': -0.5,
    });
  });

  it('refuses to normalise COMBINE categories', async () => {
    const answer = await api.run(`{ affiliationNetwork(aggregation: COMBINE, normalization: ACTIVITY) { edgeCount } }`);
    expect(answer.errors?.[0].message).toBe(
      'Argument "normalization" is ACTIVITY, but COMBINE gives categories (1 support, 2 oppose, 3 both), which are not normalised; use NONE.',
    );
  });
});

describe('time windows', () => {
  const WINDOWS = `from to network { nodes { id activity } edges { source target weight } }`;
  const windows = async (args: string) => (await api.ok(`{ networkWindows(filter: ${FILTER} ${args}) { ${WINDOWS} } }`)).networkWindows;

  it('one month at a time, from the first dated statement to the last (the undated one is in none)', async () => {
    const w = await windows('aggregation: CONFLICT, window: 1, unit: MONTH, step: 1');
    expect(w.map((x: any) => [x.from, x.to])).toEqual([
      ['2025-01-10', '2025-01-31'],
      ['2025-02-01', '2025-02-28'],
      ['2025-03-01', '2025-03-31'],
      ['2025-04-01', '2025-04-02'],
    ]);
    // January: s01 s02 s03; A's two supports of T1 against B's oppose: conflict 2.
    expect(w[0].network.edges).toEqual([{ source: A, target: B, weight: 2 }]);
    // February: s04 (B T2 N), s05, s06 (C T1 S, T2 S): conflict of B and C on T2 is 0.5.
    expect(w[1].network.edges).toEqual([{ source: B, target: C, weight: 0.5 }]);
    // March: A on T2, E on T3: no shared topic. April: E alone.
    expect(w[2].network.nodes.map((n: any) => n.id)).toEqual([A, E]);
    expect(w[2].network.edges).toEqual([]);
    expect(w[3].network.nodes).toEqual([{ id: E, activity: 1 }]);
  });

  it('two months wide, moved one month at a time: each statement in the two windows that hold its month', async () => {
    const w = await windows('aggregation: CONGRUENCE, window: 2, unit: MONTH, step: 1');
    expect(w.map((x: any) => [x.from, x.to])).toEqual([
      ['2025-01-10', '2025-02-28'],
      ['2025-02-01', '2025-03-31'],
      ['2025-03-01', '2025-04-02'],
      ['2025-04-01', '2025-04-02'],
    ]);
    // January and February: A T1 S2; B T1 O1, T2 N1; C T1 S1, T2 S1 → AC 2, BC 0.5 (T2 N×S).
    expect(w[0].network.edges).toEqual([
      { source: A, target: C, weight: 2 },
      { source: B, target: C, weight: 0.5 },
    ]);
    // February and March: B T2 N, C T1 S T2 S, A T2 O, E T3 S → BC 0.5, AB 0.5 (O×N).
    expect(w[1].network.edges).toEqual([
      { source: A, target: B, weight: 0.5 },
      { source: B, target: C, weight: 0.5 },
    ]);
  });

  it("weeks start on Mondays; the filter's dates bound the windows", async () => {
    const answer = await api.ok(`{ networkWindows(aggregation: IGNORE, window: 1, unit: WEEK, step: 2,
      filter: { articles: ["${ART1}"], from: "2025-01-01", to: "2025-01-31" }) { ${WINDOWS} } }`);
    // Article 1 only. Weeks from Monday 30 December 2024, every other week, cut to the filter's dates.
    expect(answer.networkWindows.map((x: any) => [x.from, x.to, x.network.nodes.map((n: any) => `${n.id.replace(/^.*-/, '')}${n.activity}`)])).toEqual([
      ['2025-01-01', '2025-01-05', []],
      ['2025-01-13', '2025-01-19', ['b1']],
      ['2025-01-27', '2025-01-31', []],
    ]);
  });

  it('refuses more than 120 windows, naming the arguments', async () => {
    const answer = await api.run(`{ networkWindows(filter: { from: "2000-01-01", to: "2025-01-01" }, unit: DAY) { from } }`);
    expect(answer.errors?.[0].message).toMatch(
      /^Arguments "window" \(1\), "unit" \(DAY\) and "step" \(1\) give more than 120 windows from 2000-01-01 to 2025-01-01/,
    );
  });
});
