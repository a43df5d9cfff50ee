import 'reflect-metadata';

import fs from 'node:fs';

import { runCommand } from '../command-line';
import { ConfigError, loadConfig } from '../config';
import { connect } from '../db/connect';
import { AppError } from '../errors';
import { Neo4jStartError } from '../neo4j/launcher';
import { EXPORT_FILES, prepareExport } from './export';
import { RawParams } from './params';

const USAGE = `Usage: npm run export -- FILE [--PARAMETER VALUE]... [--out PATH]
  FILE: ${EXPORT_FILES.join(', ')}
  PARAMETERs: those of GET /export/FILE (docs/networks.md), e.g. --aggregation CONFLICT --topics topic:a,topic:b --part nodes`;

/**
 * `npm run export -- network.graphml --aggregation CONFLICT --out net.graphml`: the exports of
 * GET /export/<file> from the command line, with the same parameters and checks, written to
 * --out or to stdout. Uses the running app's embedded Neo4j when there is one; held to
 * EXPORT_TIMEOUT_MS like the HTTP export. The parameters and the time go to stderr as JSON.
 */
async function main(argv: string[]): Promise<number> {
  const [file, ...rest] = argv;
  if (!file || file.startsWith('--')) {
    process.stderr.write(`Name the file to export.\n${USAGE}\n`);
    return 2;
  }
  const raw: RawParams = {};
  let outPath: string | undefined;
  for (let i = 0; i < rest.length; i += 2) {
    const [flag, value] = [rest[i], rest[i + 1]];
    if (!flag.startsWith('--') || value === undefined) {
      process.stderr.write(`Expected "--parameter value" pairs, but got ${JSON.stringify(flag)}${value === undefined ? ' without a value' : ''}.\n${USAGE}\n`);
      return 2;
    }
    const name = flag.slice(2);
    if (name === 'out') outPath = value;
    else raw[name] = raw[name] === undefined ? value : [...[raw[name]].flat(), value];
  }
  const config = loadConfig();
  const connection = await connect(config, { reuseRunning: true, log: (line) => process.stderr.write(`${line}\n`) });
  const out = outPath ? fs.createWriteStream(outPath) : process.stdout;
  try {
    const db = connection.db.forRequest(() => undefined, Date.now() + config.limits.exportTimeoutMs);
    const prepared = await prepareExport(db, file, raw);
    const records = await prepared.write((chunk) => new Promise<void>((resolve, reject) => out.write(chunk, (error) => (error ? reject(error) : resolve()))));
    if (out !== process.stdout) await new Promise<void>((resolve) => (out as fs.WriteStream).end(resolve));
    process.stderr.write(`${JSON.stringify({ file, records, exportedAt: prepared.exportedAt, parameters: prepared.parameters })}\n`);
    return 0;
  } catch (error) {
    if (error instanceof AppError && error.code !== 'INTERNAL_SERVER_ERROR') {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  } finally {
    await connection.close();
  }
}

runCommand(() => main(process.argv.slice(2)), [ConfigError, Neo4jStartError]);
