import 'reflect-metadata';

import { runCommand } from '../command-line';
import { ConfigError, loadConfig } from '../config';
import { connect } from '../db/connect';
import { Neo4jStartError } from '../neo4j/launcher';
import { AnnotationError } from './annotation';
import { readAnnotationFiles } from './read';
import { ingest } from './write';

/**
 * `npm run ingest -- <file> [<file>...]`: validates every file first and writes nothing if any
 * has a problem; then writes each article in its own transaction. Uses the running app's
 * embedded Neo4j when there is one, so it works while the server runs.
 */
async function main(files: string[]): Promise<number> {
  if (files.length === 0) {
    process.stderr.write('Usage: npm run ingest -- <annotation.yaml> [<annotation.yaml> ...]\n');
    return 2;
  }
  const { annotations, failures } = readAnnotationFiles(files);
  if (failures.length > 0) {
    for (const failure of failures) process.stderr.write(`${failure.message}\n`);
    return 1;
  }
  const connection = await connect(loadConfig(), { reuseRunning: true, log: (line) => process.stderr.write(`${line}\n`) });
  try {
    for (const annotation of annotations) {
      const r = await ingest(connection.db, annotation);
      process.stdout.write(`Ingested ${r.articleId}: ${r.entities} entities, ${r.relations} relations, ${r.facts} facts, ${r.statements} statements.\n`);
    }
  } finally {
    await connection.close();
  }
  return 0;
}

runCommand(() => main(process.argv.slice(2)), [AnnotationError, ConfigError, Neo4jStartError]);
