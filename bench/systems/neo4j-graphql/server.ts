import { counters, serveStats } from '../instrument';

import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import neo4j from 'neo4j-driver';

import { projectRoot } from '../../../src/config';

/**
 * The @neo4j/graphql system: the library's generated schema over bench/systems/neo4j-graphql/
 * type-defs.graphql, served by the same HTTP stack as stancegraph (Apollo Server 5 on express 5).
 * Usage (forked by bench/run.ts): server.js <bolt-uri> <port>
 */
async function main(): Promise<void> {
  const startedAt = Number(process.env.BENCH_FORKED_AT ?? 0) || performance.now();
  const [uri, port] = process.argv.slice(2);
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', ''), { maxConnectionPoolSize: 50 });
  const typeDefs = fs.readFileSync(path.join(projectRoot(), 'bench', 'systems', 'neo4j-graphql', 'type-defs.graphql'), 'utf8');
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const apollo = new ApolloServer({ schema });
  await apollo.start();
  const app = express();
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo, { context: async () => ({ sessionConfig: { database: 'neo4j' } }) }));
  const server = http.createServer(app);
  server.listen(Number(port), '127.0.0.1', () => serveStats(startedAt, Number(port)));
  void counters;
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
