import path from 'node:path';

import { loadConfig, projectRoot } from '../../src/config';
import { Connection, connect } from '../../src/db/connect';
import { Database } from '../../src/db/database';
import { loadQueries } from '../../src/db/queries';
import { readAnnotationFile } from '../../src/ingest/read';
import { ingest } from '../../src/ingest/write';

/** The project's root folder (package.json beside cypher/). */
export const ROOT = projectRoot();
/** The bundled article's annotation file. */
export const ARTICLE_ANNOTATION = path.join(ROOT, 'data', 'annotations', 'trump-tomahawk-2025-10.yaml');
/** The id of the bundled article. */
export const ARTICLE_ID = 'article:trump-tomahawk-2025-10';
/** The tests' own annotations and article texts (test-only Cypher lives in test/cypher). */
export const FIXTURES = path.join(ROOT, 'test', 'fixtures');

/**
 * The Bolt URI of the run's throwaway Neo4j, which global-setup.ts starts for the integration
 * project. Throws when there is none: a test that asks for it from the unit project, which
 * starts no database, must be moved out of that project's list in jest.config.js.
 */
export function testNeo4jUri(): string {
  const uri = process.env.NEO4J_URI;
  if (!uri || !process.env.TEST_NEO4J_DATA_DIR) {
    throw new Error(
      "This test needs the test Neo4j, which only the integration project of jest.config.js starts; take its file out of the unit project's list there.",
    );
  }
  return uri;
}

/** Connects to the run's throwaway Neo4j (see testNeo4jUri), schema applied. */
export function connectTestDatabase(): Promise<Connection> {
  return connect(loadConfig({ ...process.env, NEO4J_URI: testNeo4jUri() }));
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
