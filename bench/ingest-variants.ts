/**
 * Where ingestion's time goes: writes the same corpus through the write path into fresh Neo4j
 * databases, once with the full schema and once with only the uniqueness constraints during the
 * load (the other indexes built afterwards, their build timed too). Usage:
 *   tsc -p bench && node bench/.build/bench/ingest-variants.js [statements] [batch] [parallel]
 */
import { Database } from '../src/db/database';
import { ingestCorpus } from './lib/ingest';
import { startBenchNeo4j } from './lib/neo4j';
import { buildWorld } from '../test/harness/corpus/world';

const [statements = 30_000, batch = 2_500, parallel = 2] = process.argv.slice(2).map(Number);
const log = (line: string) => process.stderr.write(`${line}\n`);

async function dropIndexes(db: Database): Promise<string[]> {
  const rows = await db.driver.executeQuery("SHOW INDEXES YIELD name, owningConstraint, type WHERE owningConstraint IS NULL AND type <> 'LOOKUP' RETURN name");
  const names = rows.records.map((r) => r.get('name') as string);
  for (const name of names) await db.driver.executeQuery(`DROP INDEX ${name}`);
  return names;
}

async function run(variant: 'full schema' | 'constraints only'): Promise<void> {
  const neo = await startBenchNeo4j(`ingest-${variant.replace(' ', '-')}`, () => undefined);
  try {
    const db = neo.connection.db;
    if (variant === 'constraints only') log(`dropped ${(await dropIndexes(db)).length} indexes`);
    const stats = await ingestCorpus(db, buildWorld(42), 42, statements, batch, () => undefined, parallel);
    const started = performance.now();
    if (variant === 'constraints only') await db.applySchema();
    const indexMs = performance.now() - started;
    const total = stats.writeMs + indexMs;
    log(
      `${variant}: ${stats.statements} statements, write ${stats.writeMs} ms (${stats.statementsPerSecond}/s), index build ${Math.round(indexMs)} ms, ` +
        `together ${Math.round(stats.statements / (total / 1000))}/s`,
    );
  } finally {
    await neo.stop();
  }
}

async function main(): Promise<void> {
  await run('full schema');
  await run('constraints only');
}

main().catch((error) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
