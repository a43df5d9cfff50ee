import neo4j from 'neo4j-driver';

import { Database } from '../../src/db/database';
import { queryVariant } from '../../src/db/queries';
import { Api, IDS, startApi } from '../harness/api';
import { withTestQueries } from '../harness/database';

/**
 * `connections` runs a path search bounded by its `maxHops` (one named query per bound) instead
 * of one search to 6 hops filtered afterwards. The answers must not change: this suite asks both
 * for pairs of the bundled article, for every bound and several `first`.
 */
let api: Api;
let reference: Database;
beforeAll(async () => {
  api = await startApi();
  // The former query, kept as test/cypher/find-paths-searched-to-6-hops.cypher.
  reference = withTestQueries(api.connection);
});
afterAll(() => api.close());

const PAIRS: [string, string][] = [
  [IDS.starmer, IDS.putin],
  [IDS.trump, IDS.putin],
  [IDS.peskov, IDS.putin],
  [IDS.zelenskyy, IDS.raytheon],
  [IDS.us, IDS.russia],
  [IDS.tomahawk, IDS.poland],
];

const CONNECTIONS = `query C($from: ID!, $to: ID!, $maxHops: Int, $first: Int) {
  connections(from: $from, to: $to, maxHops: $maxHops, first: $first) { length nodes { id } relationships { type from to } }
}`;

describe('connections bounded by maxHops', () => {
  it('has one variant of the path query per maxHops from 1 to 6, and no other', () => {
    for (const maxHops of [1, 2, 3, 4, 5, 6])
      expect(queryVariant('connection/find-paths', 'maxHops', maxHops)).toBe(`connection/find-paths[maxHops=${maxHops}]`);
    expect(() => queryVariant('connection/find-paths', 'maxHops', 7)).toThrow('The Cypher query connection/find-paths[maxHops=7] does not exist in cypher/.');
  });

  it.each([1, 2, 3, 4, 5, 6])('sends the query bounded at maxHops %i, and only that one', async (maxHops) => {
    const { errors, calls } = await api.run(CONNECTIONS, { from: IDS.starmer, to: IDS.putin, maxHops, first: 3 });
    expect(errors).toBeUndefined();
    expect(calls.map((c) => c.name)).toEqual([`connection/find-paths[maxHops=${maxHops}]`]);
  });

  it('answers exactly as the search to 6 hops filtered by maxHops did, for every bound and several first', async () => {
    let nonEmpty = 0;
    const lengths = new Set<number>();
    for (const [from, to] of PAIRS) {
      for (const maxHops of [1, 2, 3, 4, 5, 6]) {
        for (const first of [1, 3, 10]) {
          const data = await api.ok(CONNECTIONS, { from, to, maxHops, first });
          const got = data.connections.map((p: any) => ({ ...p, nodes: p.nodes.map((n: { id: string }) => n.id) }));
          const want = await reference.read('test/find-paths-searched-to-6-hops', { from, to, maxHops: neo4j.int(maxHops), first: neo4j.int(first) });
          expect({ from, to, maxHops, first, paths: got }).toEqual({ from, to, maxHops, first, paths: want });
          if (got.length > 0) nonEmpty++;
          got.forEach((p: { length: number }) => lengths.add(p.length));
        }
      }
    }
    // The comparison is not vacuous: many answers have paths, of several lengths.
    expect(nonEmpty).toBeGreaterThan(30);
    expect(lengths.size).toBeGreaterThan(2);
  });
});
