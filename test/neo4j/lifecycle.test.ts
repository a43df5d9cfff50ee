import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

import { buildApp, startApp, waitForHealth, waitUntil } from '../harness/app';
import { postGraphql } from '../harness/graphql';
import { neo4jPids } from '../harness/neo4j';

/**
 * The start command, end to end: the compiled app starts its own embedded Neo4j, serves
 * /health, and the JVM is gone after the app stops, whether it stops cleanly or is killed.
 */
jest.setTimeout(240_000);

beforeAll(() => buildApp());

describe('the start command', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stancegraph-lifecycle-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('serves /health with the Neo4j status, and stops the JVM on SIGTERM', async () => {
    const app = await startApp({ dataDir });
    const health = await waitForHealth(app);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', neo4j: 'up' });
    expect(neo4jPids(dataDir)).toHaveLength(1);

    app.child.kill('SIGTERM');
    expect(await app.exited()).toBe(0);
    expect(await waitUntil(() => neo4jPids(dataDir).length === 0, 30_000)).toBe(true);
  });

  it('stops the JVM when the Node process is killed outright', async () => {
    const app = await startApp({ dataDir });
    await waitForHealth(app);
    expect(neo4jPids(dataDir)).toHaveLength(1);

    app.child.kill('SIGKILL');
    await app.exited();
    expect(await waitUntil(() => neo4jPids(dataDir).length === 0, 30_000)).toBe(true);
  });

  it('keeps the graph between starts', async () => {
    const first = await startApp({ dataDir, env: { LOAD_BUNDLED_DATA: 'true' } });
    await waitForHealth(first);
    first.child.kill('SIGTERM');
    await first.exited();

    const second = await startApp({ dataDir });
    await waitForHealth(second);
    const res = await postGraphql(second.graphqlUrl, { query: '{ node(id: "person:donald-trump") { id } }' });
    expect(res).toEqual({ status: 200, body: { data: { node: { id: 'person:donald-trump' } } } });
    second.child.kill('SIGTERM');
    await second.exited();
  });

  it('ends with one clear sentence when the Bolt port is taken', async () => {
    const blocker = net.createServer();
    const port: number = await new Promise((r) => blocker.listen(0, '127.0.0.1', () => r((blocker.address() as net.AddressInfo).port)));
    try {
      const app = await startApp({ dataDir, env: { NEO4J_BOLT_PORT: String(port) } });
      expect(await app.exited()).toBe(1);
      // The structured start-up log (the memory Neo4j was given) may come first; what is not a log line is the one sentence.
      const said = app
        .output()
        .trim()
        .split('\n')
        .filter((line) => !line.startsWith('{"level":'));
      expect(said).toEqual([`Port ${port} on 127.0.0.1 is already in use; stop what runs there or set NEO4J_BOLT_PORT to a free port.`]);
    } finally {
      blocker.close();
    }
  });

  it('ends with one clear sentence when the data folder is locked by another Neo4j', async () => {
    const holder = await startApp({ dataDir });
    await waitForHealth(holder);
    try {
      const second = await startApp({ dataDir });
      expect(await second.exited()).toBe(1);
      expect(second.output().trim().split('\n').at(-1)).toBe(
        `The data folder ${dataDir} is locked by another Neo4j process; stop that process or set NEO4J_DATA_DIR to another folder.`,
      );
    } finally {
      holder.child.kill('SIGTERM');
      await holder.exited();
    }
  });

  it('ends with one clear sentence on a bad setting', async () => {
    const app = await startApp({ dataDir, env: { PORT: 'eighty' } });
    expect(await app.exited()).toBe(1);
    expect(app.output().trim()).toBe('PORT "eighty" is not a whole number between 0 and 65535.');
  });
});
