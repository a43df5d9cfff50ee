import { Api, IDS } from '../harness/api';
import { TestGraph, useGraph } from './graph';

/**
 * Changes of side, stance over time and neighbourhoods. A's statements on T1, in date order:
 *   c1 SUPPORT 2025-01-10, c2 SUPPORT 2025-01-20, c3 OPPOSE 2025-03-01, c4 SUPPORT 2025-03-01
 *   (the same day: a contradiction), c5 NEUTRAL 2025-04-02 (no side), c6 OPPOSE undated.
 * Changes: c2 → c3 and c3 → c4; c5 and c6 take no part.
 */
const P = 'net-changes';
const A = `person:${P}-a`;
const T1 = `topic:${P}-one`;
const ART = `article:${P}-1`;
const c = (n: number) => `statement:${P}-${n}`;
const GRAPH: TestGraph = {
  actors: [{ id: A, name: 'A', type: 'Person' }],
  topics: [{ id: T1, name: 'One' }],
  articles: [ART],
  statements: [
    { id: c(1), speaker: A, article: ART, date: '2025-01-10', stances: [{ topic: T1, stance: 'SUPPORT' }] },
    { id: c(2), speaker: A, article: ART, date: '2025-01-20', stances: [{ topic: T1, stance: 'SUPPORT' }] },
    { id: c(3), speaker: A, article: ART, date: '2025-03-01', stances: [{ topic: T1, stance: 'OPPOSE' }] },
    { id: c(4), speaker: A, article: ART, date: '2025-03-01', stances: [{ topic: T1, stance: 'SUPPORT' }] },
    { id: c(5), speaker: A, article: ART, date: '2025-04-02', stances: [{ topic: T1, stance: 'NEUTRAL' }] },
    { id: c(6), speaker: A, article: ART, date: null, stances: [{ topic: T1, stance: 'OPPOSE' }] },
  ],
};

let api: Api;
useGraph(GRAPH, (started) => (api = started));

describe('stanceChanges', () => {
  it('pairs each statement with the next one on the other side, contradictions of one day included', async () => {
    const data = await api.ok(`{ stanceChanges(filter: { articles: ["${ART}"] }) {
      actor topic before { id stance date articleId } after { id stance date } } }`);
    expect(data.stanceChanges).toEqual([
      {
        actor: A,
        topic: T1,
        before: { id: c(2), stance: 'SUPPORT', date: '2025-01-20', articleId: ART },
        after: { id: c(3), stance: 'OPPOSE', date: '2025-03-01' },
      },
      {
        actor: A,
        topic: T1,
        before: { id: c(3), stance: 'OPPOSE', date: '2025-03-01', articleId: ART },
        after: { id: c(4), stance: 'SUPPORT', date: '2025-03-01' },
      },
    ]);
    const first = await api.ok(`{ stanceChanges(filter: { articles: ["${ART}"] }, first: 1) { after { id } } }`);
    expect(first.stanceChanges).toEqual([{ after: { id: c(3) } }]);
  });
});

describe('stanceOverTime', () => {
  it("gives the actor's stances on the topic month by month, empty months included", async () => {
    const data = await api.ok(`{ stanceOverTime(actor: "${A}", topic: "${T1}") { period support neutral oppose net } }`);
    expect(data.stanceOverTime).toEqual([
      { period: '2025-01-01', support: 2, neutral: 0, oppose: 0, net: 2 },
      { period: '2025-02-01', support: 0, neutral: 0, oppose: 0, net: 0 },
      { period: '2025-03-01', support: 1, neutral: 0, oppose: 1, net: 0 },
      { period: '2025-04-01', support: 0, neutral: 1, oppose: 0, net: 0 },
    ]);
  });
});

describe('the seed article', () => {
  it('shows Trump and Zelenskyy in conflict on the Tomahawk delivery', async () => {
    const data = await api.ok(
      `{ actorNetwork(filter: { articles: ["${IDS.article}"] }, aggregation: CONFLICT) { edges { source target weight topicIds statementIds } } }`,
    );
    const edge = data.actorNetwork.edges.find((e: any) => [e.source, e.target].sort().join() === [IDS.trump, IDS.zelenskyy].sort().join());
    expect(edge).toBeDefined();
    expect(edge.weight).toBeGreaterThan(0);
    expect(edge.topicIds).toContain(IDS.tomahawkDelivery);
  });
});

describe('neighbourhood', () => {
  it('carries the stance on TAKES_STANCE and the evidence of stated relations', async () => {
    const data = await api.ok(`{
      stances: neighbourhood(id: "${T1}", types: ["TAKES_STANCE"]) { nodeCount truncated nodes { id } relationships { type from to stance } }
      around: neighbourhood(id: "${IDS.ukraine}", depth: 1) { relationships { type from to articleId start end excerpt } }
      none: neighbourhood(id: "topic:${P}-nothing") { nodeCount }
    }`);
    expect(data.stances.nodeCount).toBe(7);
    expect(data.stances.nodes[0]).toEqual({ id: T1 });
    expect(data.stances.relationships.map((r: any) => [r.from, r.stance]).sort()).toEqual([
      [c(1), 'SUPPORT'],
      [c(2), 'SUPPORT'],
      [c(3), 'OPPOSE'],
      [c(4), 'SUPPORT'],
      [c(5), 'NEUTRAL'],
      [c(6), 'OPPOSE'],
    ]);
    const stated = data.around.relationships.filter((r: any) => r.excerpt !== null);
    expect(stated.length).toBeGreaterThan(0);
    for (const r of stated) expect(r).toMatchObject({ articleId: IDS.article, start: expect.any(Number), end: expect.any(Number) });
    expect(data.none).toBeNull();
  });

  it('refuses a relationship type it does not walk', async () => {
    const answer = await api.run(`{ neighbourhood(id: "${T1}", types: ["IN_ARTICLE"]) { nodeCount } }`);
    expect(answer.errors?.[0].message).toMatch(/^Argument "types\[0\]" is "IN_ARTICLE", which is not a relationship a neighbourhood walks; use /);
  });
});
