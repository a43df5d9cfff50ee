import neo4j from 'neo4j-driver';

import { Database } from '../../src/db/database';
import { PAGE } from './queries';
import { Server, post } from './servers';

export type ParamSets = Record<string, Record<string, unknown>[]>;

/** Popularity ranks sampled: the head of the Zipf curve and its middle, not only the top. */
const RANKS = [0, 1, 3, 7, 15, 40];

/**
 * Picks each query's parameter sets from the loaded graph (deterministically: by popularity
 * rank, ties by id), so every system is asked the same questions, popular and less so.
 */
export async function chooseParams(db: Database, statementCount: number, quick: boolean): Promise<ParamSets> {
  const session = db.driver.session({ database: 'neo4j' });
  const ids = async (cypher: string) => (await session.run(cypher)).records.map((r) => r.get('id') as string);
  try {
    const targets = await ids('MATCH (e:Entity) WHERE NOT e:Event RETURN e.id AS id ORDER BY COUNT { (e)<-[:ABOUT]-() } DESC, e.id LIMIT 100');
    const actors = await ids('MATCH (e:Entity:Actor) RETURN e.id AS id ORDER BY COUNT { (e)-[:SAID]->() } DESC, e.id LIMIT 100');
    const persons = await ids(
      'MATCH (e:Entity:Person) WHERE COUNT { (e)-[:SAID]->() } > 0 RETURN e.id AS id ORDER BY COUNT { (e)-[:SAID]->() } DESC, e.id LIMIT 100',
    );
    const topics = await ids('MATCH (e:Entity:Topic) RETURN e.id AS id ORDER BY COUNT { (e)<-[:TAKES_STANCE]-() } DESC, e.id LIMIT 100');
    const pick = (list: string[]) => RANKS.filter((r) => r < list.length).map((r) => ({ id: list[r] }));
    const offsets = [0.5, 0.3, 0.7].map((f) => Math.max(1, Math.floor(statementCount * f)));
    const deep = [];
    for (const offset of offsets) {
      const r = await session.run('MATCH (s:Statement) WITH s ORDER BY s.articleId, s.start SKIP $skip LIMIT 1 RETURN s.articleId AS a, s.start AS st', {
        skip: neo4jInt(offset - 1),
      });
      deep.push({ offset, afterArticle: r.records[0].get('a'), afterStart: toNumber(r.records[0].get('st')) });
    }
    const pairs: [number, number][] = [
      [0, 1],
      [0, 7],
      [2, 15],
      [5, 40],
      [11, 60],
      [30, 90],
    ];
    return {
      lookup: [...pick(targets), ...pick(actors)].slice(0, quick ? 4 : 8),
      about: pick(targets),
      profile: pick(actors),
      search: ['Rakete', 'Sanktionen', 'drones', 'Verhandlung', 'border', 'Garantien'].map((q) => ({ q })),
      connections: pairs.filter(([, b]) => b < persons.length).map(([a, b]) => ({ from: persons[a], to: persons[b] })),
      positions: pick(topics),
      'deep-page': deep,
    };
  } finally {
    await session.close();
  }
}

/**
 * Stancegraph's cursors are opaque: the cursor before each deep-page offset is found by paging
 * through `statements` from the start, 100 at a time, as a client would.
 */
export async function addStancegraphCursors(server: Server, sets: ParamSets): Promise<void> {
  const wanted = new Map(sets['deep-page'].map((p) => [p.offset as number, p]));
  const last = Math.max(...wanted.keys());
  let after: string | null = null;
  let seen = 0;
  while (seen < last) {
    const body = JSON.stringify({ query: 'query Walk($after: String) { statements(first: 100, after: $after) { edges { cursor } } }', variables: { after } });
    const response = await post(server.url('walk'), body);
    if (response.errors) throw new Error(`Paging through stancegraph's statements failed: ${JSON.stringify(response.errors).slice(0, 300)}`);
    const edges = response.data.statements.edges as { cursor: string }[];
    if (edges.length === 0) break;
    for (const edge of edges) {
      seen++;
      const p = wanted.get(seen);
      if (p) p.stancegraphCursor = edge.cursor;
    }
    after = edges[edges.length - 1].cursor;
  }
  void PAGE;
}

function neo4jInt(n: number) {
  return neo4j.int(n);
}

function toNumber(v: unknown): number {
  return typeof v === 'number' ? v : (v as { toNumber(): number }).toNumber();
}
