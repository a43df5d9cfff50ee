import path from 'node:path';

import { Config } from '../config';
import { EmbeddedNeo4j, portIsFree, startEmbeddedNeo4j } from '../neo4j/launcher';
import { Database } from './database';
import { loadAppQueries } from './queries';

/** An open database and how to let go of it (closing the driver, stopping an embedded Neo4j). */
export interface Connection {
  db: Database;
  /** `embedded` when this process started Neo4j, `shared` when it reuses the app's running one. */
  mode: 'external' | 'embedded' | 'shared';
  embedded?: EmbeddedNeo4j;
  close(): Promise<void>;
}

export interface ConnectOptions {
  log?: (line: string) => void;
  /** Reuse an embedded Neo4j that the running app already serves on the Bolt port (the CLI does). */
  reuseRunning?: boolean;
  txTimeoutMs?: number;
  /** Deadline of a request; the driver's connect, acquisition and retry timeouts fit inside it. */
  requestTimeoutMs?: number;
}

/**
 * Connects to the configured Neo4j: the server at NEO4J_URI, or the embedded one, started here.
 * Applies the schema before returning, so every caller sees constraints and indexes in place.
 */
export async function connect(config: Config, options: ConnectOptions = {}): Promise<Connection> {
  const queries = loadAppQueries(path.join(config.rootDir, 'cypher'));
  const target = config.neo4j;
  const dbOptions = { database: target.database, txTimeoutMs: options.txTimeoutMs, requestTimeoutMs: options.requestTimeoutMs };
  let connection: Connection;
  if (target.kind === 'external') {
    const db = Database.connect(target.uri, { user: target.user, password: target.password }, queries, dbOptions);
    connection = { db, mode: 'external', close: () => db.close() };
  } else if (options.reuseRunning && !(await portIsFree(target.boltPort))) {
    const db = Database.connect(`bolt://127.0.0.1:${target.boltPort}`, { user: 'neo4j', password: '' }, queries, dbOptions);
    connection = { db, mode: 'shared', close: () => db.close() };
  } else {
    options.log?.(
      `Embedded Neo4j memory: page cache ${target.pageCacheMb} MiB, heap ${target.heapMb} MiB (of ${target.totalMb} MiB ${target.source === 'cgroup' ? 'allowed to this container' : 'on this machine'}; NEO4J_PAGE_CACHE_MB and NEO4J_HEAP_MB override).`,
    );
    const embedded = await startEmbeddedNeo4j({ ...target, rootDir: config.rootDir, log: options.log });
    const db = Database.connect(embedded.uri, { user: 'neo4j', password: '' }, queries, dbOptions);
    connection = {
      db,
      mode: 'embedded',
      embedded,
      async close() {
        await db.close();
        await embedded.stop();
      },
    };
  }
  try {
    await connection.db.applySchema();
  } catch (error) {
    await connection.close();
    throw error;
  }
  return connection;
}
