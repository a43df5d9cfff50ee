import 'reflect-metadata';

import fs from 'node:fs';
import path from 'node:path';

import { runCommand } from '../command-line';
import { ConfigError, loadConfig } from '../config';
import { connect } from '../db/connect';
import { AdminToolError } from '../neo4j/admin';
import { Neo4jStartError } from '../neo4j/launcher';
import { AnnotationError } from './annotation';
import { ImportRefused, importArchive } from './bulk';
import { readAnnotationFiles } from './read';
import { importStore } from './store/store-import';

const USAGE = 'Usage: npm run import -- <folder of annotation files> [--transactional] [--into-existing] [--batch <statements>] [--parallel <transactions>]\n';

/** The annotation files (.yaml, .yml, .json) of a folder and its subfolders, in path order: the order they are written in. */
function annotationFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ya?ml|json)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

function wholeNumber(flag: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new ConfigError(`${flag} "${raw}" is not a whole number of at least 1.`);
  return Number(raw);
}

/**
 * `npm run import -- DIR`: loads an archive of annotation files into an empty graph, much faster
 * than `npm run ingest`, for a first load. Validates every file first and writes nothing if any
 * has a problem. Two paths (BENCHMARKS.md, "The offline import, and what 1M statements take"):
 *
 * - offline (the default with the embedded Neo4j): `neo4j-admin database import` writes a new
 *   store, which replaces the empty served one once complete (src/ingest/store/store-import.ts);
 * - transactional (`--transactional`, `--into-existing`, or NEO4J_URI set): the write path in large
 *   batches (src/ingest/bulk.ts), into a running server too.
 *
 * The embedded paths start Neo4j on NEO4J_DATA_DIR themselves, so the app must not be running on
 * it (the data folder is locked then): import, then start the app on the imported store. Daily
 * updates then go through `npm run ingest` or the dashboard.
 */
async function main(argv: string[]): Promise<number> {
  const flag = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const dir = argv.find((a, i) => !a.startsWith('--') && !['--batch', '--parallel'].includes(argv[i - 1]));
  if (!dir) {
    process.stderr.write(USAGE);
    return 2;
  }
  const known = ['--transactional', '--into-existing', '--batch', '--parallel'];
  const unknown = argv.find((a) => a.startsWith('--') && !known.includes(a));
  if (unknown) throw new ConfigError(`The option "${unknown}" is not one of ${known.join(', ')}.`);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new ConfigError(`The archive folder "${dir}" does not exist or is not a folder.`);
  const batchStatements = wholeNumber('--batch', flag('--batch'));
  const parallel = wholeNumber('--parallel', flag('--parallel'));
  const intoExisting = argv.includes('--into-existing');
  const config = loadConfig();
  const offline = config.neo4j.kind === 'embedded' && !intoExisting && !argv.includes('--transactional');
  if (offline && (batchStatements !== undefined || parallel !== undefined)) {
    throw new ConfigError('--batch and --parallel set the transactional import; add --transactional to use them.');
  }
  const files = annotationFiles(dir);
  if (files.length === 0) throw new ConfigError(`The archive folder "${dir}" holds no annotation files (.yaml, .yml or .json).`);
  const { annotations, failures } = readAnnotationFiles(files);
  if (failures.length > 0) {
    for (const failure of failures) process.stderr.write(`${failure.message}\n`);
    process.stderr.write(`${failures.length} of ${files.length} files have problems; nothing was written.\n`);
    return 1;
  }
  const log = (line: string) => process.stderr.write(`${line}\n`);
  if (offline) {
    const r = await importStore(config, annotations, log);
    const seconds = (r.csvMs + r.importMs + r.indexMs) / 1000;
    process.stdout.write(
      `Imported ${r.articles} articles, ${r.entities} entities, ${r.statements} statements offline in ${seconds.toFixed(1)} s ` +
        `(${Math.round(r.statements / seconds)} statements/s; CSV ${r.csvMs} ms, neo4j-admin ${r.importMs} ms, indexes ${r.indexMs} ms).\n`,
    );
    return 0;
  }
  const connection = await connect(config, { log });
  try {
    const r = await importArchive(connection.db, annotations, { batchStatements, parallel, intoExisting, log });
    const seconds = (r.writeMs + r.indexMs) / 1000;
    process.stdout.write(
      `Imported ${r.articles} articles, ${r.entities} entities, ${r.statements} statements in ${seconds.toFixed(1)} s ` +
        `(${Math.round(r.statements / seconds)} statements/s; writing ${r.writeMs} ms, indexes ${r.indexMs} ms).\n`,
    );
  } finally {
    await connection.close();
  }
  return 0;
}

runCommand(() => main(process.argv.slice(2)), [AnnotationError, ConfigError, Neo4jStartError, ImportRefused, AdminToolError]);
