import { AuditResult, auditServer } from 'graphql-http';

import { TestServer, startTestServer } from '../harness/server';

/**
 * graphql-http's audit of the GraphQL-over-HTTP spec against the real server, as deployed
 * (production mode, GET queries answered without a preflight header). Every MUST passes; the SHOULD and MAY audits that do
 * not are exactly the ones listed in the README, each a deliberate choice.
 */
let server: TestServer;
let results: AuditResult[];

beforeAll(async () => {
  server = await startTestServer({ NODE_ENV: 'production' });
  results = await auditServer({ url: `${server.url}/graphql` });
});
afterAll(() => server.stop());

function failing(status: 'error' | 'warn' | 'notice'): string[] {
  return results
    .filter((r) => r.status === status)
    .map((r) => `${r.id} ${r.name}`)
    .sort();
}

it('runs the whole audit', () => {
  // The audit has dozens of checks; a handful would mean it could not reach the server.
  expect(results.length).toBeGreaterThan(30);
  expect(results.filter((r) => r.status === 'ok').length).toBeGreaterThan(30);
});

it('reports no error', () => {
  expect(failing('error')).toEqual([]);
});

it('warns only where the README says why: 400 for documents that cannot run, under application/json', () => {
  expect(failing('warn')).toEqual([
    '572B SHOULD use 200 status code on document parsing failure when accepting application/json',
    '7B9B SHOULD use a status code of 200 on variable coercion failure when accepting application/json',
    'FDE2 SHOULD use 200 status code on document validation failure when accepting application/json',
  ]);
});

it('notes nothing: GET requests need no preflight header', () => {
  expect(failing('notice')).toEqual([]);
});

it('answers GET queries with or without the preflight header', async () => {
  const both: Record<string, string>[] = [{ accept: 'application/graphql-response+json', 'apollo-require-preflight': 'true' }, {}];
  for (const headers of both) {
    const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ health { status } }')}`, { headers });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { health: { status: 'ok' } } });
  }
});
