import neo4j from 'neo4j-driver';

import { queryVariant } from '../../src/db/queries';
import { BadInputError } from '../../src/errors';
import { actorNetworkParams, networkRepository } from '../../src/graph/network/network.repository';
import { actorNetworkRequest, affiliationNetworkRequest } from '../../src/graph/network/network.request';
import { timeWindows } from '../../src/graph/network/windows';
import { AGGREGATIONS, AFFILIATION_AGGREGATIONS, AFFILIATION_NORMALIZATIONS, DUPLICATE_RULES, NORMALIZATIONS, QUALIFIERS } from '../../src/vocabulary';
import * as reference from '../harness/dna-reference';
import { Api } from '../harness/api';
import { TestGraph, facts, randomGraph, useGraph } from './graph';

/**
 * Properties of the networks on seeded random graphs, and agreement with the plain reference
 * implementation of DNA's definitions (test/harness/dna-reference.ts) for every aggregation,
 * normalisation, qualifier and duplicate rule.
 */
const GRAPH: TestGraph = randomGraph('net-prop', 20261202);
const ARTICLES = GRAPH.articles;
const FACTS = facts(GRAPH);

let api: Api;
useGraph(GRAPH, (started) => (api = started));

const EDGES = 'edges { source target weight congruence conflict cooccurrence statementIds }';

async function actorNetwork(args: Record<string, unknown>): Promise<Map<string, any>> {
  const data = await api.ok(
    `query($filter: NetworkStatementFilter, $aggregation: NetworkAggregation, $normalization: NetworkNormalization, $qualifier: StanceQualifier, $duplicates: DuplicateRule) {
      actorNetwork(filter: $filter, aggregation: $aggregation, normalization: $normalization, qualifier: $qualifier, duplicates: $duplicates, idsPerEdge: 1000) {
        nodes { id activity } ${EDGES} } }`,
    { filter: { articles: ARTICLES }, ...args },
  );
  return new Map(data.actorNetwork.edges.map((e: any) => [`${e.source}|${e.target}`, e]));
}

describe('the actor network', () => {
  it('equals the reference for every aggregation, normalisation and qualifier', async () => {
    for (const qualifier of QUALIFIERS) {
      for (const aggregation of AGGREGATIONS) {
        for (const normalization of NORMALIZATIONS) {
          const args = { aggregation, normalization, qualifier };
          const expected = reference.actorNetwork(FACTS, actorNetworkRequest({ ...args, filter: { articles: ARTICLES } }));
          const actual = await actorNetwork(args);
          const label = JSON.stringify(args);
          expect([label, [...actual.keys()].sort()]).toEqual([label, [...expected.edges.keys()].sort()]);
          for (const [key, e] of expected.edges) expect([label, key, actual.get(key).weight]).toEqual([label, key, expect.closeTo(e.weight, 9)]);
        }
      }
    }
  });

  it('equals the reference under every duplicate rule', async () => {
    for (const duplicates of DUPLICATE_RULES) {
      const args = { aggregation: 'CONGRUENCE', duplicates };
      const expected = reference.actorNetwork(FACTS, actorNetworkRequest({ ...args, filter: { articles: ARTICLES } }));
      const actual = await actorNetwork(args);
      expect([duplicates, actual.size]).toEqual([duplicates, expected.edges.size]);
      for (const [key, e] of expected.edges) expect([duplicates, key, actual.get(key).weight]).toEqual([duplicates, key, expect.closeTo(e.weight, 9)]);
    }
  });

  it('is symmetric: one undirected edge per pair, the weight the same read either way', async () => {
    const actual = await actorNetwork({ aggregation: 'SUBTRACT', normalization: 'JACCARD' });
    const x = reference.cells(FACTS, actorNetworkRequest({ filter: { articles: ARTICLES } }));
    for (const e of actual.values()) {
      expect(e.source < e.target).toBe(true);
      // The reference's pair function read the other way round: the same weight.
      const flipped = reference.pairWeights(x, e.target, e.source);
      expect(flipped.congruence - flipped.conflict).toBeCloseTo(e.congruence - e.conflict, 9);
      expect(e.weight).toBeCloseTo((flipped.congruence - flipped.conflict) / flipped.jaccard, 9);
    }
    expect(actual.size).toBeGreaterThan(5);
  });

  it('subtract is congruence minus conflict, edge by edge', async () => {
    for (const normalization of NORMALIZATIONS) {
      const [subtract, congruence, conflict] = await Promise.all(
        ['SUBTRACT', 'CONGRUENCE', 'CONFLICT'].map((aggregation) => actorNetwork({ aggregation, normalization })),
      );
      const pairs = new Set([...subtract.keys(), ...congruence.keys(), ...conflict.keys()]);
      for (const pair of pairs) {
        const w = (m: Map<string, any>) => m.get(pair)?.weight ?? 0;
        expect([normalization, pair, w(subtract)]).toEqual([normalization, pair, expect.closeTo(w(congruence) - w(conflict), 9)]);
      }
    }
  });
});

