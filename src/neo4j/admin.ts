import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { Neo4jStartError, buildLauncher } from './launcher';

/** The embedded store's user database: Community has exactly one. */
const DATABASE = 'neo4j';
const ADMIN_TOOL = 'org.neo4j.cli.AdminTool';

/** A neo4j-admin run that failed; its message is one sentence saying why and what to do. */
export class AdminToolError extends Error {
  override name = 'AdminToolError';
}

/** A dump or load that could not be done; its message is one sentence saying why and what to do. */
export class BackupError extends AdminToolError {
  override name = 'BackupError';
}

/**
 * Dumps the embedded store in `dataDir` into the file `to` with Neo4j's own `neo4j-admin database
 * dump` (the Community format, loadable by any Neo4j 5), run from the same Maven jars as the
 * embedded Neo4j. Community dumps only an offline database: Neo4j must not run on `dataDir` (the
 * store's lock says so, and the dump is refused with a sentence). The dump is then a consistent
 * copy of the last committed state: every write is one transaction, so a write is in it whole or
 * not at all. Returns the dump's size in bytes.
 */
export function dumpStore(rootDir: string, dataDir: string, to: string): number {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'stancegraph-dump-'));
  try {
    const result = adminTool(rootDir, dataDir, ['database', 'dump', DATABASE, `--to-path=${scratch}`, '--overwrite-destination=true']);
    const dumped = path.join(scratch, `${DATABASE}.dump`);
    if (result.status !== 0 || !fs.existsSync(dumped)) throw new BackupError(failure('dump', dataDir, result.output));
    fs.mkdirSync(path.dirname(path.resolve(to)), { recursive: true });
    // Copied, then renamed: a backup file is either complete or absent, never half written.
    const partial = `${to}.partial`;
    fs.copyFileSync(dumped, partial);
    fs.renameSync(partial, to);
    return fs.statSync(to).size;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Loads the dump file `from` into the embedded store in `dataDir` (`neo4j-admin database load
 * --overwrite-destination`), replacing its user database whole. Neo4j must not run on `dataDir`.
 * The load writes a new store beside the old and swaps it in only once complete, so a failed load
 * leaves the old store.
 */
export function loadStore(rootDir: string, dataDir: string, from: string): void {
  if (!fs.existsSync(from) || !fs.statSync(from).isFile())
    throw new BackupError(`There is no dump file at ${from}; give the path of a file \`npm run backup\` wrote.`);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'stancegraph-load-'));
  try {
    // neo4j-admin loads `<database>.dump` from a folder.
    fs.copyFileSync(from, path.join(scratch, `${DATABASE}.dump`));
    fs.mkdirSync(dataDir, { recursive: true });
    const result = adminTool(rootDir, dataDir, ['database', 'load', DATABASE, `--from-path=${scratch}`, '--overwrite-destination=true']);
    if (result.status !== 0) throw new BackupError(failure('load', dataDir, result.output));
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/** The CSV files of an offline import (src/ingest/store/csv-writer.ts) and the memory it may take. */
export interface CsvImport {
  nodes: string[];
  relationships: string[];
  /** The array delimiter as neo4j-admin spells it (U+001F). */
  arrayDelimiter: string;
  /** The importer's read buffer, bytes: it must hold the longest field. */
  readBufferBytes: number;
  heapMb: number;
  offHeapMb: number;
}

/**
 * Writes a new store in `home` (which must hold none) from CSV files with `neo4j-admin database
 * import full`: no transactions, no locks, the store files written directly, several times faster
 * than any transactional load. Constraints and indexes are not made here: the caller starts Neo4j
 * on `home` and applies the schema. Every row must import: a bad row or a relationship whose end
 * is missing fails the import instead of being skipped.
 */
export function importCsv(rootDir: string, home: string, csv: CsvImport): void {
  const args = [
    'database',
    'import',
    'full',
    DATABASE,
    ...csv.nodes.map((file) => `--nodes=${file}`),
    ...csv.relationships.map((file) => `--relationships=${file}`),
    '--id-type=string',
    '--input-encoding=UTF-8',
    `--array-delimiter=${csv.arrayDelimiter}`,
    '--multiline-fields=true',
    `--read-buffer-size=${csv.readBufferBytes}`,
    `--max-off-heap-memory=${csv.offHeapMb}m`,
    '--bad-tolerance=0',
    `--report-file=${path.join(home, 'import.report')}`,
  ];
  fs.mkdirSync(home, { recursive: true });
  const result = adminTool(rootDir, home, args, csv.heapMb);
  if (result.status !== 0) throw new AdminToolError(failure('import', home, result.output));
}

/** neo4j-admin over the embedded store: its home is the data folder, as the embedded DBMS's is. */
function adminTool(rootDir: string, dataDir: string, args: string[], heapMb = 512): { status: number | null; output: string } {
  let classpath: string;
  try {
    classpath = buildLauncher(rootDir, () => undefined);
  } catch (error) {
    throw new AdminToolError(error instanceof Neo4jStartError ? error.message : String(error));
  }
  const result = spawnSync('java', [`-Xmx${heapMb}m`, '-cp', classpath, ADMIN_TOOL, ...args], {
    cwd: rootDir,
    encoding: 'utf8',
    // The importer prints a progress bar per stage: more than spawnSync's default buffer.
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NEO4J_HOME: dataDir, NEO4J_CONF: path.join(dataDir, 'conf') },
  });
  if (result.error) throw new AdminToolError(`Java could not be started for neo4j-admin (${result.error.message}); Java 17 or newer is needed.`);
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** One sentence for a failed dump or load, with the reason neo4j-admin gave when it is a known one. */
function failure(what: 'dump' | 'load' | 'import', dataDir: string, output: string): string {
  if (/in use|locked|FileLock|being used by another process/i.test(output)) {
    return `The ${what} needs the database offline, but Neo4j is running on ${dataDir}; stop the app (Ctrl-C or SIGTERM), then run it again.`;
  }
  if (/does not exist/i.test(output)) return `There is no database in ${dataDir} to ${what}; start the app once to create it, or check NEO4J_DATA_DIR.`;
  const reason = output
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /ERROR|failed|Exception/i.test(l))
    .slice(-1)[0];
  return `neo4j-admin could not ${what} the database in ${dataDir}${reason ? `: ${reason}` : ''}.`;
}
