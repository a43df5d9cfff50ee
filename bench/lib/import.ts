import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { loadConfig } from '../../src/config';
import { connect } from '../../src/db/connect';
import { Database } from '../../src/db/database';
import { importArchive } from '../../src/ingest/bulk';
import { importStore } from '../../src/ingest/store/store-import';
import { Annotation } from '../../src/ingest/annotation';
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
  /** The offline import (neo4j-admin) of the same corpus, when run. */
  offline?: OfflineImportStats;
}

export interface OfflineImportStats {
  statements: number;
  /** Planning and writing the CSV files; neo4j-admin; Neo4j started on the new store, schema built, counts checked, stopped. */
  csvMs: number;
  importMs: number;
  indexMs: number;
  statementsPerSecond: number;
  storeMb: number;
  equal: boolean;
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
  options: { batchStatements: number; parallel: number; offline: boolean },
  log: (line: string) => void,
): Promise<ImportStats> {
  const reference = await graphDigest(ingested);
  const corpus = [...generateCorpus(world, { seed, statements })];
  // First, while the machine holds no second Neo4j: the offline import starts its own.
  const offline = options.offline ? await importOffline(corpus, reference, label, log) : undefined;
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
      offline,
    };
  } finally {
    await neo.stop();
  }
}

/**
 * The offline import (`npm run import`'s default, src/ingest/store/) of the corpus into a new
 * embedded store in /tmp/sg-bench-<label>-offline, with the bench's memory, timed, and its graph
 * compared with the ingested one.
 */
async function importOffline(corpus: Annotation[], reference: GraphDigest, label: string, log: (line: string) => void): Promise<OfflineImportStats> {
  const dataDir = path.join(os.tmpdir(), `sg-bench-${label}-offline`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  const { NEO4J_URI: _external, ...env } = process.env;
  const config = loadConfig({
    ...env,
    NEO4J_DATA_DIR: dataDir,
    NEO4J_BOLT_PORT: String(BOLT_PORT + 2),
    NEO4J_PAGE_CACHE_MB: process.env.BENCH_PAGE_CACHE_MB ?? '2048',
    NEO4J_HEAP_MB: process.env.BENCH_HEAP_MB ?? '4096',
  });
  try {
    const r = await importStore(config, corpus, (line) => log(`  offline import: ${line}`));
    const storeMb = folderMb(path.join(dataDir, 'data'));
    const connection = await connect(config);
    let imported: GraphDigest;
    try {
      imported = await graphDigest(connection.db);
    } finally {
      await connection.close();
    }
    return {
      statements: r.statements,
      csvMs: r.csvMs,
      importMs: r.importMs,
      indexMs: r.indexMs,
      statementsPerSecond: Math.round(r.statements / ((r.csvMs + r.importMs + r.indexMs) / 1000)),
      storeMb,
      equal: sameDigest(imported, reference),
      imported,
    };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
