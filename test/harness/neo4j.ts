import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { Connection } from '../../src/db/connect';
import { Database } from '../../src/db/database';
import { loadQueries } from '../../src/db/queries';
import { EmbeddedNeo4j, freePort, startEmbeddedNeo4j } from '../../src/neo4j/launcher';
import { ROOT } from './database';

/**
 * A Neo4j of one test file's own (temporary folder, free port), for tests that kill and restart
 * the database: the run's shared test Neo4j must stay up for the other suites.
 * `connection` keeps one driver across restarts, as the app keeps its driver through an outage.
 */
export interface OwnNeo4j {
  dataDir: string;
  boltPort: number;
  connection: Connection;
  /** Pid of the running JVM (undefined while it is down). */
  pid(): number | undefined;
  /** SIGKILLs the JVM, as a crash or an OOM killer would, and returns once it has died. */
  kill(): void;
  /** Starts Neo4j again on the same port and data folder (after `kill`); resolves when it answers. */
  restart(): Promise<void>;
  /** Closes the driver, stops Neo4j and removes its folder. */
  close(): Promise<void>;
}

const QUERIES = loadQueries(path.join(ROOT, 'cypher'));

/** Starts a throwaway Neo4j and connects a driver configured as the app's (`Database.connect`). */
export async function startOwnNeo4j(options: { requestTimeoutMs?: number } = {}): Promise<OwnNeo4j> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stancegraph-own-neo4j-'));
  const boltPort = await freePort();
  const start = () => startEmbeddedNeo4j({ rootDir: ROOT, dataDir, boltPort, pageCacheMb: 64, heapMb: 512 });
  let neo4j: EmbeddedNeo4j | undefined = await start();
  const db = Database.connect(neo4j.uri, { user: 'neo4j', password: '' }, QUERIES, {
    database: 'neo4j',
    requestTimeoutMs: options.requestTimeoutMs ?? 10_000,
  });
  await db.applySchema();
  const connection: Connection = { db, mode: 'external', close: () => db.close() };
  return {
    dataDir,
    boltPort,
    connection,
    pid: () => neo4j?.pid,
    kill() {
      if (!neo4j) throw new Error('Neo4j is not running.');
      killAndWait(neo4j.pid);
      neo4j = undefined;
    },
    async restart() {
      if (neo4j) throw new Error('Neo4j is still running; kill it first.');
      neo4j = await start();
    },
    async close() {
      await db.close();
      await neo4j?.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * SIGKILLs `pid` and blocks until it is dead (gone, or a zombie waiting to be reaped by Node).
 * Blocking is the point: called from a query listener, it guarantees that the query about to be
 * sent reaches a dead server, so nothing after it (the commit above all) can happen.
 */
export function killAndWait(pid: number): void {
  process.kill(pid, 'SIGKILL');
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    let state: string;
    try {
      // Field 3 of /proc/<pid>/stat, after the parenthesised command name.
      state = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '')[0];
    } catch {
      return;
    }
    if (state === 'Z' || state === 'X') return;
  }
  throw new Error(`Process ${pid} did not die within 30 s of SIGKILL.`);
}
