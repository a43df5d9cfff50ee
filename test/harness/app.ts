import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { projectRoot } from '../../src/config';
import { freePort } from '../../src/neo4j/launcher';

const ROOT = projectRoot();
const MAIN = path.join(ROOT, 'dist', 'src', 'main.js');

/** How to start the compiled app. */
export interface AppOptions {
  /** The Neo4j to use (NEO4J_URI); by default the app starts its own embedded one. */
  neo4jUri?: string;
  /**
   * The embedded Neo4j's data folder, kept afterwards; by default a temporary folder that
   * `stop()` removes. Ignored with `neo4jUri`.
   */
  dataDir?: string;
  /**
   * More environment variables; they win over the harness's (which set HOST, PORT, NEO4J_*,
   * LOAD_BUNDLED_DATA=false and turn the rate limits off: RATE_LIMIT_POINTS=0, RATE_LIMIT_ANONYMOUS_POINTS=0).
   */
  env?: Record<string, string>;
}

/** The compiled app (dist/src/main.js) running as a child process, as `npm start` runs it. */
export interface AppProcess {
  child: ChildProcess;
  port: number;
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** `<url>/graphql` */
  graphqlUrl: string;
  /** The embedded Neo4j's data folder (undefined with `neo4jUri`). */
  dataDir?: string;
  /** Everything it has printed so far, stdout and stderr interleaved. */
  output(): string;
  /** Resolves with its exit code (null when a signal ended it) once it has exited. */
  exited(): Promise<number | null>;
  /** Stops it (see stopProcess) and removes the data folder the harness made for it. */
  stop(): Promise<number | null>;
}

/** Compiles the server (`npm run build:server`), or with `dashboard` everything `npm run build` builds; throws with the compiler's output. */
export function buildApp(what: 'server' | 'server and dashboard' = 'server'): void {
  const [command, args] = what === 'server' ? ['npm', ['run', 'build:server', '--silent']] : ['npm', ['run', 'build', '--silent']];
  const build = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`${[command, ...args].join(' ')} failed:\n${build.stdout}${build.stderr}`);
}

/**
 * Spawns the compiled app (build it first: buildApp) on a free loopback port and returns at
 * once; waitForHealth waits for it to serve. Without `neo4jUri` the app starts its own embedded
 * Neo4j on a free Bolt port.
 */
export async function startApp(options: AppOptions = {}): Promise<AppProcess> {
  const port = await freePort();
  const ownFolder = !options.neo4jUri && !options.dataDir;
  const dataDir = options.neo4jUri ? undefined : (options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'stancegraph-app-')));
  const neo4j = options.neo4jUri ? { NEO4J_URI: options.neo4jUri } : { NEO4J_URI: '', NEO4J_DATA_DIR: dataDir!, NEO4J_BOLT_PORT: String(await freePort()) };
  let output = '';
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...neo4j,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOAD_BUNDLED_DATA: 'false',
      // Tests, the load test and the soak send many requests from one address; a test of the limit sets its own.
      RATE_LIMIT_POINTS: '0',
      RATE_LIMIT_ANONYMOUS_POINTS: '0',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exit = exitOf(child);
  const url = `http://127.0.0.1:${port}`;
  return {
    child,
    port,
    url,
    graphqlUrl: `${url}/graphql`,
    dataDir,
    output: () => output,
    exited: () => exit,
    async stop() {
      const code = await stopProcess(child);
      if (ownFolder) fs.rmSync(dataDir!, { recursive: true, force: true });
      return code;
    },
  };
}

/**
 * Polls the app's /health until it answers, and resolves with that answer: any status, or with
 * `ok` only a 2xx one. Fails with the app's output when it exits first or `ms` pass.
 */
export async function waitForHealth(app: AppProcess, options: { ok?: boolean; ms?: number } = {}): Promise<Response> {
  const ms = options.ms ?? 180_000;
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (app.child.exitCode !== null) throw new Error(`The app exited early (code ${app.child.exitCode}):\n${app.output()}`);
    const health = await fetch(`${app.url}/health`).catch(() => undefined);
    if (health && (!options.ok || health.ok)) return health;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The app did not answer /health${options.ok ? ' with 200' : ''} within ${ms / 1000} s:\n${app.output()}`);
}

/** startApp, then waitForHealth({ ok: true }); an app that does not become healthy is stopped before this throws. */
export async function startHealthyApp(options: AppOptions = {}): Promise<AppProcess> {
  const app = await startApp(options);
  try {
    await waitForHealth(app, { ok: true });
  } catch (error) {
    await app.stop();
    throw error;
  }
  return app;
}

/**
 * Stops a child process: SIGTERM, SIGKILL if it still runs after `graceMs`. Resolves with its
 * exit code (null after a signal) once it has exited; at once if it already had.
 */
export async function stopProcess(child: ChildProcess, graceMs = 10_000): Promise<number | null> {
  const exit = exitOf(child);
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exit;
    clearTimeout(timer);
  }
  return exit;
}

/** The exit code of `child` once it has exited. */
function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** Polls `check` until it holds or `ms` pass; returns its last answer. */
export async function waitUntil(check: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return check();
}
