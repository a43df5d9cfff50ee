import { Connection } from '../../src/db/connect';
import { connectTestDatabase } from '../harness/database';
import { TestServer, startTestServer } from '../harness/server';
import { INJECTIONS } from './injections';

/**
 * What reaches a client when a request goes wrong, in the two modes: with NODE_ENV unset (how
 * `npm start` runs, and the default of every deployment) no stack trace and no internal message
 * leaves the server; only NODE_ENV=development (`npm run dev`) shows them, for the developer.
 * Hostile requests carry malformed ids and dates, as literals and as variables, and one makes a
 * resolver fail the way an unexpected bug would, with Cypher and a file path in its message.
 */
let connection: Connection;
let masked: TestServer;
let development: TestServer;

/** The marker that makes the database view below fail like a bug deep in the app. */
const EXPLODE = 'explodeinternally';
const INTERNAL_MESSAGE = 'Neo4jError: MATCH (secret:Internal) failed in /srv/stancegraph/dist/src/db/database.js:123';

beforeAll(async () => {
  connection = await connectTestDatabase();
  // A view of the database that throws on one search term, as an unexpected error would.
  const failing: Connection = {
    ...connection,
    db: connection.db.observed((_name, params) => {
      if (JSON.stringify(params).includes(EXPLODE)) throw new Error(INTERNAL_MESSAGE);
    }),
  };
  // '' is how the settings read an unset variable (jest itself sets NODE_ENV=test).
  masked = await startTestServer({ NODE_ENV: '' }, failing);
  development = await startTestServer({ NODE_ENV: 'development' }, failing);
});
afterAll(async () => {
  await masked?.stop();
  await development?.stop();
  await connection?.close();
});

/** Hostile requests: malformed ids and dates in every place they can be given, and one internal failure. */
const HOSTILE: { name: string; query: string; variables?: Record<string, unknown>; code: string }[] = [
  { name: 'a malformed id literal', query: '{ node(id: "Donald Trump") { id } }', code: 'BAD_USER_INPUT' },
  { name: 'a malformed id variable', query: 'query($id: ID!) { node(id: $id) { id } }', variables: { id: '../../etc/passwd' }, code: 'BAD_USER_INPUT' },
  { name: 'an id that is an injection', query: 'query($id: ID!) { node(id: $id) { id } }', variables: { id: INJECTIONS[0] }, code: 'BAD_USER_INPUT' },
  { name: 'a malformed speaker id in a filter', query: '{ statements(filter: { speaker: "person:" }) { totalCount } }', code: 'BAD_USER_INPUT' },
  { name: 'an impossible date literal', query: '{ statements(filter: { from: "2025-13-45" }) { totalCount } }', code: 'BAD_USER_INPUT' },
  {
    name: 'a date variable that is no date',
    query: 'query($from: Date) { statements(filter: { from: $from }) { totalCount } }',
    variables: { from: 'yesterday' },
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a date variable of the wrong type',
    query: 'query($from: Date) { statements(filter: { from: $from }) { totalCount } }',
    variables: { from: 20251017 },
    code: 'BAD_USER_INPUT',
  },
  { name: 'a failure inside a resolver', query: `{ search(query: "${EXPLODE}") { score } }`, code: 'INTERNAL_SERVER_ERROR' },
];

/** Traces of internals: a stack trace, a source path, a driver error, Cypher. */
const INTERNALS = /stacktrace|\bat .+\.(js|ts):\d+|Neo4jError|MATCH \(|\/srv\/|dist\/src/;

describe('with NODE_ENV unset (npm start)', () => {
  it.each(HOSTILE)('answers $name with $code and no internals', async ({ query, variables, code }) => {
    const res = await masked.graphql(query, variables);
    expect(res.status).toBeLessThan(600);
    expect(res.body.errors?.map((e: any) => e.extensions?.code)).toEqual([code]);
    expect(JSON.stringify(res.body)).not.toMatch(INTERNALS);
    if (code === 'BAD_USER_INPUT') {
      expect(res.status).toBeGreaterThanOrEqual(200);
      // The sentence for the client stays: it names what was wrong.
      expect(res.body.errors[0].message).toMatch(/"|Date|id/);
    } else {
      expect(res.body.errors[0].message).toBe('An internal error occurred; it has been logged.');
    }
  });
});

describe('with NODE_ENV=development (npm run dev)', () => {
  it.each(HOSTILE)('answers $name with $code and its stack trace', async ({ query, variables, code }) => {
    const res = await development.graphql(query, variables);
    expect(res.body.errors?.map((e: any) => e.extensions?.code)).toEqual([code]);
    expect(Array.isArray(res.body.errors[0].extensions.stacktrace)).toBe(true);
    expect(res.body.errors[0].extensions.stacktrace.length).toBeGreaterThan(1);
  });

  it("shows an internal error's own message", async () => {
    const res = await development.graphql(`{ search(query: "${EXPLODE}") { score } }`);
    expect(res.body.errors[0].message).toBe(INTERNAL_MESSAGE);
  });
});

describe('the same hostile requests answer the same codes in both modes', () => {
  it('differs only in what is shown', async () => {
    for (const { query, variables } of HOSTILE) {
      const [a, b] = await Promise.all([masked.graphql(query, variables), development.graphql(query, variables)]);
      expect({ query, status: a.status, codes: a.body.errors?.map((e: any) => e.extensions?.code) }).toEqual({
        query,
        status: b.status,
        codes: b.body.errors?.map((e: any) => e.extensions?.code),
      });
    }
  });
});
