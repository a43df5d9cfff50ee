import path from 'node:path';

import { ConfigError, loadConfig } from '../config';
import { AdminToolError, dumpStore, loadStore } from './admin';
import { portIsFree } from './launcher';

const USAGE = 'Usage: npm run backup -- [FILE]   |   npm run restore -- FILE';

/**
 * `npm run backup -- [FILE]` dumps the embedded store (NEO4J_DATA_DIR) into FILE, by default
 * `.data/backups/neo4j-<time>.dump`; `npm run restore -- FILE` loads such a file back, replacing
 * the store. Both need the app stopped: Neo4j Community dumps and loads only an offline database
 * (README, "Backups"). An external Neo4j (NEO4J_URI) is backed up with that server's own tools.
 */
async function main([command, ...args]: string[]): Promise<number> {
  const config = loadConfig();
  if (config.neo4j.kind !== 'embedded') {
    process.stderr.write(`NEO4J_URI is set (${config.neo4j.uri}): back up that server with its own neo4j-admin; this command backs up the embedded store.\n`);
    return 2;
  }
  const { dataDir, boltPort } = config.neo4j;
  if (!(await portIsFree(boltPort))) {
    process.stderr.write(
      `Something listens on the embedded Neo4j's port ${boltPort}, most likely the app: stop it first, since Neo4j Community dumps and loads only an offline database.\n`,
    );
    return 1;
  }
  if (command === 'backup' && args.length <= 1) {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const file = path.resolve(args[0] ?? path.join(config.rootDir, '.data', 'backups', `neo4j-${stamp}.dump`));
    const started = Date.now();
    const bytes = dumpStore(config.rootDir, dataDir, file);
    process.stdout.write(`Backed up ${dataDir} to ${file} (${bytes} bytes) in ${Date.now() - started} ms.\n`);
    return 0;
  }
  if (command === 'restore' && args.length === 1) {
    const started = Date.now();
    loadStore(config.rootDir, dataDir, path.resolve(args[0]));
    process.stdout.write(`Restored ${dataDir} from ${path.resolve(args[0])} in ${Date.now() - started} ms; start the app to serve it.\n`);
    return 0;
  }
  process.stderr.write(`${USAGE}\n`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known = error instanceof ConfigError || error instanceof AdminToolError;
    process.stderr.write(`${known ? (error as Error).message : error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