describe("the actor network's two pair steps", () => {
  // The embedded Neo4j has stancegraph.network.actorPairs, so every other test here runs the
  // function; a Neo4j without it runs the plain-Cypher step. Both must give the same answer,
  // field for field, evidence and order included: every weight is a sum of halves and one
  // division, which doubles hold exactly, so equal means equal.
  const both = (input: Record<string, unknown>, evidence = true) =>
    Promise.all(
      (['function', 'cypher'] as const).map((step) =>
        networkRepository.actorNetwork(api.connection.db, actorNetworkRequest({ filter: { articles: ARTICLES }, idsPerEdge: 1000, ...input }), evidence, step),
      ),
    );

  it('the embedded Neo4j has the function, so the app uses it', async () => {
    expect(await api.connection.db.ownFunctions()).toContain('stancegraph.network.actorPairs');
  });

  it('agree for every aggregation, normalisation, qualifier and duplicate rule', async () => {
    let edges = 0;
    for (const qualifier of QUALIFIERS) {
      for (const aggregation of AGGREGATIONS) {
        for (const normalization of NORMALIZATIONS) {
          const args = { aggregation, normalization, qualifier };
          const [fast, plain] = await both(args);
          expect([args, fast]).toEqual([args, plain]);
          edges += fast.edges.length;
        }
      }
    }
    for (const duplicates of DUPLICATE_RULES) {
      const [fast, plain] = await both({ aggregation: 'SUBTRACT', normalization: 'JACCARD', duplicates });
      expect([duplicates, fast]).toEqual([duplicates, plain]);
    }
    expect(edges).toBeGreaterThan(100);
  });

  it('agree on the cuts: the weight bound, the heaviest edges first with ties by id, and the first ids of each edge', async () => {
    for (const args of [
      { aggregation: 'IGNORE', maxEdges: 7, idsPerEdge: 2 },
      { aggregation: 'SUBTRACT', minWeight: 1.5, maxNodes: 6 },
      { aggregation: 'CONFLICT', normalization: 'AVERAGE', minWeight: 0.2, idsPerEdge: 0 },
    ]) {
      const [fast, plain] = await both(args);
      expect([args, fast]).toEqual([args, plain]);
      expect(fast.edges.length).toBeGreaterThan(0);
    }
    const [fast, plain] = await both({ aggregation: 'CONGRUENCE' }, false);
    expect(fast).toEqual(plain);
    expect(fast.edges.every((e) => e.statementCount === 0 && e.statementIds.length === 0)).toBe(true);
    // No statement passes the filter: no actors, no edges, from both.
    const [none, nonePlain] = await both({ filter: { articles: ['article:no-such-article'] } });
    expect(none).toEqual(nonePlain);
    expect(none).toMatchObject({ actorCount: 0, nodes: [], edgeCount: 0, edges: [] });
  });

  it('refuses, with the idsPerEdge that fits, an answer listing more statement ids than one may carry', async () => {
    const request = actorNetworkRequest({ aggregation: 'IGNORE', idsPerEdge: 1000, filter: { articles: ARTICLES } });
    const run = (maxListedIds: number, idsPerEdge = 1000) =>
      api.connection.db.read(queryVariant('network/compute-actor-network', 'pairs', 'function'), {
        ...actorNetworkParams({ ...request, idsPerEdge }, true),
        maxListedIds: neo4j.int(maxListedIds),
      });
    const refusal = await run(40).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(BadInputError);
    const message = (refusal as Error).message;
    expect(message).toMatch(
      /^The network would list [\d,]+ statement ids on its [\d,]+ edges, more than the 40 one answer may carry; ask for idsPerEdge (\d+) or fewer \(now 1,000\), fewer edges, or a narrower filter\.$/,
    );
    // The idsPerEdge it names fits, and one more does not.
    const fits = Number(/idsPerEdge (\d+) or fewer/.exec(message)![1]);
    const rows = await run(40, fits);
    const listed = rows.reduce((n, row) => n + ((row.edge as { statementIds: string[] } | null)?.statementIds.length ?? 0), 0);
    expect(listed).toBeGreaterThan(0);
    expect(listed).toBeLessThanOrEqual(40);
    await expect(run(40, fits + 1)).rejects.toThrow(BadInputError);
  });

  it('agree window by window', async () => {
    const request = actorNetworkRequest({ aggregation: 'SUBTRACT', normalization: 'COSINE', filter: { articles: ARTICLES } });
    const range = await networkRepository.dateRange(api.connection.db, request);
    const windows = timeWindows(range.first!, range.last!, { window: 2, unit: 'MONTH', step: 1 });
    const [fast, plain] = await Promise.all(
      (['function', 'cypher'] as const).map((step) => networkRepository.actorNetworkWindows(api.connection.db, request, windows, true, step)),
    );
    expect(fast.length).toBeGreaterThan(2);
    expect(fast).toEqual(plain);
  });
});

