import { Client, fetchExchange } from '@urql/core';

import { IDS } from '../harness/api';
import { TestServer, startTestServer } from '../harness/server';

/** The part of Apollo Client's core entry this test uses. */
interface ApolloCore {
  ApolloClient: new (options: { link: unknown; cache: unknown }) => { query(options: { query: unknown }): Promise<{ data: unknown }>; stop(): void };
  HttpLink: new (options: { uri: string; fetch: typeof fetch }) => unknown;
  InMemoryCache: new () => unknown;
  gql: (source: string) => unknown;
}
// Loaded without its type declarations: they add a global `Window` interface, which changes how
// linkedom's DOM is typed in src/extract (tsc compiles src/ and test/ as one program).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ApolloClient, HttpLink, InMemoryCache, gql } = require('@apollo/client/core') as ApolloCore;

/**
 * The API as the common GraphQL clients meet it, each with its defaults: urql (which sends short
 * queries as GET with no Content-Type), Apollo Client (POST of JSON) and plain fetch (GET and
 * POST). None needs a header of its own. What stays refused: a mutation over GET and a POST a
 * cross-site form could send, the two ways a browser could write without a preflight.
 */
let server: TestServer;
beforeAll(async () => (server = await startTestServer({ NODE_ENV: '' })));
afterAll(() => server.stop());

// On the concrete type: Apollo Client's cache, without the schema's possible types, cannot tell
// that a Person is an Entity and would drop the fields of a fragment on the interface.
const QUERY = `query Trump { node(id: "${IDS.trump}") { __typename id ... on Person { name } } }`;
const EXPECTED = { node: { __typename: 'Person', id: IDS.trump, name: 'Donald Trump' } };

/** fetch, recording the method and headers of every request, so a test can say how a client sent it. */
function recordingFetch() {
  const sent: { method: string; contentType: string | null }[] = [];
  const wrapped: typeof fetch = (input, init) => {
    const headers = new Headers(init?.headers);
    sent.push({ method: (init?.method ?? 'GET').toUpperCase(), contentType: headers.get('content-type') });
    return fetch(input, init);
  };
  return { sent, fetch: wrapped };
}

describe('GraphQL clients with their defaults', () => {
  it('urql 6: a short query goes as GET with no Content-Type and is answered', async () => {
    const recorder = recordingFetch();
    const client = new Client({ url: server.graphqlUrl, exchanges: [fetchExchange], fetch: recorder.fetch });
    const result = await client.query(QUERY, {}).toPromise();
    expect(result.error).toBeUndefined();
    expect(result.data).toEqual(EXPECTED);
    expect(recorder.sent).toEqual([{ method: 'GET', contentType: null }]);
  });

  it('urql 6: a query too long for a URL goes as POST of JSON and is answered', async () => {
    const recorder = recordingFetch();
    const client = new Client({ url: server.graphqlUrl, exchanges: [fetchExchange], fetch: recorder.fetch });
    // urql prints the document again (comments dropped), so the length is in fields: the same one many times, merged into one.
    const long = QUERY.replace('{ name }', `{ name${' name'.repeat(500)} }`);
    const result = await client.query(long, {}).toPromise();
    expect(result.error).toBeUndefined();
    expect(result.data).toEqual(EXPECTED);
    expect(recorder.sent).toEqual([{ method: 'POST', contentType: 'application/json' }]);
  });

  it('Apollo Client 4 (its core entry, no React): a query is answered', async () => {
    const recorder = recordingFetch();
    const client = new ApolloClient({ link: new HttpLink({ uri: server.graphqlUrl, fetch: recorder.fetch }), cache: new InMemoryCache() });
    const result = await client.query({ query: gql(QUERY) });
    expect(result.data).toEqual(EXPECTED);
    expect(recorder.sent).toEqual([{ method: 'POST', contentType: 'application/json' }]);
    client.stop();
  });

  it('plain fetch: a GET with no headers at all and a POST of JSON are answered', async () => {
    const get = await fetch(`${server.graphqlUrl}?query=${encodeURIComponent(QUERY)}`);
    expect(get.status).toBe(200);
    expect(((await get.json()) as any).data.node.name).toBe('Donald Trump');
    const post = await fetch(server.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) });
    expect(post.status).toBe(200);
    expect(((await post.json()) as any).data.node.name).toBe('Donald Trump');
  });
});

describe('what a cross-site page could send without a preflight is still refused', () => {
  it('refuses a mutation over GET (405), even with no headers', async () => {
    const res = await fetch(`${server.graphqlUrl}?query=${encodeURIComponent('mutation { __typename }')}`);
    expect(res.status).toBe(405);
  });

  it.each([
    ['text/plain', '{"query":"mutation { __typename }"}'],
    ['application/x-www-form-urlencoded', 'query=mutation%20%7B%20__typename%20%7D'],
    ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="query"\r\n\r\nmutation { __typename }\r\n--x--\r\n'],
  ])('refuses a POST of %s with 415 and a sentence naming the type', async (type, body) => {
    const res = await fetch(server.graphqlUrl, { method: 'POST', headers: { 'content-type': type }, body });
    expect(res.status).toBe(415);
    const answer = (await res.json()) as any;
    expect(answer.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(answer.errors[0].message).toContain(`not "${type}"`);
  });

  it('sends no CORS headers, so a cross-site page cannot read an answer or preflight a write', async () => {
    const res = await fetch(server.graphqlUrl, {
      method: 'OPTIONS',
      headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const get = await fetch(`${server.graphqlUrl}?query=${encodeURIComponent(QUERY)}`, { headers: { origin: 'https://elsewhere.example' } });
    expect(get.headers.get('access-control-allow-origin')).toBeNull();
  });
});
