import neo4j from 'neo4j-driver';

import { Database } from '../db/database';
import { Annotation, AnnotationError } from './annotation';
import { planIngest } from './plan';
import { checkBatch, foldEntities, ingestArticles, writeEntities } from './write';

/** How an archive is imported (see importArchive). */
export interface ImportOptions {
  /** Statements per write transaction (default 5,000). */
  batchStatements?: number;
  /** Transactions in flight at once (default 2: one per core of a small machine). */
  parallel?: number;
  /**
   * Import into a graph that already holds content: then the indexes stay, and this is the
   * ordinary write path in large batches. Without it a non-empty graph is refused.
   */
  intoExisting?: boolean;
  log?: (line: string) => void;
}

export interface ImportResult {
  articles: number;
  statements: number;
  entities: number;
  /** Wall time of writing, and of building the secondary indexes afterwards (0 into an existing graph). */
  writeMs: number;
  indexMs: number;
}

/** The import was refused before anything was written; its message says what to do. */
export class ImportRefused extends Error {
  override name = 'ImportRefused';
}

const ENTITY_BATCH = 5_000;
const DELETE_BATCH = 10_000;

/**
 * Imports an archive of validated annotations into an empty graph, as fast as the write path
 * goes: the same queries as `ingest()` (src/ingest/write.ts), so the graph is the one `ingest`
 * writes article after article, but
 *
 * - every entity first, once, with its values folded over the whole archive in order (what
 *   ingesting the articles one after another leaves), so that batches can then commit in any
 *   order and run `parallel` at a time;
 * - without the secondary indexes (dates, modes, names, full text) while writing: each would be
 *   updated per statement at every commit; they are built once afterwards from the schema file.
 *   The write path finds nodes by the constraints' indexes only, which stay.
 *
 * All-or-nothing: the archive is checked as one batch (ids unique) before anything is written,
 * and when a write fails the graph is emptied again (it was empty) and its indexes rebuilt, then
 * the error is passed on. A non-empty graph is refused unless `intoExisting`; then the indexes
 * stay, and a failure leaves the batches written before it (each is all-or-nothing).
 */
export async function importArchive(db: Database, annotations: Annotation[], options: ImportOptions = {}): Promise<ImportResult> {
  const log = options.log ?? (() => undefined);
  const batchStatements = options.batchStatements ?? 5_000;
  const parallel = options.parallel ?? 2;
  const plans = annotations.map(planIngest);
  checkBatch(plans);
  const [content] = await db.read('ingest/count-content');
  const empty = Object.values(content).every((n) => n === 0);
  if (!empty && !options.intoExisting) {
    throw new ImportRefused(
      `The graph already holds ${content.articles} articles, ${content.statements} statements and ${content.entities} entities; ` +
        'an archive is imported into an empty graph only: add articles to this one with `npm run ingest`, or pass --into-existing to write the archive over it in large batches.',
    );
  }
  const entities = foldEntities(plans);
  const dropped = empty ? await dropSecondaryIndexes(db) : [];
  log(`writing ${entities.length} entities, then ${annotations.length} articles in batches of about ${batchStatements} statements, ${parallel} at a time`);
  const started = performance.now();
  let statements: number;
  try {
    for (let i = 0; i < entities.length; i += ENTITY_BATCH) await writeEntities(db, entities.slice(i, i + ENTITY_BATCH));
    statements = await writeBatches(db, annotations, batchStatements, parallel, log);
  } catch (error) {
    if (empty) {
      log('the import failed; emptying the graph again and rebuilding its indexes');
      await emptyContent(db);
      await db.applySchema();
    }
    throw error;
  }
  const writeMs = performance.now() - started;
  const indexStarted = performance.now();
  if (dropped.length > 0) {
    log(`building the ${dropped.length} secondary indexes`);
    await db.applySchema();
  }
  return {
    articles: annotations.length,
    statements,
    entities: entities.length,
    writeMs: Math.round(writeMs),
    indexMs: Math.round(performance.now() - indexStarted),
  };
}

/** Writes the articles in batches of about `batchStatements`, `parallel` transactions at a time; the number of statements written. */
async function writeBatches(db: Database, annotations: Annotation[], batchStatements: number, parallel: number, log: (line: string) => void): Promise<number> {
  const batches: Annotation[][] = [[]];
  let inBatch = 0;
  for (const a of annotations) {
    if (inBatch >= batchStatements) {
      batches.push([]);
      inBatch = 0;
    }
    batches.at(-1)!.push(a);
    inBatch += a.statements.length;
  }
  let written = 0;
  let next = 0;
  let failed: unknown;
  // Each worker takes the next batch until none is left or one has failed.
  const worker = async () => {
    while (failed === undefined && next < batches.length) {
      const batch = batches[next++];
      if (batch.length === 0) continue;
      try {
        // Awaited first: `written += await ...` would read `written` before the other worker adds to it.
        const result = await ingestArticles(db, batch, {}, { entitiesWritten: true });
        written += result.statements;
        if (next % 10 === 0) log(`  ${written} statements written`);
      } catch (error) {
        failed ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, parallel) }, worker));
  if (failed !== undefined) throw failed;
  return written;
}

async function dropSecondaryIndexes(db: Database): Promise<string[]> {
  const names = (await db.read('ingest/list-secondary-indexes')).map((r) => r.name as string);
  for (const name of names) await db.write('ingest/drop-index', { name });
  return names;
}

async function emptyContent(db: Database): Promise<void> {
  for (;;) {
    const [{ deleted }] = await db.write('ingest/delete-content-batch', { limit: neo4j.int(DELETE_BATCH) });
    if (deleted === 0) return;
  }
}

export { AnnotationError };
