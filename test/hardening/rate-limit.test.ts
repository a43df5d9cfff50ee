import http from 'node:http';

import { graphCounts } from '../harness/database';
import { Exchange, errorCodes, exchange } from '../harness/graphql';
import { TestServer, startTestServer } from '../harness/server';

/**
 * Rate and cost limits over HTTP: a burst of 200 clients from one address is served as far as
 * its bucket goes and refused beyond it (429, Retry-After, RATE_LIMITED), the server stays
 * healthy and serves a key's own bucket meanwhile; every answer says its cost and the points
 * left; a dry run says the cost without running anything.
 */
let server: TestServer;
const READER_KEY = 'reader-key-rate-limit-0123456789';
/** Small buckets, so that the test can empty them; a slow refill, so that a loaded machine cannot refill them mid-burst by much. */
const ANONYMOUS_POINTS = 1_000;
const KEY_POINTS = 5_000;
const PER_SECOND = 5;

beforeAll(async () => {
  server = await startTestServer({
    NODE_ENV: '',
    API_KEYS: `monitor=reader:${READER_KEY}`,
    RATE_LIMIT_ANONYMOUS_POINTS: String(ANONYMOUS_POINTS),
    RATE_LIMIT_ANONYMOUS_POINTS_PER_SECOND: String(PER_SECOND),
    RATE_LIMIT_POINTS: String(KEY_POINTS),
    RATE_LIMIT_POINTS_PER_SECOND: String(PER_SECOND),
  });
});
afterAll(() => server.stop());

const QUERY = '{ statements(first: 5) { totalCount edges { node { id } } } }';
/** The query's cost (src/server/limits.ts), as a dry run with the key (its own bucket) says it. */
let COST: number;
beforeAll(async () => {
  COST = (await server.graphql(QUERY, undefined, { authorization: `Bearer ${READER_KEY}`, 'dry-run': 'true' })).body.extensions.rateLimit.cost;
  expect(COST).toBeGreaterThan(10);
});

describe('a burst of 200 clients from one address', () => {
  let answers: Exchange[];
  let startedAt: number;
  beforeAll(async () => {
    startedAt = Date.now();
    // 200 clients, each with a connection of its own, all sending at once.
    answers = await Promise.all(
      Array.from({ length: 200 }, () => {
        const agent = new http.Agent({ keepAlive: false });
        return exchange(server.graphqlUrl, { query: QUERY }, { agent }).finally(() => agent.destroy());
      }),
    );
  });

  it('answers every request: data as far as the bucket goes, 429 RATE_LIMITED with Retry-After beyond', () => {
    expect(answers.filter((a) => a.error)).toEqual([]);
    const served = answers.filter((a) => a.status === 200);
    const refused = answers.filter((a) => a.status === 429);
    expect(served.length + refused.length).toBe(200);
    // What the bucket held, plus what it got back while the burst lasted (a generous bound).
    const seconds = (Math.max(...answers.map((a) => a.endedAt)) - startedAt) / 1000;
    expect(served.length).toBeGreaterThanOrEqual(Math.floor(ANONYMOUS_POINTS / COST) - 1);
    expect(served.length).toBeLessThanOrEqual(Math.floor((ANONYMOUS_POINTS + PER_SECOND * (seconds + 1)) / COST) + 1);
    expect(refused.length).toBeGreaterThan(0);
    for (const answer of served) {
      expect(answer.body.data.statements.edges).toHaveLength(5);
      expect(answer.body.extensions.rateLimit).toEqual({ cost: COST, remaining: expect.any(Number), limit: ANONYMOUS_POINTS });
    }
    for (const answer of refused) {
      expect(errorCodes(answer.body)).toEqual(['RATE_LIMITED']);
      expect(answer.body.errors[0].message).toMatch(/^Requests without an API key from \S+ (have|has)/);
      expect(answer.body.errors[0].extensions.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    }
  });

  it('sends Retry-After with every 429', async () => {
    const res = await fetch(server.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });

  it('stays healthy, and serves a key from its own bucket meanwhile', async () => {
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    const keyed = await server.graphql(QUERY, undefined, { authorization: `Bearer ${READER_KEY}` });
    expect(keyed.status).toBe(200);
    // Its own full bucket less this operation, give or take what it got back while it ran.
    expect(keyed.body.extensions.rateLimit).toEqual({ cost: COST, remaining: expect.any(Number), limit: KEY_POINTS });
    expect(keyed.body.extensions.rateLimit.remaining).toBeGreaterThanOrEqual(KEY_POINTS - COST - 1);
    expect(keyed.body.extensions.rateLimit.remaining).toBeLessThan(KEY_POINTS);
  });
});

describe('cost and budget in every answer', () => {
  const keyed = { authorization: `Bearer ${READER_KEY}` };

  it('counts the points down by each operation cost', async () => {
    const first = await server.graphql('{ health { status } }', undefined, keyed);
    const second = await server.graphql(QUERY, undefined, keyed);
    expect(first.body.extensions.rateLimit.cost).toBe(2);
    expect(second.body.extensions.rateLimit.remaining).toBeLessThan(first.body.extensions.rateLimit.remaining);
  });

  it('answers a dry run (Dry-Run: true) with the cost and no data, taking 1 point', async () => {
    const before = await graphCounts(server.connection);
    const res = await server.graphql('{ statements(first: 100) { edges { node { id about { name } } } } }', undefined, { ...keyed, 'dry-run': 'true' });
    expect(res.status).toBe(200);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors).toBeUndefined();
    expect(res.body.extensions.rateLimit).toMatchObject({ cost: 1 + 100 + 100 + 100 + 100 + 100 * 20, dryRun: true, limit: KEY_POINTS });
    expect(await graphCounts(server.connection)).toEqual(before);
  });

  it('answers a dry run asked for in the request extensions, also for a mutation, without running it', async () => {
    const before = await graphCounts(server.connection);
    const res = await exchange(
      server.graphqlUrl,
      { query: 'mutation { discardDraft(id: "draft:none", baseVersion: 1) { id } }', extensions: { dryRun: true } },
      { headers: keyed },
    );
    expect(res.status).toBe(200);
    expect(res.body.data).toBeUndefined();
    expect(res.body.extensions.rateLimit).toMatchObject({ cost: 2, dryRun: true });
    expect(await graphCounts(server.connection)).toEqual(before);
  });

  it('refuses an operation over MAX_QUERY_COST even as a dry run, naming its cost', async () => {
    // Five times 4,301: more than the default 20,000.
    const page = 'statements(first: 100) { edges { node { about { id name } } } }';
    const res = await server.graphql(`{ a: ${page} b: ${page} c: ${page} d: ${page} e: ${page} }`, undefined, { ...keyed, 'dry-run': 'true' });
    expect(res.status).toBe(400);
    expect(errorCodes(res.body)).toEqual(['QUERY_TOO_COSTLY']);
    expect(res.body.errors[0].extensions.actual).toBe(5 * 4_301);
    expect(res.body.extensions.rateLimit.cost).toBe(5 * 4_301);
  });
});
