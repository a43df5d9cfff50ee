import { ThrowawayNeo4j, startNeo4j } from './neo4j';

declare global {
  var __TEST_NEO4J__: ThrowawayNeo4j | undefined;
}

/**
 * Jest's globalSetup of the integration project (jest.config.js): starts one throwaway Neo4j
 * for the whole run and points the tests at it through NEO4J_URI. Jest runs it only when the
 * run includes a test of that project.
 */
export default async function globalSetup(): Promise<void> {
  const neo4j = await startNeo4j({
    prefix: 'stancegraph-test-neo4j-',
    pageCacheMb: 128,
    heapMb: 1024,
    log: (line) => process.stdout.write(`\n${line}\n`),
  });
  globalThis.__TEST_NEO4J__ = neo4j;
  process.env.NEO4J_URI = neo4j.uri;
  process.env.NEO4J_USER = 'neo4j';
  process.env.NEO4J_PASSWORD = '';
  process.env.TEST_NEO4J_DATA_DIR = neo4j.dataDir;
}
