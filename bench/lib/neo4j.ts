import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { ConnectedNeo4j, startConnectedNeo4j } from '../../test/harness/neo4j';

/** The bench's own Neo4j (the test harness's throwaway one, with the app's driver) on the bench's port and data folder. */
export type BenchNeo4j = ConnectedNeo4j;

export const BOLT_PORT = Number(process.env.BENCH_BOLT_PORT ?? 7703);
if (!Number.isInteger(BOLT_PORT) || BOLT_PORT < 1024 || BOLT_PORT > 65_535) {
  throw new Error(`BENCH_BOLT_PORT is "${process.env.BENCH_BOLT_PORT}"; set it to a whole number from 1024 to 65535.`);
}

/** Starts Neo4j with its data in /tmp/sg-bench-<label> (emptied first, removed by `stop()`), schema applied. */
export function startBenchNeo4j(label: string, log: (line: string) => void, port = BOLT_PORT): Promise<BenchNeo4j> {
  // The port is in the name so that two runs on different ports never share a data folder.
  const folder = port === 7703 ? `sg-bench-${label}` : `sg-bench-${label}-${port}`;
  return startConnectedNeo4j({
    dataDir: path.join(os.tmpdir(), folder),
    boltPort: port,
    pageCacheMb: Number(process.env.BENCH_PAGE_CACHE_MB ?? 2048),
    heapMb: Number(process.env.BENCH_HEAP_MB ?? 4096),
    log,
  });
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
