import { Database } from '../../src/db/database';
import { Annotation } from '../../src/ingest/annotation';
import { ingestArticles } from '../../src/ingest/write';
import { generateCorpus } from '../../test/harness/corpus/corpus';
import { World } from '../../test/harness/corpus/world';

export interface IngestStats {
  articles: number;
  statements: number;
  batches: number;
  /** Generating the raw annotations and validating them with the project's validator. */
  generateMs: number;
  /** Wall time of ingestion less generation and validation: planning, writing, commits. */
  writeMs: number;
  statementsPerSecond: number;
  statementsPerSecondWithValidation: number;
}

/**
 * Generates the corpus and writes it through the write path (src/ingest/write.ts), `batchStatements`
 * statements per transaction. Timings separate generation+validation from writing.
 */
export async function ingestCorpus(
  db: Database,
  world: World,
  seed: number,
  statements: number,
  batchStatements: number,
  log: (s: string) => void,
  parallel = 1,
): Promise<IngestStats> {
  let generateMs = 0;
  let articles = 0;
  let written = 0;
  let batches = 0;
  let batch: Annotation[] = [];
  let inBatch = 0;
  // Up to `parallel` batches in flight: Neo4j commits them concurrently. Safe here because the
  // corpus gives an entity the same attributes in every article (see world.ts), so the order in
  // which batches commit cannot change the graph.
  const inFlight = new Set<Promise<void>>();
  const flush = async () => {
    if (batch.length === 0) return;
    const mine = batch;
    batch = [];
    inBatch = 0;
    const p: Promise<void> = ingestArticles(db, mine).then((r) => {
      written += r.statements;
      batches++;
      if (batches % 10 === 0) log(`  ${written} statements written`);
      inFlight.delete(p);
    });
    inFlight.add(p);
    if (inFlight.size >= parallel) await Promise.race(inFlight);
  };
  const started = performance.now();
  const corpus = generateCorpus(world, { seed, statements });
  for (;;) {
    const t = performance.now();
    const next = corpus.next();
    generateMs += performance.now() - t;
    if (next.done) break;
    batch.push(next.value);
    articles++;
    inBatch += next.value.statements.length;
    if (inBatch >= batchStatements) await flush();
  }
  await flush();
  await Promise.all(inFlight);
  // Wall time of the whole ingestion, less the time spent generating and validating articles
  // (with parallel > 1, writes overlap generation, so this slightly favours the write side).
  const writeMs = performance.now() - started - generateMs;
  return {
    articles,
    statements: written,
    batches,
    generateMs: Math.round(generateMs),
    writeMs: Math.round(writeMs),
    statementsPerSecond: Math.round(written / (writeMs / 1000)),
    statementsPerSecondWithValidation: Math.round(written / ((writeMs + generateMs) / 1000)),
  };
}
