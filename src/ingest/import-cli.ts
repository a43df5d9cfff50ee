import 'reflect-metadata';

import fs from 'node:fs';
import path from 'node:path';

import { runCommand } from '../command-line';
import { ConfigError, loadConfig } from '../config';
import { connect } from '../db/connect';
import { Neo4jStartError } from '../neo4j/launcher';
import { AnnotationError } from './annotation';
import { ImportRefused, importArchive } from './bulk';
import { readAnnotationFiles } from './read';

const USAGE = 'Usage: npm run import -- <folder of annotation files> [--into-existing] [--batch <statements>] [--parallel <transactions>]\n';

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
 * than `npm run ingest` (see src/ingest/bulk.ts), for a first load. Validates every file first and
 * writes nothing if any has a problem. Starts the embedded Neo4j on NEO4J_DATA_DIR itself, so the
 * app must not be running on it (the data folder is locked then): import, then start the app on
 * the imported store. With NEO4J_URI it imports into that database, which must be empty unless
 * --into-existing. Daily updates then go through `npm run ingest` or the dashboard.
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
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new ConfigError(`The archive folder "${dir}" does not exist or is not a folder.`);
  const batchStatements = wholeNumber('--batch', flag('--batch'));
  const parallel = wholeNumber('--parallel', flag('--parallel'));
  const files = annotationFiles(dir);
  if (files.length === 0) throw new ConfigError(`The archive folder "${dir}" holds no annotation files (.yaml, .yml or .json).`);
  const { annotations, failures } = readAnnotationFiles(files);
  if (failures.length > 0) {
    for (const failure of failures) process.stderr.write(`${failure.message}\n`);
    process.stderr.write(`${failures.length} of ${files.length} files have problems; nothing was written.\n`);
    return 1;
  }
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const connection = await connect(loadConfig(), { log });
  try {
    const r = await importArchive(connection.db, annotations, { batchStatements, parallel, intoExisting: argv.includes('--into-existing'), log });
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

runCommand(() => main(process.argv.slice(2)), [AnnotationError, ConfigError, Neo4jStartError, ImportRefused]);
