import 'reflect-metadata';

import { runCommand } from '../command-line';
import { ConfigError, loadConfig } from '../config';
import { connect } from '../db/connect';
import { Neo4jStartError } from '../neo4j/launcher';
import { ID_PATTERN } from '../vocabulary';
import { articleIds, exportArticle, writeExport } from './export';

const USAGE = 'Usage: npm run export-annotations -- [--article article:<slug>] DIR';

/**
 * `npm run export-annotations -- [--article ID] DIR`: writes every article (or one) back to an
 * annotation file and its text in DIR, however it was ingested, so that a reviewed article can be
 * kept in git as the curated one is, and the graph can be rebuilt from files. Uses the running
 * app's embedded Neo4j when there is one.
 */
async function main(argv: string[]): Promise<number> {
  const args = [...argv];
  let only: string | undefined;
  const at = args.indexOf('--article');
  if (at >= 0) {
    only = args[at + 1];
    args.splice(at, 2);
    if (!only || !ID_PATTERN.test(only) || !only.startsWith('article:')) {
      process.stderr.write(`--article needs an article id such as "article:trump-tomahawk-2025-10"; got ${JSON.stringify(only ?? '')}.\n${USAGE}\n`);
      return 2;
    }
  }
  const unknown = args.find((a) => a.startsWith('--'));
  if (unknown || args.length !== 1) {
    process.stderr.write(`${unknown ? `Unknown option ${unknown}. ` : 'Give one folder to write into. '}${USAGE}\n`);
    return 2;
  }
  const dir = args[0];
  const connection = await connect(loadConfig(), { reuseRunning: true, log: (line) => process.stderr.write(`${line}\n`) });
  try {
    const ids = only ? [only] : await articleIds(connection.db);
    for (const id of ids) {
      const exported = await exportArticle(connection.db, id);
      if (!exported) {
        process.stderr.write(`The graph has no article "${id}".\n`);
        return 1;
      }
      const file = writeExport(dir, exported);
      process.stdout.write(`Exported ${id}: ${(exported.annotation.statements as unknown[]).length} statements to ${file}.\n`);
    }
    if (ids.length === 0) process.stdout.write('The graph has no articles; nothing was written.\n');
  } finally {
    await connection.close();
  }
  return 0;
}

runCommand(() => main(process.argv.slice(2)), [ConfigError, Neo4jStartError]);
