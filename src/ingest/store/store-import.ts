import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { Config } from '../../config';
import { connect } from '../../db/connect';
import { Database } from '../../db/database';
import { codePoint, chooseArrayDelimiter, CsvWriter } from './csv-writer';
import { GraphCounts, listValues, writeGraphRows } from './graph-rows';
import { importCsv } from '../../neo4j/admin';
import { Annotation } from '../annotation';
import { ImportRefused } from '../bulk';
import { planIngest } from '../plan';
import { checkBatch, foldEntities, missingError, unresolvedReferences } from '../write';

/** What an offline import wrote and how long each stage took. */
export interface StoreImportResult {
  articles: number;
  statements: number;
  entities: number;
  relationships: number;
  /** Planning the rows and writing them as CSV. */
  csvMs: number;
  /** neo4j-admin writing the new store. */
  importMs: number;
  /** Starting Neo4j on the new store, building its constraints and indexes, checking it, stopping it. */
  indexMs: number;
}

/** The importer's read buffer is at least this (its default), and always holds the longest field. */
const MIN_READ_BUFFER = 4 * 1024 * 1024;

/**
 * Imports an archive into the embedded Neo4j's store offline, with `neo4j-admin database import
 * full`, and makes the result the served store: for a first load with the app stopped, and from
 * about a million statements the fastest path (BENCHMARKS.md). The graph is the one `ingest()`
 * writes article after article (the same plans, src/ingest/store/graph-rows.ts).
 *
 * 1. Every file was validated by the caller; the archive is checked as one batch here (ids
 *    unique, every entity named by id alone described by some article).
 * 2. The served store must be empty (or absent): otherwise ImportRefused, naming what it holds.
 *    Starting Neo4j on it also proves the app is not running there (its lock).
 * 3. The rows are written as CSV into a temporary folder, imported into a new store beside the
 *    served one (`<data dir>.import-<pid>`), which Neo4j then opens to build the schema; its
 *    counts are checked against the rows'.
 * 4. Only then the new store's `data/` replaces the served one (two renames on one file system).
 *
 * A failure at any stage before the swap leaves the served store as it was and removes the new
 * one and the CSV files.
 */
export async function importStore(config: Config, annotations: Annotation[], log: (line: string) => void = () => undefined): Promise<StoreImportResult> {
  const target = config.neo4j;
  if (target.kind !== 'embedded') throw new Error("An offline import writes the embedded Neo4j's store; with NEO4J_URI use the transactional import.");
  const csvStarted = performance.now();
  const plans = annotations.map(planIngest);
  checkBatch(plans);
  const entities = foldEntities(plans);
  // Into an empty store nothing is there already: an entity named by id alone must be described by the archive.
  const references = unresolvedReferences(plans, entities);
  if (references.length > 0) throw missingError(annotations, new Set(references));

  await refuseUnlessEmpty(config, log);

  const served = path.resolve(target.dataDir);
  const staging = `${served}.import-${process.pid}`;
  const csvDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stancegraph-import-'));
  fs.rmSync(staging, { recursive: true, force: true });
  try {
    const writer = new CsvWriter(csvDir, chooseArrayDelimiter(listValues(plans)));
    const counts = writeGraphRows(plans, entities, writer, new Date().toISOString());
    const files = writer.close();
    const csvMs = performance.now() - csvStarted;
    log(
      `wrote ${counts.articles} articles, ${counts.entities} entities, ${counts.statements} statements, ${counts.relationships} relationships as ${files.nodes.length + files.relationships.length} CSV files in ${Math.round(csvMs)} ms`,
    );

    const importStarted = performance.now();
    importCsv(config.rootDir, staging, {
      ...files,
      arrayDelimiter: codePoint(files.arrayDelimiter),
      readBufferBytes: Math.max(MIN_READ_BUFFER, files.longestFieldBytes + 1024 * 1024),
      heapMb: target.heapMb,
      offHeapMb: target.pageCacheMb,
    });
    const importMs = performance.now() - importStarted;
    log(`neo4j-admin wrote the new store in ${Math.round(importMs)} ms; building its constraints and indexes`);

    const indexStarted = performance.now();
    const connection = await connect({ ...config, neo4j: { ...target, dataDir: staging } });
    try {
      await checkCounts(connection.db, counts);
    } finally {
      await connection.close();
    }
    const indexMs = performance.now() - indexStarted;

    swapIn(staging, served);
    log(`the new store now is ${served}`);
    return {
      articles: counts.articles,
      statements: counts.statements,
      entities: counts.entities,
      relationships: counts.relationships,
      csvMs: Math.round(csvMs),
      importMs: Math.round(importMs),
      indexMs: Math.round(indexMs),
    };
  } finally {
    fs.rmSync(csvDir, { recursive: true, force: true });
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** Refuses a served store with content; an absent one is empty. Neo4j is started on it (and stopped) only when it exists. */
async function refuseUnlessEmpty(config: Config, log: (line: string) => void): Promise<void> {
  if (config.neo4j.kind !== 'embedded' || !fs.existsSync(path.join(config.neo4j.dataDir, 'data', 'databases'))) return;
  const connection = await connect(config, { log });
  try {
    const [content] = await connection.db.read('ingest/count-content');
    if (Object.values(content).some((n) => n !== 0)) {
      throw new ImportRefused(
        `The graph in ${config.neo4j.dataDir} already holds ${content.articles} articles, ${content.statements} statements and ${content.entities} entities; ` +
          'an archive is imported offline into an empty store only: add articles to this one with `npm run ingest`, pass --into-existing to write the archive over it in transactions, or set NEO4J_DATA_DIR to a new folder.',
      );
    }
  } finally {
    await connection.close();
  }
}

/** The new store must hold exactly the rows written: anything else is a bug, and the served store stays. */
async function checkCounts(db: Database, expected: GraphCounts): Promise<void> {
  const [content] = await db.read('ingest/count-content');
  const [{ relationships }] = await db.read('ingest/count-relationships');
  const found = { ...content, relationships } as unknown as GraphCounts;
  const differ = (Object.keys(expected) as (keyof GraphCounts)[]).filter((k) => found[k] !== expected[k]);
  if (differ.length > 0) {
    throw new Error(
      `The imported store does not hold what was written (${differ.map((k) => `${k}: ${found[k]} instead of ${expected[k]}`).join(', ')}); the served store was left as it was.`,
    );
  }
}

/** Replaces the served store's `data/` with the new one's; the old one is removed once the new one is in place. */
function swapIn(staging: string, served: string): void {
  fs.mkdirSync(served, { recursive: true });
  const current = path.join(served, 'data');
  const old = path.join(staging, 'replaced-data');
  const hadData = fs.existsSync(current);
  if (hadData) fs.renameSync(current, old);
  try {
    fs.renameSync(path.join(staging, 'data'), current);
  } catch (error) {
    if (hadData) fs.renameSync(old, current);
    throw error;
  }
}
