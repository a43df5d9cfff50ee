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

export async function startBenchNeo4j(rootDir: string, label: string, log: (line: string) => void): Promise<BenchNeo4j> {
  const dataDir = `/tmp/sg-bench-${label}`;
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
