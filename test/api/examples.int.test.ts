import fs from 'node:fs';
import { Kind, parse } from 'graphql';

import { EXAMPLES_FILE, exampleOperations } from '../../src/server/playground';
import { REQUIRED_EXAMPLES } from '../harness/examples';
import { postGraphql } from '../harness/graphql';
import { TestServer, startTestServer } from '../harness/server';

/** Every example operation of the playground (schema/examples.graphql) returns data without errors. */
const source = fs.readFileSync(EXAMPLES_FILE, 'utf8');
const operations = parse(source).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);

let server: TestServer;
beforeAll(async () => (server = await startTestServer()));
afterAll(() => server.stop());

/** True when a value holds something: a non-empty list, a non-zero total, a non-null object. */
function answers(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object' && 'totalCount' in (value as object)) return (value as { totalCount: number }).totalCount > 0;
  return true;
}

describe('schema/examples.graphql', () => {
  it('holds the required named operations, each once', () => {
    const names = operations.map((op) => (op.kind === Kind.OPERATION_DEFINITION ? op.name?.value : undefined));
    expect(names.every(Boolean)).toBe(true);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining([...REQUIRED_EXAMPLES]));
    // The playground gets one tab per operation.
    expect(exampleOperations(source).map((t) => t.name)).toEqual(names);
  });

  it.each(operations.map((op) => [op.kind === Kind.OPERATION_DEFINITION ? op.name!.value : '?']))(
    '%s returns data without errors, over HTTP',
    async (operationName) => {
      const { status, body } = await postGraphql(server.graphqlUrl, { query: source, operationName });
      expect(body.errors).toBeUndefined();
      expect(status).toBe(200);
      for (const [field, value] of Object.entries(body.data)) expect({ field, answers: answers(value) }).toEqual({ field, answers: true });
    },
  );
});
