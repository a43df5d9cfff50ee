import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLSchema } from 'graphql';
import http from 'node:http';

import { Database } from '../db/database';
import { Context } from '../graph/context';

export interface App {
  server: http.Server;
  apollo: ApolloServer<Context>;
  /** Stops accepting requests, lets in-flight ones finish, then resolves. */
  stop(): Promise<void>;
}

/** Builds the HTTP app: `/graphql` (Apollo) and `/health`. Does not listen yet. */
export async function createApp(db: Database, schema: GraphQLSchema): Promise<App> {
  const app = express();
  app.disable('x-powered-by');
  const server = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer: server })],
  });
  await apollo.start();

  app.get('/health', async (_req, res) => {
    const up = await db.ping();
    res.status(up ? 200 : 503).json({ status: up ? 'ok' : 'unavailable', neo4j: up ? 'up' : 'down' });
  });

  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async () => {
        const roundTrips = { count: 0 };
        return { db: db.observed(() => roundTrips.count++), roundTrips };
      },
    }),
  );

  return {
    server,
    apollo,
    stop: () => apollo.stop(),
  };
}

/** Starts listening; resolves with the bound port (0 picks a free one). */
export function listen(server: http.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as { port: number }).port);
    });
  });
}
