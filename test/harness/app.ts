import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

import { freePort } from '../../src/neo4j/launcher';
import { ROOT } from './database';

/** The compiled app running as a child process, as `npm start` runs it. */
export interface AppProcess {
  child: ChildProcess;
  port: number;
  url: string;
  output(): string;
  exited(): Promise<number | null>;
}

const MAIN = path.join(ROOT, 'dist', 'src', 'main.js');

/** Compiles the app (tests drive dist/, as `npm start` does). */
export function buildApp(): void {
  const build = spawnSync('npx', ['tsc', '-p', '.'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`tsc failed:\n${build.stdout}${build.stderr}`);
}

/** Starts the compiled app with its own embedded Neo4j in `dataDir` (or `env.NEO4J_URI`). */
export async function startAppProcess(dataDir: string, env: Record<string, string> = {}): Promise<AppProcess> {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: {
      ...process.env,
      NEO4J_URI: '',
      NEO4J_DATA_DIR: dataDir,
      NEO4J_BOLT_PORT: String(await freePort()),
      PORT: String(port),
      LOAD_BUNDLED_DATA: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, port, url: `http://127.0.0.1:${port}`, output: () => output, exited: () => exit };
}

/** Waits until the app answers /health (any status), or fails with its output. */
export async function waitForHealth(app: AppProcess, ms = 180_000): Promise<Response> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (app.child.exitCode !== null) throw new Error(`The app exited early:\n${app.output()}`);
    try {
      return await fetch(`${app.url}/health`);
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error(`The app did not answer /health in time:\n${app.output()}`);
}

/** Pids of JVMs running the embedded Neo4j on `dataDir`. */
export function neo4jPids(dataDir: string): number[] {
  const ps = spawnSync('pgrep', ['-f', `stancegraph.neo4j.EmbeddedNeo4j ${dataDir}`], { encoding: 'utf8' });
  return ps.stdout.split('\n').filter(Boolean).map(Number);
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
