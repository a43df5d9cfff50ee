import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

import { freePort } from '../../src/neo4j/launcher';
import * as Q from '../../web/src/api/queries';
import { ROOT } from './database';

/** The app under test: its base URL and how to stop it. */
export interface RunningApp {
  baseUrl: string;
  output(): string;
  stop(): Promise<void>;
}

const MAIN = path.join(ROOT, 'dist', 'src', 'main.js');

/**
 * Builds the app as `npm run build` does (server and dashboard), then starts the compiled
 * server as `npm start` does, on a free port, against the run's throwaway Neo4j (NEO4J_URI,
 * set by test/harness/global-setup.ts), loading the bundled article.
 *
 * E2E_BASE_URL=http://127.0.0.1:4201 runs the tests against a server that is already up instead.
 */
export async function startApp(): Promise<RunningApp> {
  if (process.env.E2E_BASE_URL) {
    const baseUrl = process.env.E2E_BASE_URL.replace(/\/$/, '');
    await expectDashboard(baseUrl, () => '');
    return { baseUrl, output: () => '', stop: async () => undefined };
  }
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}${build.stderr}`);

  const port = await freePort();
  let output = '';
  const app: ChildProcess = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOAD_BUNDLED_DATA: 'true', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  app.stdout!.on('data', (d) => (output += d));
  app.stderr!.on('data', (d) => (output += d));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (app.exitCode !== null) return resolve();
      app.once('exit', () => resolve());
      app.kill('SIGTERM');
      setTimeout(() => app.exitCode === null && app.kill('SIGKILL'), 10_000).unref();
    });
  try {
    await waitForHealth(baseUrl, app, () => output);
    await expectDashboard(baseUrl, () => output);
    await warmUp(baseUrl);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, output: () => output, stop };
}

async function waitForHealth(baseUrl: string, app: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (app.exitCode !== null) throw new Error(`The app exited early (code ${app.exitCode}):\n${output()}`);
    try {
      const res = await fetch(`${baseUrl}/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The app did not answer /health within 120 s:\n${output()}`);
}

/**
 * Runs the dashboard's own operations once before the browser does. Right after start-up the
 * first queries compile their Cypher plans and open the full-text indexes (seconds each); on a
 * busy 2-core machine, with Chromium starting beside it, one can pass the API's request deadline
 * and answer 504, which the browser logs as a console error. These tests are about the dashboard,
 * so they start on a warm server; a query that still fails after three tries fails the run.
 */
async function warmUp(baseUrl: string): Promise<void> {
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
    [Q.POSITIONS, { topic: 'topic:tomahawk-delivery-to-ukraine' }],
    [Q.RELATIONS, { ids: [trump] }],
    [Q.CONNECTIONS, { from: 'person:keir-starmer', to: 'person:vladimir-putin', maxHops: 4, first: 5 }],
  ];
  for (const [query, variables] of operations) {
    for (let attempt = 1; ; attempt++) {
      try {
        await graphql(baseUrl, query, variables);
        break;
      } catch (error) {
        if (attempt >= 3) throw new Error(`Warming up the API failed: ${(error as Error).message}`);
      }
    }
  }
}

/** The app must serve the dashboard at `/`; say how to wire it when it does not. */
async function expectDashboard(baseUrl: string, output: () => string): Promise<void> {
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

/** Runs a GraphQL operation against the app (to compare what the page shows with the API). */
export async function graphql<T>(baseUrl: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json().catch(() => ({ errors: [{ message: `HTTP ${res.status}` }] }))) as { data?: T; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(`GraphQL errors (HTTP ${res.status}): ${body.errors.map((e) => e.message).join('; ')}`);
  return body.data as T;
}
