import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { freePort } from '../../src/neo4j/launcher';
import { ROOT } from '../support/database';

/**
 * The start command, end to end: the compiled app starts its own embedded Neo4j, serves
 * /health, and the JVM is gone after the app stops, whether it stops cleanly or is killed.
 */
jest.setTimeout(240_000);

const MAIN = path.join(ROOT, 'dist', 'src', 'main.js');

interface Running {
  app: ChildProcess;
  port: number;
  dataDir: string;
  output: () => string;
}

beforeAll(() => {
  // The test drives the compiled app, as `npm start` does.
  const build = spawnSync('npx', ['tsc', '-p', '.'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`tsc failed:\n${build.stdout}${build.stderr}`);
});

async function startApp(dataDir: string, boltPort?: number): Promise<Running> {
  const port = await freePort();
  let output = '';
  const app = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: {
      ...process.env,
      NEO4J_URI: '',
      NEO4J_DATA_DIR: dataDir,
      NEO4J_BOLT_PORT: String(boltPort ?? (await freePort())),
      PORT: String(port),
      LOAD_BUNDLED_DATA: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  app.stdout!.on('data', (d) => (output += d));
  app.stderr!.on('data', (d) => (output += d));
  return { app, port, dataDir, output: () => output };
}

async function waitForHealth(running: Running): Promise<Response> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (running.app.exitCode !== null) throw new Error(`The app exited early:\n${running.output()}`);
    try {
      return await fetch(`http://127.0.0.1:${running.port}/health`);
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error(`The app did not answer /health in time:\n${running.output()}`);
}

/** Pids of JVMs running the embedded Neo4j on `dataDir`. */
function neo4jPids(dataDir: string): number[] {
  const ps = spawnSync('pgrep', ['-f', `stancegraph.neo4j.EmbeddedNeo4j ${dataDir}`], { encoding: 'utf8' });
  return ps.stdout.split('\n').filter(Boolean).map(Number);
}

async function waitUntil(check: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return check();
}

const exited = (p: ChildProcess) => new Promise<number | null>((r) => (p.exitCode !== null ? r(p.exitCode) : p.once('exit', (code) => r(code))));

describe('the start command', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stancegraph-lifecycle-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('serves /health with the Neo4j status, and stops the JVM on SIGTERM', async () => {
    const running = await startApp(dataDir);
    const health = await waitForHealth(running);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', neo4j: 'up' });
    expect(neo4jPids(dataDir)).toHaveLength(1);

    running.app.kill('SIGTERM');
    expect(await exited(running.app)).toBe(0);
    expect(await waitUntil(() => neo4jPids(dataDir).length === 0, 30_000)).toBe(true);
  });

  it('stops the JVM when the Node process is killed outright', async () => {
    const running = await startApp(dataDir);
    await waitForHealth(running);
    expect(neo4jPids(dataDir)).toHaveLength(1);

    running.app.kill('SIGKILL');
    await exited(running.app);
    expect(await waitUntil(() => neo4jPids(dataDir).length === 0, 30_000)).toBe(true);
  });

  it('ends with one clear sentence when the Bolt port is taken', async () => {
    const blocker = require('node:net').createServer();
    const port: number = await new Promise((r) => blocker.listen(0, '127.0.0.1', () => r(blocker.address().port)));
    try {
      const running = await startApp(dataDir, port);
      expect(await exited(running.app)).toBe(1);
      expect(running.output().trim()).toBe(
        `Port ${port} on 127.0.0.1 is already in use; stop what runs there or set NEO4J_BOLT_PORT to a free port.`,
      );
    } finally {
      blocker.close();
    }
  });
});
