import path from 'node:path';

import { loadConfig, projectRoot } from '../../src/config';
import { Connection, connect } from '../../src/db/connect';
import { Database } from '../../src/db/database';
import { loadQueries } from '../../src/db/queries';
import { ingest, readAnnotationFile } from '../../src/ingest/ingest';

export const ROOT = projectRoot();
export const ARTICLE_ANNOTATION = path.join(ROOT, 'data', 'annotations', 'trump-tomahawk-2025-10.yaml');
export const ARTICLE_ID = 'article:trump-tomahawk-2025-10';
/** The tests' own annotations and article texts (test-only Cypher lives in test/cypher). */
export const FIXTURES = path.join(ROOT, 'test', 'fixtures');

/** Connects to the run's throwaway Neo4j (NEO4J_URI, set by global-setup.ts), schema applied. */
export function connectTestDatabase(): Promise<Connection> {
  return connect(loadConfig());
}

/** Loads the bundled article's graph (idempotent, so every suite may call it). */
export async function loadArticle(connection: Connection): Promise<void> {
  await ingest(connection.db, readAnnotationFile(ARTICLE_ANNOTATION));
}

/** Node and relationship counts by label and type, to compare the graph before and after. */
export async function graphCounts(connection: Connection): Promise<Record<string, number>> {
  const session = connection.db.driver.session();
  try {
    const labels = await session.run('MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label');
    const types = await session.run('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type');
    const counts: Record<string, number> = {};
    for (const r of labels.records) counts[`:${r.get('label')}`] = Number(r.get('n'));
    for (const r of types.records) counts[`[:${r.get('type')}]`] = Number(r.get('n'));
    return counts;
  } finally {
    await session.close();
  }
}

/**
 * The connection's database with the test-only queries of test/cypher added as `test/<name>`,
 * so tests too run named Cypher files rather than inline strings.
 */
export function withTestQueries(connection: Connection): Database {
  const app = loadQueries(path.join(ROOT, 'cypher'));
  const test = loadQueries(path.join(ROOT, 'test', 'cypher'));
  const queries = { ...app, ...Object.fromEntries(Object.entries(test).map(([k, v]) => [`test/${k}`, v])) };
  return new Database(connection.db.driver, queries, { database: loadConfig().neo4j.database });
}
