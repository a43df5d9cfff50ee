import * as Q from '../../web/src/api/queries';
import { buildApp, startHealthyApp } from './app';
import { testNeo4jUri } from './database';
import { graphqlData } from './graphql';

/** The app under the dashboard's tests: where it answers and how to stop it. */
export interface DashboardApp {
  /** `http://127.0.0.1:<port>` and its `/graphql` */
  baseUrl: string;
  graphqlUrl: string;
  output(): string;
  stop(): Promise<void>;
}

/**
 * Builds the app as `npm run build` does (server and dashboard), then starts the compiled
 * server as `npm start` does, on a free port, against the run's throwaway Neo4j, loading the
 * bundled article; resolves once it serves the dashboard and has answered the dashboard's
 * operations once (see warmUp).
 *
 * `env` adds environment variables (the review tests' `API_KEYS`).
 *
 * E2E_BASE_URL=http://127.0.0.1:4201 runs the tests against a server that is already up instead
 * (started with the same `env`).
 */
export async function startDashboardApp(options: { env?: Record<string, string> } = {}): Promise<DashboardApp> {
  if (process.env.E2E_BASE_URL) {
    const baseUrl = process.env.E2E_BASE_URL.replace(/\/$/, '');
    await expectDashboard(baseUrl, () => '');
    return { baseUrl, graphqlUrl: `${baseUrl}/graphql`, output: () => '', stop: async () => undefined };
  }
  buildApp('server and dashboard');
  const app = await startHealthyApp({ neo4jUri: testNeo4jUri(), env: { LOAD_BUNDLED_DATA: 'true', LOG_LEVEL: 'warn', ...options.env } });
  try {
    await expectDashboard(app.url, app.output);
    await warmUp(app.graphqlUrl);
  } catch (error) {
    await app.stop();
    throw error;
  }
  return { baseUrl: app.url, graphqlUrl: app.graphqlUrl, output: app.output, stop: async () => void (await app.stop()) };
}

/**
 * Runs the dashboard's own operations once before the browser does. Right after start-up the
 * first queries compile their Cypher plans and open the full-text indexes (seconds each); on a
 * busy 2-core machine, with Chromium starting beside it, one can pass the API's request deadline
 * and answer 504, which the browser logs as a console error. These tests are about the dashboard,
 * so they start on a warm server; a query that still fails after three tries fails the run.
 */
async function warmUp(graphqlUrl: string): Promise<void> {
  const trump = 'person:donald-trump';
  const operations: Array<[string, Record<string, unknown>]> = [
    [Q.SEARCH, { query: 'Selenskyj', first: 30, types: null }],
    [Q.OVERVIEW, {}],
    [Q.ENTITY, { id: trump }],
    [Q.STATEMENT_PAGE, { filter: { speaker: trump }, first: 20, orderBy: 'READING_ORDER' }],
    [Q.STATEMENT_PAGE, { filter: { about: trump }, first: 20, orderBy: 'READING_ORDER' }],
    [Q.STATEMENT_PAGE, { filter: { speaker: trump, stance: 'OPPOSE' }, first: 25, orderBy: 'READING_ORDER' }],
    [Q.STATEMENT_PAGE, { filter: { topic: 'topic:tomahawk-delivery-to-ukraine' }, first: 20, orderBy: 'READING_ORDER' }],
    [Q.STATEMENTS_BY_ID, { ids: ['statement:trump-tomahawk-2025-10-28'] }],
    [Q.ARTICLE, { id: 'article:trump-tomahawk-2025-10', first: 100 }],
    [Q.MATRIX, {}],
    [Q.CELL_POSITIONS, { actor: trump, topic: 'topic:tomahawk-delivery-to-ukraine', first: 100 }],
    [Q.RELATIONS, { ids: [trump] }],
    [Q.CONNECTIONS, { from: 'person:keir-starmer', to: 'person:vladimir-putin', maxHops: 4, first: 5 }],
  ];
  for (const [query, variables] of operations) {
    for (let attempt = 1; ; attempt++) {
      try {
        await graphqlData(graphqlUrl, { query, variables });
        break;
      } catch (error) {
        if (attempt >= 3) throw new Error(`Warming up the API failed: ${(error as Error).message}`, { cause: error });
      }
    }
  }
}

/** Fails unless the app at `baseUrl` serves the dashboard at `/`, saying how to wire it (with the app's `output`). */
export async function expectDashboard(baseUrl: string, output: () => string): Promise<void> {
  const res = await fetch(`${baseUrl}/`, { headers: { accept: 'text/html' } });
  const body = await res.text();
  if (res.status !== 200 || !body.includes('/assets/app-')) {
    throw new Error(
      `GET ${baseUrl}/ did not return the dashboard (HTTP ${res.status}). ` +
        'src/server/app.ts must call mountDashboard(app, rootDir) from src/server/dashboard.ts, and `npm run build` must have built web/dist.\n' +
        `${body.slice(0, 300)}\n${output()}`,
    );
  }
}
