import { serveStats } from '../instrument';

import 'reflect-metadata';

import path from 'node:path';

import { loadConfig, projectRoot } from '../../../src/config';
import { Database } from '../../../src/db/database';
import { loadQueries } from '../../../src/db/queries';
import { createSchema } from '../../../src/graph/schema';
import { log } from '../../../src/log';
import { createApp, listen } from '../../../src/server/app';

/**
 * The stancegraph system, as `npm start` builds it: the type-graphql schema, the app's Apollo
 * and express stack, its Database over the named Cypher files, on the bench's Neo4j (no
 * embedded start, no bundled data: the bench has loaded the corpus), with its default limits.
 * Usage (forked by bench/run.ts): server.js <bolt-uri> <port>
 */
async function main(): Promise<void> {
  const startedAt = Number(process.env.BENCH_FORKED_AT ?? 0) || performance.now();
  const [uri, port] = process.argv.slice(2);
  const db = Database.connect(uri, { user: 'neo4j', password: '' }, loadQueries(path.join(projectRoot(), 'cypher')), { database: 'neo4j' });
  // The app's own configuration, read from the environment as `npm start` reads it; the parent
  // sets NODE_ENV=production and LOG_LEVEL=warn (no per-request log lines: the other systems log nothing).
  const config = loadConfig({ ...process.env, NEO4J_URI: uri });
  const app = await createApp(db, await createSchema(), config, log);
  const bound = await listen(app.server, Number(port), '127.0.0.1');
  serveStats(startedAt, bound);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
