import fs from 'node:fs';
import os from 'node:os';

/**
 * How the embedded Neo4j's memory is sized from the machine's, when NEO4J_PAGE_CACHE_MB and
 * NEO4J_HEAP_MB are unset. Of the machine's memory (or the container's limit, when lower):
 *
 * - a quarter, at least 1 GiB, stays for the operating system, the app's Node process and the
 *   file-system cache that Lucene's full-text indexes read through;
 * - of the rest, half is the page cache (the store's pages: a graph read from the cache answers
 *   without disk reads) and a third the heap (query state, transactions, result sets); the sixth
 *   left over is the JVM's memory beside the heap (metaspace, threads, network buffers).
 * - The heap stays between 512 MiB and 31 GiB (above 31 GiB the JVM loses compressed pointers);
 *   the page cache is at least 128 MiB.
 *
 * On this project's 24 GiB, 2-core machine that is a 9 GiB page cache and a 6 GiB heap.
 */
export const MEMORY_FORMULA = Object.freeze({
  reservedShare: 0.25,
  reservedMinMb: 1024,
  pageCacheShare: 1 / 2,
  heapShare: 1 / 3,
  heapMinMb: 512,
  heapMaxMb: 31 * 1024,
  pageCacheMinMb: 128,
});

export interface Neo4jMemory {
  pageCacheMb: number;
  heapMb: number;
  /** The memory the sizes were taken from, and where that figure came from. */
  totalMb: number;
  source: 'machine' | 'cgroup';
}

/** The page cache and heap for a machine with `totalMb` of memory (see MEMORY_FORMULA). */
export function sizeNeo4jMemory(totalMb: number): Pick<Neo4jMemory, 'pageCacheMb' | 'heapMb'> {
  const f = MEMORY_FORMULA;
  const reserved = Math.max(f.reservedMinMb, totalMb * f.reservedShare);
  const usable = Math.max(0, totalMb - reserved);
  return {
    pageCacheMb: Math.max(f.pageCacheMinMb, Math.floor(usable * f.pageCacheShare)),
    heapMb: Math.min(f.heapMaxMb, Math.max(f.heapMinMb, Math.floor(usable * f.heapShare))),
  };
}

/**
 * The memory this process may use: the machine's, or the cgroup (v2, then v1) limit of its
 * container when that is lower.
 */
export function availableMemoryMb(readFile: (file: string) => string | null = readOrNull): { totalMb: number; source: 'machine' | 'cgroup' } {
  const machine = Math.floor(os.totalmem() / 1024 / 1024);
  for (const file of ['/sys/fs/cgroup/memory.max', '/sys/fs/cgroup/memory/memory.limit_in_bytes']) {
    const raw = readFile(file)?.trim();
    // "max" (v2) or a huge number (v1) means no limit.
    if (raw && /^\d+$/.test(raw)) {
      const limit = Math.floor(Number(raw) / 1024 / 1024);
      if (limit > 0 && limit < machine) return { totalMb: limit, source: 'cgroup' };
    }
  }
  return { totalMb: machine, source: 'machine' };
}

function readOrNull(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** The sizes to start with: each given one as given (a setting), each missing one from the formula. */
export function neo4jMemory(given: { pageCacheMb: number | null; heapMb: number | null }, available = availableMemoryMb()): Neo4jMemory {
  const sized = sizeNeo4jMemory(available.totalMb);
  return { pageCacheMb: given.pageCacheMb ?? sized.pageCacheMb, heapMb: given.heapMb ?? sized.heapMb, ...available };
}
