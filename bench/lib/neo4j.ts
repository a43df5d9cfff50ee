import fs from 'node:fs';
import path from 'node:path';

import { Database } from '../../src/db/database';
import { loadQueries } from '../../src/db/queries';
import { EmbeddedNeo4j, startEmbeddedNeo4j } from '../../src/neo4j/launcher';

/** The bench's own Neo4j: the project's embedded launcher on the bench's port and data folder. */
export interface BenchNeo4j {
  neo4j: EmbeddedNeo4j;
  db: Database;
  dataDir: string;
  /** Milliseconds from spawning the JVM to Bolt answering. */
  startMs: number;
  stop(): Promise<void>;
}

export const BOLT_PORT = Number(process.env.BENCH_BOLT_PORT ?? 7703);
if (!Number.isInteger(BOLT_PORT) || BOLT_PORT < 1024 || BOLT_PORT > 65_535) {
  throw new Error(`BENCH_BOLT_PORT is "${process.env.BENCH_BOLT_PORT}"; set it to a whole number from 1024 to 65535.`);
}

export async function startBenchNeo4j(rootDir: string, label: string, log: (line: string) => void): Promise<BenchNeo4j> {
  // The port is in the name so that two runs on different ports never share a data folder.
  const dataDir = BOLT_PORT === 7703 ? `/tmp/sg-bench-${label}` : `/tmp/sg-bench-${label}-${BOLT_PORT}`;
  fs.rmSync(dataDir, { recursive: true, force: true });
  const started = Date.now();
  const neo4j = await startEmbeddedNeo4j({
    rootDir,
    dataDir,
    boltPort: BOLT_PORT,
    pageCacheMb: Number(process.env.BENCH_PAGE_CACHE_MB ?? 2048),
    heapMb: Number(process.env.BENCH_HEAP_MB ?? 4096),
    log,
  });
  const startMs = Date.now() - started;
  const db = Database.connect(neo4j.uri, { user: 'neo4j', password: '' }, loadQueries(path.join(rootDir, 'cypher')), { database: 'neo4j' });
  await db.applySchema();
  return {
    neo4j,
    db,
    dataDir,
    startMs,
    async stop() {
      await db.close();
      await neo4j.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Peak resident set size of a process, from /proc (Linux), in MiB; null where unknown. */
export function peakRssMb(pid: number): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}
