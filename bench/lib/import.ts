import fs from 'node:fs';
import path from 'node:path';

import { Database } from '../../src/db/database';
import { importArchive } from '../../src/ingest/bulk';
import { generateCorpus } from '../../test/harness/corpus/corpus';
import { World } from '../../test/harness/corpus/world';
import { GraphDigest, graphDigest } from '../../test/harness/graph-digest';
import { BOLT_PORT, startBenchNeo4j } from './neo4j';

export interface ImportStats {
  statements: number;
  /** Writing (entities first, then the batches), and building the secondary indexes afterwards. */
  writeMs: number;
  indexMs: number;
  /** Statements per second of the two together: what a user waits for. */
  statementsPerSecond: number;
  /**
   * The data folder's size on disk right after the import, MiB: store files and transaction
   * logs (Community has no checkpoint procedure to call; until a checkpoint much of the store is
   * in the logs).
   */
  storeMb: number;
  /** True when the imported graph's digest equals the one ingestion wrote. */
  equal: boolean;
  ingested: GraphDigest;
  imported: GraphDigest;
}

function folderMb(dir: string): number {
  let bytes = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) if (e.isFile()) bytes += fs.statSync(path.join(e.parentPath, e.name)).size;
  return Math.round(bytes / 1024 / 1024);
}

/** Equal digests: the same hash and the same counts, whatever order the counts were met in. */
export function sameDigest(a: GraphDigest, b: GraphDigest): boolean {
  const sorted = (counts: Record<string, number>) => JSON.stringify(Object.entries(counts).sort(([x], [y]) => (x < y ? -1 : 1)));
  return a.sha256 === b.sha256 && sorted(a.nodes) === sorted(b.nodes) && sorted(a.relationships) === sorted(b.relationships);
}

/**
 * The archive import (`npm run import`, src/ingest/bulk.ts) of the same corpus into a second,
 * empty Neo4j, timed, and its graph compared with the one the write path wrote into `ingested`
 * (counts by label and type, every property and relationship: see graphDigest).
 */
export async function importAndCompare(
  ingested: Database,
  world: World,
  seed: number,
  statements: number,
  label: string,
  options: { batchStatements: number; parallel: number },
  log: (line: string) => void,
): Promise<ImportStats> {
  const reference = await graphDigest(ingested);
  const corpus = [...generateCorpus(world, { seed, statements })];
  const neo = await startBenchNeo4j(`${label}-import`, () => undefined, BOLT_PORT + 1);
  try {
    const r = await importArchive(neo.connection.db, corpus, { ...options, log: (line) => log(`  import: ${line}`) });
    const imported = await graphDigest(neo.connection.db);
    const equal = sameDigest(imported, reference);
    return {
      statements: r.statements,
      writeMs: r.writeMs,
      indexMs: r.indexMs,
      statementsPerSecond: Math.round(r.statements / ((r.writeMs + r.indexMs) / 1000)),
      storeMb: folderMb(path.join(neo.dataDir, 'data')),
      equal,
      ingested: reference,
      imported,
    };
  } finally {
    await neo.stop();
  }
}
