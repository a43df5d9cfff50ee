import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { projectRoot } from '../../src/config';
import { EmbeddedNeo4j, freePort, startEmbeddedNeo4j } from '../../src/neo4j/launcher';

declare global {
  // eslint-disable-next-line no-var
  var __TEST_NEO4J__: { neo4j: EmbeddedNeo4j; dataDir: string } | undefined;
}

/** Starts one throwaway Neo4j for the whole run and points the tests at it through NEO4J_URI. */
export default async function globalSetup(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stancegraph-test-neo4j-'));
  const boltPort = await freePort();
  const neo4j = await startEmbeddedNeo4j({
    rootDir: projectRoot(),
    dataDir,
    boltPort,
    pageCacheMb: 128,
    heapMb: 1024,
    log: (line) => process.stdout.write(`\n${line}\n`),
  });
  globalThis.__TEST_NEO4J__ = { neo4j, dataDir };
  process.env.NEO4J_URI = neo4j.uri;
  process.env.NEO4J_USER = 'neo4j';
  process.env.NEO4J_PASSWORD = '';
  process.env.TEST_NEO4J_DATA_DIR = dataDir;
  process.env.TEST_NEO4J_PID = String(neo4j.pid);
}
