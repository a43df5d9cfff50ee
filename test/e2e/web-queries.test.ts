import fs from 'node:fs';
import path from 'node:path';

import { GraphQLSchema, OperationDefinitionNode, buildSchema, parse, validate } from 'graphql';

import * as queries from '../../web/src/api/queries';
import { loadConfig } from '../../src/config';
import { createSchema } from '../../src/graph/schema';
import { costOf } from '../../src/server/limits';
import { ROOT } from '../support/database';

/**
 * The dashboard speaks only the public API: every operation it sends (web/src/api/queries.ts)
 * must validate against the committed SDL (schema/schema.graphql) and the schema the code builds,
 * and stay under the API's
 * cost limit with the largest variables the dashboard uses. This catches a renamed field or a
 * refused query before a browser ever does.
 */
const SDL = path.join(ROOT, 'schema', 'schema.graphql');

const operations: Array<[string, string]> = Object.entries(queries as Record<string, unknown>)
  .filter(([, value]) => typeof value === 'string' && /^\s*(query|mutation)\b/.test(value))
  .map(([name, value]) => [name, value as string]);

const HUNDRED_IDS = Array.from({ length: 100 }, (_, i) => `statement:example-${i}`);

/** The largest variables each operation is sent with. */
const WORST_CASE: Record<string, Record<string, unknown>> = {
  SEARCH: { query: 'Selenskyj', first: 30, types: null },
  OVERVIEW: {},
  ENTITY_NAME: { id: 'person:donald-trump' },
  ENTITY: { id: 'person:donald-trump' },
  STATEMENT_PAGE: { filter: {}, first: 100, after: null, orderBy: 'READING_ORDER' },
  STATEMENTS_BY_ID: { ids: HUNDRED_IDS },
  GRAPH_STATEMENTS_BY_ID: { ids: HUNDRED_IDS },
  ARTICLE_STATEMENTS_BY_ID: { ids: HUNDRED_IDS },
  STATEMENT: { id: 'statement:example-1' },
  ARTICLE: { id: 'article:trump-tomahawk-2025-10', first: 100, after: null },
  POSITIONS: { topic: 'topic:tomahawk-delivery-to-ukraine' },
  MATRIX: {},
  RELATIONS: { ids: HUNDRED_IDS },
  CONNECTIONS: { from: 'person:keir-starmer', to: 'person:vladimir-putin', maxHops: 6, first: 5 },
};

let schema: GraphQLSchema;
let live: GraphQLSchema;
beforeAll(async () => {
  if (!fs.existsSync(SDL)) throw new Error('schema/schema.graphql is missing: the dashboard is checked against the committed SDL.');
  schema = buildSchema(fs.readFileSync(SDL, 'utf8'));
  live = await createSchema();
});

describe('the dashboard’s GraphQL operations', () => {
  it('are all known here, with worst-case variables', () => {
    expect(operations.map(([name]) => name).sort()).toEqual(Object.keys(WORST_CASE).sort());
  });

  it.each(operations)('%s validates against schema/schema.graphql', (_name, source) => {
    expect(validate(schema, parse(source)).map((e) => e.message)).toEqual([]);
  });

  it.each(operations)('%s validates against the schema the server builds', (_name, source) => {
    expect(validate(live, parse(source)).map((e) => e.message)).toEqual([]);
  });

  it.each(operations)('%s stays under the API’s cost limit', (name, source) => {
    const { limits } = loadConfig({});
    const document = parse(source);
    const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
    const cost = costOf(live, document, operation, WORST_CASE[name] ?? {}, limits.listSizeEstimate);
    expect(cost).toBeLessThanOrEqual(limits.maxCost);
  });
});
