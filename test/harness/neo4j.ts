import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { projectRoot } from '../../src/config';
import { Connection } from '../../src/db/connect';
import { Database } from '../../src/db/database';
import { loadQueries } from '../../src/db/queries';
import { EmbeddedNeo4j, freePort, startEmbeddedNeo4j } from '../../src/neo4j/launcher';

/** How to start a throwaway Neo4j; every field has a default fit for one test file. */
export interface Neo4jOptions {
  /** Its data folder, emptied first; a new temporary folder named after `prefix` by default. */
  dataDir?: string;
  /** Start of the temporary folder's name (default `stancegraph-neo4j-`). */
  prefix?: string;
  /** Loopback Bolt port (default: a free one). */
  boltPort?: number;
  /** Page cache and maximum Java heap in MiB (default 64 and 512). */
  pageCacheMb?: number;
  heapMb?: number;
  /** Where the launcher's progress lines go (the first start ever fetches Neo4j from Maven Central). */
  log?: (line: string) => void;
}

/**
 * A Neo4j of its own (the project's embedded launcher, src/neo4j/launcher.ts) in a folder of its
 * own, for a test run, one test file that kills and restarts its database, or a benchmark.
 * Nothing is kept: `stop()` removes the folder.
 */
export interface ThrowawayNeo4j {
  /** `bolt://127.0.0.1:<boltPort>`, the same across restarts. */
  uri: string;
  dataDir: string;
  boltPort: number;
  /** Milliseconds from spawning the JVM to Bolt answering, at the first start. */
  startMs: number;
  /** Pid of the running JVM (undefined while it is down). */
  pid(): number | undefined;
  /** SIGKILLs the JVM, as a crash or an OOM killer would, and returns once it has died. */
  kill(): void;
  /** Shuts Neo4j down cleanly and keeps its folder (for an offline dump or load); `restart` starts it again. */
  shutdown(): Promise<void>;
  /** Starts Neo4j again on the same port and data folder (after `kill` or `shutdown`); resolves when it answers. */
  restart(): Promise<void>;
  /** Stops Neo4j cleanly (if it runs) and removes its folder. */
  stop(): Promise<void>;
}

const ROOT = projectRoot();

/** Starts a throwaway Neo4j; resolves once it answers on Bolt. Refuses a `dataDir` outside the temporary folder. */
export async function startNeo4j(options: Neo4jOptions = {}): Promise<ThrowawayNeo4j> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), options.prefix ?? 'stancegraph-neo4j-'));
  if (options.dataDir) {
    // The folder is removed on stop: never let a typo point that at anything but scratch space.
    if (!path.resolve(dataDir).startsWith(os.tmpdir() + path.sep)) {
      throw new Error(`The throwaway Neo4j's data folder "${dataDir}" is not under ${os.tmpdir()}; it is deleted afterwards, so it must be.`);
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  const boltPort = options.boltPort ?? (await freePort());
  const start = () =>
    startEmbeddedNeo4j({
      rootDir: ROOT,
      dataDir,
      boltPort,
      pageCacheMb: options.pageCacheMb ?? 64,
      heapMb: options.heapMb ?? 512,
      log: options.log,
    });
  const started = Date.now();
  let neo4j: EmbeddedNeo4j | undefined = await start();
  return {
    uri: neo4j.uri,
    dataDir,
    boltPort,
    startMs: Date.now() - started,
    pid: () => neo4j?.pid,
    kill() {
      if (!neo4j) throw new Error('Neo4j is not running.');
      killAndWait(neo4j.pid);
      neo4j = undefined;
    },
    async shutdown() {
      if (!neo4j) throw new Error('Neo4j is not running.');
      await neo4j.stop();
      neo4j = undefined;
    },
    async restart() {
      if (neo4j) throw new Error('Neo4j is still running; kill it first.');
      neo4j = await start();
    },
    async stop() {
      await neo4j?.stop();
      neo4j = undefined;
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Connects a driver configured as the app's (`Database.connect`, the named queries of cypher/)
 * to the Neo4j at `uri` and applies the schema. The one driver outlives restarts of that Neo4j,
 * as the app's does through an outage; `close()` closes the driver and leaves Neo4j running.
 */
export async function connectNeo4j(uri: string, options: { requestTimeoutMs?: number } = {}): Promise<Connection> {
  const db = Database.connect(uri, { user: 'neo4j', password: '' }, loadQueries(path.join(ROOT, 'cypher')), {
    database: 'neo4j',
    requestTimeoutMs: options.requestTimeoutMs,
  });
  try {
    await db.applySchema();
  } catch (error) {
    await db.close();
    throw error;
  }
  return { db, mode: 'external', close: () => db.close() };
}

/** A throwaway Neo4j with a driver connected to it (see connectNeo4j); `stop()` closes the driver first. */
export interface ConnectedNeo4j extends ThrowawayNeo4j {
  connection: Connection;
}

/** startNeo4j, then connectNeo4j: the usual pair for a test file that kills its database, and for the bench. */
export async function startConnectedNeo4j(options: Neo4jOptions & { requestTimeoutMs?: number } = {}): Promise<ConnectedNeo4j> {
  const neo4j = await startNeo4j(options);
  let connection: Connection;
  try {
    connection = await connectNeo4j(neo4j.uri, options);
  } catch (error) {
    await neo4j.stop();
    throw error;
  }
  return {
    ...neo4j,
    connection,
    async stop() {
      await connection.close();
      await neo4j.stop();
    },
  };
}

/** Pids of the JVMs running the embedded Neo4j on `dataDir` (the launcher's main class and its folder). */
export function neo4jPids(dataDir: string): number[] {
  const ps = spawnSync('pgrep', ['-f', `stancegraph.neo4j.EmbeddedNeo4j ${dataDir}`], { encoding: 'utf8' });
  return ps.stdout.split('\n').filter(Boolean).map(Number);
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
