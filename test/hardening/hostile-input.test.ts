import {
  GraphQLInputObjectType,
  GraphQLInputType,
  GraphQLNamedType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';

import { createSchema } from '../../src/graph/schema';

/** The schema, built once for every probe (building it is the slow part of writing one). */
const schemaOnce = createSchema();
import { graphCounts } from '../harness/database';
import { errorCodes, postGraphql } from '../harness/graphql';
import { TestServer, startTestServer } from '../harness/server';
import { INJECTIONS } from './injections';

/**
 * Hostile input: every case gets a clean 4xx (or, for injection strings, data or a clean
 * BAD_USER_INPUT), the server stays healthy, and the graph is unchanged afterwards.
 */
let server: TestServer;
let countsBefore: Record<string, number>;

const EDITOR_KEY = 'editor-key-hostile-input-0123456789';
const editor = { authorization: `Bearer ${EDITOR_KEY}` };

beforeAll(async () => {
  // Production mode: what a public deployment answers, without stack traces.
  server = await startTestServer({ NODE_ENV: 'production', API_KEYS: `editor:${EDITOR_KEY}` });
  countsBefore = await graphCounts(server.connection);
});
afterAll(async () => {
  expect(await graphCounts(server.connection)).toEqual(countsBefore);
  await server.stop();
});
afterEach(async () => {
  const health = await fetch(`${server.url}/health`);
  expect(health.status).toBe(200);
});

/** POSTs a body as it is, malformed or not. */
const post = (body: string, contentType = 'application/json') => postGraphql(server.graphqlUrl, body, { headers: { 'content-type': contentType } });

function expectRefused(res: { status: number; body: any }, code: string | RegExp): void {
  expect(res.status).toBeGreaterThanOrEqual(400);
  expect(res.status).toBeLessThan(500);
  expect(res.body.errors?.[0]?.extensions?.code).toEqual(typeof code === 'string' ? code : expect.stringMatching(code));
  expect(res.body.errors[0].message).toMatch(/\S/);
  expect(JSON.stringify(res.body)).not.toMatch(/stacktrace|at .+\.js:\d+|Neo4jError|MATCH \(/);
}

describe('query shape limits', () => {
  it('refuses a depth bomb, saying the limit and by how much', async () => {
    // Depth comes from nesting; the schema does not need to allow it for the limit to fire first.
    const bomb = `{ ${'a { '.repeat(40)}b${' }'.repeat(40)} }`;
    const res = await server.graphql(bomb);
    expectRefused(res, 'QUERY_TOO_DEEP');
    expect(res.body.errors[0].message).toBe('The operation is nested at least 11 levels deep, more than the limit of 10 (MAX_QUERY_DEPTH).');
    expect(res.body.errors[0].extensions).toMatchObject({ limit: 10 });
  });

  it('refuses an alias bomb of 1,000 aliases', async () => {
    const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: health { status }`).join(' ');
    const res = await server.graphql(`{ ${aliases} }`);
    expectRefused(res, 'TOO_MANY_ALIASES');
    expect(res.body.errors[0].message).toBe('The document uses 1000 aliases, 970 more than the limit of 30 (MAX_ALIASES).');
  });

  it('refuses too many root fields', async () => {
    const res = await server.graphql(`{ ${Array.from({ length: 25 }, () => 'health { status }').join(' ')} }`);
    expectRefused(res, 'TOO_MANY_ROOT_FIELDS');
    expect(res.body.errors[0].message).toBe('The operation selects 25 top-level fields, 5 more than the limit of 20 (MAX_ROOT_FIELDS).');
  });

  it('refuses fragment cycles without looping', async () => {
    const res = await server.graphql('query Q { health { ...A } } fragment A on Health { status ...B } fragment B on Health { neo4j ...A }');
    expectRefused(res, 'GRAPHQL_VALIDATION_FAILED');
    expect(res.body.errors[0].message).toMatch(/Cannot spread fragment "A" within itself/);
  });

  it('refuses a 1 MB document', async () => {
    const res = await server.graphql(`{ health { status } } # ${'x'.repeat(1024 * 1024)}`);
    expect(res.status).toBe(413);
    expectRefused(res, 'DOCUMENT_TOO_LARGE');
    expect(res.body.errors[0].message).toMatch(
      /^The GraphQL document is \d+ bytes, \d+ more than the limit of 32768 \(MAX_DOCUMENT_BYTES\); send long values as variables\.$/,
    );
  });

  it('refuses a body over the body limit', async () => {
    const res = await post(JSON.stringify({ query: '{ health { status } }', variables: { pad: 'x'.repeat(5 * 1024 * 1024) } }));
    expect(res.status).toBe(413);
    expectRefused(res, 'DOCUMENT_TOO_LARGE');
  });

  it('refuses batched arrays unless batching is configured', async () => {
    const res = await post(JSON.stringify([{ query: '{ health { status } }' }, { query: '{ health { neo4j } }' }]));
    expectRefused(res, 'BATCH_TOO_LARGE');
  });

  it('refuses invalid JSON', async () => {
    const res = await post('{"query": "{ health { status } }"');
    expectRefused(res, 'BAD_REQUEST');
    expect(res.body.errors[0].message).toBe('The request body is not valid JSON.');
  });

  it.each([
    ['text/plain', '{ health { status } }'],
    ['application/x-www-form-urlencoded', 'query=%7B%20health%20%7B%20status%20%7D%20%7D'],
    ['application/xml', '<query/>'],
  ])('refuses the content type %s', async (type, body) => {
    const res = await post(body, type);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });

  it("refuses a syntax error with GraphQL's own words", async () => {
    expectRefused(await server.graphql('{ health { status '), 'GRAPHQL_PARSE_FAILED');
  });
});

/** A valid value of a required argument's type: an id for strings, the first value of an enum, 1 for numbers. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return Object.fromEntries(fields.map((f) => [f.name, sample(f.type)]));
  }
  if (type.name === 'Int' || type.name === 'Float') return 1;
  if (type.name === 'Boolean') return false;
  return 'person:donald-trump';
}

/** Every string or ID argument of every query field, found from the schema itself. */
async function stringArguments(): Promise<{ field: string; path: string[]; required: Record<string, unknown> }[]> {
  const schema = await schemaOnce;
  const targets: { field: string; path: string[]; required: Record<string, unknown> }[] = [];
  const isStringy = (t: GraphQLNamedType) => isScalarType(t) && ['String', 'ID'].includes(t.name);
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    const required: Record<string, unknown> = {};
    for (const arg of field.args) {
      if (isNonNullType(arg.type) && arg.defaultValue === undefined) required[arg.name] = sample(arg.type);
    }
    for (const arg of field.args) {
      const named = getNamedType(arg.type);
      if (isStringy(named)) targets.push({ field: field.name, path: [arg.name], required });
      if (isInputObjectType(named)) {
        for (const inner of Object.values((named as GraphQLInputObjectType).getFields())) {
          if (isStringy(getNamedType(inner.type))) targets.push({ field: field.name, path: [arg.name, inner.name], required });
        }
      }
    }
  }
  return targets;
}

describe('injection strings at every string argument', () => {
  it('answers with data or a clean validation error, and leaves the graph unchanged', async () => {
    const targets = await stringArguments();
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) {
      for (const injection of INJECTIONS) {
        const variables: Record<string, unknown> = { ...target.required };
        if (target.path.length === 1) variables[target.path[0]] = injection;
        else variables[target.path[0]] = { [target.path[1]]: injection };
        // With an editor's key, so that the editors' queries (drafts, publications) are reached too.
        const res = await postGraphql(server.graphqlUrl, { query: await operationFor(target.field, variables), variables }, { headers: editor });
        const label = `${target.field}(${target.path.join('.')}) with ${JSON.stringify(injection.slice(0, 40))}`;
        expect({ label, json: typeof res.body }).toEqual({ label, json: 'object' });
        const codes = errorCodes(res.body);
        expect({ label, codes: codes.filter((c: string) => c !== 'BAD_USER_INPUT') }).toEqual({ label, codes: [] });
        expect({ label, status: res.status < 500 }).toEqual({ label, status: true });
      }
    }
    expect(await graphCounts(server.connection)).toEqual(countsBefore);
  });
});

/** An operation selecting `field` with the given variables and `__typename` (or `id`) only. */
async function operationFor(field: string, variables: Record<string, unknown>): Promise<string> {
  const schema = await schemaOnce;
  const def = schema.getQueryType()!.getFields()[field];
  const decls = def.args.filter((a) => a.name in variables).map((a) => `$${a.name}: ${a.type.toString()}`);
  const args = def.args.filter((a) => a.name in variables).map((a) => `${a.name}: $${a.name}`);
  const named = getNamedType(def.type);
  const selection = isScalarType(named) || named.astNode?.kind === 'EnumTypeDefinition' ? '' : '{ __typename }';
  return `query Probe${decls.length ? `(${decls.join(', ')})` : ''} { ${field}${args.length ? `(${args.join(', ')})` : ''} ${selection} }`;
}
