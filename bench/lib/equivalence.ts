import { isDeepStrictEqual } from 'node:util';

import { Database } from '../../src/db/database';
import { Annotation } from '../../src/ingest/annotation';
import { ingestBatch } from '../../src/ingest/batch';
import { ingest } from '../../src/ingest/ingest';

/**
 * Checks that the batched path writes the graph the per-article path writes: on an empty
 * database, ingests `corpus` article by article with `ingest()`, dumps the graph, wipes it,
 * ingests the same articles with `ingestBatch()`, and compares; then the same again with every
 * article ingested twice (a re-ingest over the first, which exercises the delete step);
 * `passCounts` chooses which of the two comparisons run.
 * Leaves the database empty. Returns the differences, each prefixed with its pass.
 */
export async function checkBatchEquivalence(db: Database, corpus: Annotation[], batchSize: number, passCounts: number[] = [1, 2]): Promise<string[]> {
  const problems: string[] = [];
  for (const passes of passCounts) {
    await wipe(db);
    for (let pass = 0; pass < passes; pass++) for (const a of corpus) await ingest(db, a);
    const expected = await dump(db);
    await wipe(db);
    for (let pass = 0; pass < passes; pass++) {
      for (let i = 0; i < corpus.length; i += batchSize) await ingestBatch(db, corpus.slice(i, i + batchSize));
    }
    const actual = await dump(db);
    await wipe(db);
    const label = passes === 1 ? 'ingested once' : 'ingested twice';
    for (const key of ['nodes', 'relationships'] as const) {
      const want = new Set(expected[key]);
      const got = new Set(actual[key]);
      for (const x of want) if (!got.has(x)) problems.push(`${label}: missing ${x.slice(0, 200)}`);
      for (const x of got) if (!want.has(x)) problems.push(`${label}: unexpected ${x.slice(0, 200)}`);
    }
    if (!isDeepStrictEqual(expected, actual) && problems.length === 0) problems.push(`${label}: the graphs differ in multiplicity`);
  }
  return problems;
}

/** The graph as sorted strings: nodes by labels and properties, relationships by ends, type and properties. */
async function dump(db: Database): Promise<{ nodes: string[]; relationships: string[] }> {
  const session = db.driver.session({ database: 'neo4j' });
  const clean = (props: Record<string, unknown>) =>
    JSON.stringify(Object.fromEntries(Object.entries(props).filter(([k]) => k !== 'ingestedAt').sort(([a], [b]) => (a < b ? -1 : 1))), (_k, v) =>
      v && typeof v === 'object' && 'low' in v && 'high' in v ? Number(v.low) : v && typeof v === 'object' && 'year' in v ? String(v) : v,
    );
  try {
    const nodes = await session.run('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props');
    const rels = await session.run('MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS props');
    return {
      nodes: nodes.records.map((r) => `${[...r.get('labels')].sort().join(':')} ${clean(r.get('props'))}`).sort(),
      relationships: rels.records.map((r) => `${r.get('a')} -${r.get('type')}-> ${r.get('b')} ${clean(r.get('props'))}`).sort(),
    };
  } finally {
    await session.close();
  }
}

async function wipe(db: Database): Promise<void> {
  const session = db.driver.session({ database: 'neo4j' });
  try {
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}
