import path from 'node:path';
import pino from 'pino';

import { Database } from '../../src/db/database';
import { loadQueries } from '../../src/db/queries';
import { freePort } from '../../src/neo4j/launcher';

import { exampleOperations } from '../../src/server/playground';
import { warmUp } from '../../src/server/warm-up';
import { ROOT } from '../harness/database';
import { TestServer, startTestServer } from '../harness/server';

/** The start-up warm-up answers every example query in-process, within its budget. */
let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server.stop());

const silent = pino({ level: 'silent' });

it('answers every example query once, without errors', async () => {
  const result = await warmUp(server.app.apollo, server.connection.db, silent, 120_000, 10_000);
  expect(result.operations).toBe(exampleOperations().length);
  expect(result.failed).toBe(0);
});

it('stops at its budget and reports what it skipped', async () => {
  const warnings: string[] = [];
  const log = pino({ level: 'warn' }, { write: (line: string) => warnings.push(JSON.parse(line).msg) });
  const result = await warmUp(server.app.apollo, server.connection.db, log, 0, 10_000);
  expect(result.operations).toBe(0);
  expect(warnings).toEqual([expect.stringMatching(/^Warm-up stopped after 0 of \d+ example queries \(budget 0 ms\)/)]);
});

it('counts a failing operation and goes on', async () => {
  // A database nothing listens for, as when Neo4j goes away during the warm-up.
  const gone = Database.connect(`bolt://127.0.0.1:${await freePort()}`, { user: 'neo4j', password: '' }, loadQueries(path.join(ROOT, 'cypher')), {
    database: 'neo4j',
    requestTimeoutMs: 2_000,
  });
  try {
    const result = await warmUp(server.app.apollo, gone, silent, 120_000, 2_000);
    expect(result.operations).toBe(exampleOperations().length);
    expect(result.failed).toBe(exampleOperations().length);
  } finally {
    await gone.close();
  }
});