describe('the actor × topic network', () => {
  it('equals the reference for every aggregation and normalisation', async () => {
    for (const qualifier of QUALIFIERS) {
      for (const aggregation of AFFILIATION_AGGREGATIONS) {
        for (const normalization of AFFILIATION_NORMALIZATIONS) {
          if (aggregation === 'COMBINE' && normalization !== 'NONE') continue;
          const args = { aggregation, normalization, qualifier };
          const expected = reference.affiliationNetwork(FACTS, affiliationNetworkRequest({ ...args, filter: { articles: ARTICLES } }));
          const data = await api.ok(
            `query($filter: NetworkStatementFilter, $aggregation: AffiliationAggregation, $normalization: AffiliationNormalization, $qualifier: StanceQualifier) {
              affiliationNetwork(filter: $filter, aggregation: $aggregation, normalization: $normalization, qualifier: $qualifier) { edges { actor topic weight } } }`,
            { filter: { articles: ARTICLES }, ...args },
          );
          const actual = new Map<string, number>(data.affiliationNetwork.edges.map((e: any) => [`${e.actor}|${e.topic}`, e.weight]));
          const label = JSON.stringify(args);
          expect([label, [...actual.keys()].sort()]).toEqual([label, [...expected.keys()].sort()]);
          for (const [key, w] of expected) expect([label, key, actual.get(key)]).toEqual([label, key, expect.closeTo(w, 9)]);
        }
      }
    }
  });
});

describe('time windows', () => {
  const dated = GRAPH.statements.filter((s) => s.date !== null);

  async function windows(window: number, unit: string, step: number): Promise<any[]> {
    const data = await api.ok(
      `query($filter: NetworkStatementFilter, $window: Int, $unit: TimeUnit, $step: Int) {
        networkWindows(filter: $filter, aggregation: IGNORE, window: $window, unit: $unit, step: $step) {
          from to network { nodes { id activity statementCount } edges { source target weight } } } }`,
      { filter: { articles: ARTICLES }, window, unit, step },
    );
    return data.networkWindows;
  }

  it('cover every dated statement exactly once when they do not overlap', async () => {
    for (const unit of ['WEEK', 'MONTH', 'YEAR']) {
      const w = await windows(1, unit, 1);
      const counted = w.flatMap((x) => x.network.nodes).reduce((sum: number, n: any) => sum + n.statementCount, 0);
      expect([unit, counted]).toEqual([unit, dated.length]);
      for (let i = 1; i < w.length; i++) expect(w[i].from > w[i - 1].to).toBe(true);
    }
  });

  it('hold, each, exactly the statements dated in it, and equal the reference network of those', async () => {
    for (const [window, unit, step] of [
      [3, 'MONTH', 1],
      [2, 'WEEK', 3],
      [45, 'DAY', 30],
    ] as const) {
      const w = await windows(window, unit, step);
      expect(w.length).toBeGreaterThan(2);
      for (const x of w) {
        const inside = dated.filter((s) => s.date! >= x.from && s.date! <= x.to);
        const statements = x.network.nodes.reduce((sum: number, n: any) => sum + n.statementCount, 0);
        expect([x.from, statements]).toEqual([x.from, inside.length]);
        const expected = reference.actorNetwork(FACTS, actorNetworkRequest({ aggregation: 'IGNORE', filter: { articles: ARTICLES, from: x.from, to: x.to } }));
        expect(x.network.edges.length).toBe(expected.edges.size);
        for (const e of x.network.edges) expect(e.weight).toBe(expected.edges.get(`${e.source}|${e.target}`)!.weight);
      }
      // A statement is in every window whose days hold its date: as many as windows overlap there.
      const first = dated.map((s) => s.date!).sort()[0];
      expect(w[0].from).toBe(first);
    }
  });
});
