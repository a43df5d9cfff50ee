import pino, { Logger } from 'pino';

import { Config, loadConfig } from '../../src/config';
import { Connection } from '../../src/db/connect';
import { createSchema } from '../../src/graph/schema';
import { App, createApp, listen } from '../../src/server/app';
import { connectTestDatabase, loadArticle } from './database';
import { Answer, postGraphql } from './graphql';

/** A real HTTP server of the app on a free loopback port, over the run's test Neo4j. */
export interface TestServer {
  /** `http://127.0.0.1:<port>` and its `/graphql` */
  url: string;
  graphqlUrl: string;
  app: App;
  connection: Connection;
  config: Config;
  /** POSTs one GraphQL operation (see postGraphql); resolves with the HTTP status and the body. */
  graphql(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<Answer>;
  stop(): Promise<void>;
}

/**
 * The harness's rate limits: off, because tests send many requests from one loopback address in
 * little time; a test of the rate limit sets its own (`RATE_LIMIT_*` in `env`).
 */
export const NO_RATE_LIMITS: Readonly<Record<string, string>> = Object.freeze({ RATE_LIMIT_POINTS: '0', RATE_LIMIT_ANONYMOUS_POINTS: '0' });

/**
 * Starts the app in-process with the article loaded. `env` overrides configuration
 * (limits, API keys...) exactly as environment variables would; rate limits are off unless it
 * sets them (NO_RATE_LIMITS). `log` receives the app's log lines (silent by default).
 */
export async function startTestServer(env: Record<string, string> = {}, connection?: Connection, log?: Logger): Promise<TestServer> {
  const config = loadConfig({ ...process.env, ...NO_RATE_LIMITS, ...env });
  const own = !connection;
  const conn = connection ?? (await connectTestDatabase());
  await loadArticle(conn);
  const app = await createApp(conn.db, await createSchema(), config, log ?? pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }));
  const port = await listen(app.server, 0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;
  const graphqlUrl = `${url}/graphql`;
  return {
    url,
    graphqlUrl,
    app,
    connection: conn,
    config,
    graphql: (query, variables, headers) => postGraphql(graphqlUrl, { query, variables }, { headers }),
    async stop() {
      // The tests' own clients keep their idle connections open for seconds and send nothing more,
      // so they can go at once; the app's drain would otherwise wait for them to time out.
      app.server.closeIdleConnections();
      await app.stop();
      if (own) await conn.close();
    },
  };
}
