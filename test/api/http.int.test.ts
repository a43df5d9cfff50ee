import { TestServer, startTestServer } from '../harness/server';
import { IDS } from '../harness/api';
import { REQUIRED_EXAMPLES } from '../harness/examples';

/**
 * The API over HTTP as clients meet it: GraphQL over HTTP (POST, GET, media types, CSRF
 * prevention), error codes that reach the client, and the offline playground.
 */
let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server.stop());

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}${path}`, { headers });
  return { status: res.status, type: res.headers.get('content-type') ?? '', csp: res.headers.get('content-security-policy') ?? '', text: await res.text() };
}

describe('GraphQL over HTTP', () => {
  it('answers a POST of JSON', async () => {
    const res = await server.graphql(`{ node(id: "${IDS.trump}") { id ... on Entity { name } } }`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { node: { id: IDS.trump, name: 'Donald Trump' } } });
  });

  it('answers application/graphql-response+json when the client accepts it', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json;q=0.9' },
      body: JSON.stringify({ query: '{ statements(first: 1) { totalCount } }' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(((await res.json()) as any).data.statements.totalCount).toBeGreaterThan(0);
  });

  it('answers a query sent by GET, with or without a preflight header', async () => {
    const query = encodeURIComponent('{ search(query: "Polen", first: 1) { node { id } } }');
    const ok = await get(`/graphql?query=${query}`, { 'apollo-require-preflight': 'true', accept: 'application/json' });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.text)).toMatchObject({ data: { search: [{ node: { id: IDS.poland } }] } });
    const bare = await get(`/graphql?query=${query}`);
    expect(bare.status).toBe(200);
    expect(JSON.parse(bare.text)).toMatchObject({ data: { search: [{ node: { id: IDS.poland } }] } });
  });

  it('refuses a mutation sent by GET', async () => {
    const query = encodeURIComponent('mutation { __typename }');
    const res = await get(`/graphql?query=${query}`, { 'apollo-require-preflight': 'true', accept: 'application/json' });
    expect(res.status).toBe(405);
  });
});

describe('errors clients see', () => {
  it('answers null for an unknown but well-formed id', async () => {
    const res = await server.graphql('{ node(id: "person:nobody-at-all") { id } }');
    expect(res.body).toEqual({ data: { node: null } });
  });

  it('refuses a malformed id with BAD_USER_INPUT naming the argument and the value', async () => {
    const res = await server.graphql('{ node(id: "Donald Trump") { id } }');
    expect(res.body.errors[0].message).toBe(
      'Argument "id" has the malformed id "Donald Trump"; ids look like "person:donald-trump": a prefix, a colon, then lower-case words joined by hyphens.',
    );
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id', value: 'Donald Trump' });
    expect(res.body.data).toEqual({ node: null });
  });

  it('refuses an id of the wrong kind where the kind matters', async () => {
    const res = await server.graphql(`{ positions(topic: "${IDS.trump}") { stance } }`);
    expect(res.body.errors[0].message).toBe(`Argument "topic" must be a topic id such as "topic:tomahawk-delivery-to-ukraine", but got "${IDS.trump}".`);
    expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a bad Date literal with BAD_USER_INPUT naming the argument and the value', async () => {
    const res = await server.graphql('{ events(from: "2025-13-45") { id } }');
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors[0].message).toBe(
      'Argument "from" of "events" has the invalid Date "2025-13-45"; use an ISO 8601 calendar date such as "2025-10-17".',
    );
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'from', value: '2025-13-45' });
  });

  it('names the input field of a bad Date inside a filter', async () => {
    const res = await server.graphql('{ statements(filter: { to: "2025-02-30" }) { totalCount } }');
    expect(res.body.errors[0].message).toBe(
      'Argument "filter.to" of "statements" has the invalid Date "2025-02-30"; use an ISO 8601 calendar date such as "2025-10-17".',
    );
    expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a bad Date variable with BAD_USER_INPUT naming the variable and the value', async () => {
    const res = await server.graphql('query($d: Date) { events(to: $d) { id } }', { d: '17.10.2025' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toMatch(
      /^Variable "\$d" got invalid value "17\.10\.2025"; .*"17\.10\.2025" is not a valid Date; use an ISO 8601 calendar date such as "2025-10-17"\.$/,
    );
    expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a date range that ends before it starts', async () => {
    const res = await server.graphql('{ events(from: "2025-10-18", to: "2025-10-17") { id } }');
    expect(res.body.errors[0].message).toBe('Argument "from" (2025-10-18) is after "to" (2025-10-17); no day can be in that range.');
    expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it.each([
    ['maxHops: 0', 'Argument "maxHops" is 0, but it must be a whole number from 1 to 6.'],
    ['maxHops: 7', 'Argument "maxHops" is 7, but it must be a whole number from 1 to 6.'],
    ['first: 11', 'Argument "first" is 11, but it must be a whole number from 1 to 10.'],
    ['first: 0', 'Argument "first" is 0, but it must be a whole number from 1 to 10.'],
  ])('refuses connections(%s) with BAD_USER_INPUT', async (arg, message) => {
    const res = await server.graphql(`{ connections(from: "${IDS.starmer}", to: "${IDS.putin}", ${arg}) { length } }`);
    expect(res.body.errors[0].message).toBe(message);
    expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('the offline playground', () => {
  const assetsOf = (html: string) => [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);

  it.each([
    ['/playground', {}],
    ['/graphql', { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' }],
  ])('serves GraphiQL at %s from the app itself, with the example operations', async (path, headers) => {
    const page = await get(path, headers);
    expect(page.status).toBe(200);
    expect(page.type).toMatch(/^text\/html/);
    expect(page.text).toContain('<title>stancegraph · GraphQL playground</title>');
    // Nothing is loaded from elsewhere, and the policy forbids it.
    expect(page.text).not.toMatch(/https?:\/\//);
    expect(page.csp).toMatch(/default-src 'self'/);
    expect(page.csp).toMatch(/connect-src 'self'/);
    for (const name of REQUIRED_EXAMPLES) {
      expect(page.text).toContain(`query ${name}`);
    }
  });

  it('serves every file the page loads', async () => {
    const page = await get('/playground');
    const assets = assetsOf(page.text).filter((a) => !a.startsWith('data:'));
    expect(assets).toEqual(
      expect.arrayContaining([
        '/playground/assets/graphiql.min.css',
        '/playground/assets/react.production.min.js',
        '/playground/assets/react-dom.production.min.js',
        '/playground/assets/graphiql.min.js',
        '/playground/assets/playground.js',
      ]),
    );
    for (const asset of assets) {
      const res = await get(asset);
      expect({ asset, status: res.status }).toEqual({ asset, status: 200 });
      expect(res.type).toMatch(asset.endsWith('.css') ? /^text\/css/ : /^text\/javascript/);
      expect(res.text.length).toBeGreaterThan(20);
    }
    expect((await get('/playground/assets/playground.js')).text).toContain('createFetcher({ url: "/graphql" })');
  });

  it('answers 404 for an asset it does not have', async () => {
    expect((await get('/playground/assets/evil.js')).status).toBe(404);
    expect((await get('/playground/assets/..%2F..%2Fpackage.json')).status).toBe(404);
  });

  it("replaces Apollo's landing page (which loads from a CDN)", async () => {
    const page = await get('/graphql', { accept: 'text/html' });
    expect(page.text).not.toMatch(/apollo|embeddable-sandbox|cdn/i);
  });
});
