import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLSchema } from 'graphql';
import crypto from 'node:crypto';
import http from 'node:http';
import type { Logger } from 'pino';

import { Config, projectRoot } from '../config';
import { Database } from '../db/database';
import { formatError, withInputErrorCodes } from './format-error';
import { inputErrorsPlugin } from './input-errors';
import { Context, createContext } from '../graph/context';
import { authenticate } from './auth';
import { bodyErrorHandler, graphqlGuard, sendError } from './guard';
import { costLimitPlugin } from './limits';
import { RateLimitState, TokenBuckets, rateLimitGate, rateLimitPlugin } from './rate-limit';
import { loggingPlugin } from './logging';
import { mountDashboard } from './dashboard';
import { drainHttpServer } from './drain';
import { mountPlayground } from './playground';
import { mountExports } from './exports';

export interface App {
  server: http.Server;
  apollo: ApolloServer<Context>;
  /** Stops accepting requests, lets in-flight ones finish (bounded), then resolves. */
  stop(): Promise<void>;
}

type AppConfig = Pick<Config, 'limits' | 'auth' | 'development' | 'shutdownTimeoutMs'>;

/**
 * Builds the HTTP app: `/graphql` (Apollo behind the request guard) and `/health`.
 * Does not listen yet; `listen()` does.
 */
export async function createApp(db: Database, schema: GraphQLSchema, config: AppConfig, log: Logger): Promise<App> {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.limits.trustProxy);
  const buckets = new TokenBuckets();
  const server = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    // Internals reach clients only when asked for (NODE_ENV=development), never by default:
    // Apollo's own default shows stack traces whenever NODE_ENV is unset, as under `npm start`.
    includeStacktraceInErrorResponses: config.development,
    formatError: withInputErrorCodes(formatError(!config.development)),
    allowBatchedHttpRequests: config.limits.maxBatch > 1,
    // Off, because it also refuses the header-less GET queries that urql and plain links send.
    // What it guards against is handled by graphqlGuard (a POST must be JSON, so a cross-site
    // POST is always preflighted) and by GraphQL over HTTP (no mutation over GET); keys travel in
    // headers, never cookies, so a cross-site GET can only do what anyone may do anonymously.
    csrfPrevention: false,
    // main.ts handles SIGINT/SIGTERM: it drains, then closes the driver and stops Neo4j. Apollo's
    // own handler (on unless NODE_ENV=test) would re-raise the signal once Apollo has stopped and
    // kill the process before that, with Neo4j still running and no exit code 0.
    stopOnTerminationSignals: false,
    plugins: [
      drainHttpServer(server, config.shutdownTimeoutMs),
      ApolloServerPluginLandingPageDisabled(),
      // Apollo installs its cache-control plugin unless told not to; it runs a hook for every
      // field of every answer (a thousand positions are thousands of fields) to compute cache
      // hints this API never sets.
      ApolloServerPluginCacheControlDisabled(),
      costLimitPlugin(config.limits),
      rateLimitPlugin(buckets, config.limits),
      loggingPlugin(log),
      inputErrorsPlugin(),
    ],
  });
  await apollo.start();

  // Before /graphql: a browser's GET /graphql gets the playground, GraphQL GETs go on to Apollo.
  mountPlayground(app);

  app.get('/health', async (_req, res) => {
    const up = await db.ping();
    res.status(up ? 200 : 503).json({ status: up ? 'ok' : 'unavailable', neo4j: up ? 'up' : 'down' });
  });

  app.use(
    '/graphql',
    requestId,
    rateLimitGate(buckets, config.limits.rate, config.auth),
    ...graphqlGuard(config.limits),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const principal = authenticate(req.headers, config.auth);
        const deadlineAt = Date.now() + config.limits.requestTimeoutMs;
        const context = createContext(db, { principal, requestId: res.getHeader('x-request-id') as string, deadlineAt });
        return { ...context, log, rateLimit: res.locals.rateLimit as RateLimitState | undefined };
      },
    }),
  );
  app.use(bodyErrorHandler(config.limits));
  mountExports(app, db, config, log);
  // The analyst dashboard at / (it leaves /graphql, /playground and /health alone).
  mountDashboard(app, projectRoot());
  app.use((_req: express.Request, res: express.Response) => sendError(res, 404, 'NOT_FOUND', 'There is nothing at this path; the API is at /graphql.'));

  return {
    server,
    apollo,
    stop: () => apollo.stop(),
  };
}

/** Gives every request an id (the client's `X-Request-Id` when it is sane), echoed in the response. */
function requestId(req: express.Request, res: express.Response, next: express.NextFunction): void {
  const given = req.header('x-request-id');
  res.setHeader('x-request-id', given && /^[\w.:-]{1,100}$/.test(given) ? given : crypto.randomUUID());
  next();
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
