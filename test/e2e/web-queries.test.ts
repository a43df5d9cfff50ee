import fs from 'node:fs';
import path from 'node:path';

import { GraphQLSchema, OperationDefinitionNode, buildSchema, parse, validate } from 'graphql';

import { MAX_PAGE, STATEMENT_PAGE_SIZES } from '../../web/src/api/pages';
import * as queries from '../../web/src/api/queries';
import { loadConfig } from '../../src/config';
import { createSchema } from '../../src/graph/schema';
import { costOf } from '../../src/server/limits';
import { ROOT } from '../harness/database';

/**
 * The dashboard speaks only the public API: every operation it sends (web/src/api/queries.ts)
 * must validate against the committed SDL (schema/schema.graphql) and the schema the code builds,
 * and stay under the API's default cost limit, computed by the server's own `costOf`, with the
 * largest variables the dashboard uses. This catches a renamed field or a refused query before
 * a browser ever does.
 */
const SDL = path.join(ROOT, 'schema', 'schema.graphql');

const operations: Array<[string, string]> = Object.entries(queries as Record<string, unknown>)
  .filter(([, value]) => typeof value === 'string' && /^\s*(query|mutation)\b/.test(value))
  .map(([name, value]) => [name, value as string]);

const DRAFT_ID = 'draft:3f2a9c1e-0000-4000-8000-000000000001';
const HUNDRED_IDS = Array.from({ length: 100 }, (_, i) => `statement:example-${i}`);

/** The variables of a page of statements, `first` at a time. */
const statementPage = (first: number) => ({ filter: {}, first, after: null, orderBy: 'READING_ORDER' });

/** The operations fetchStatementPage sends (web/src/api/statements.ts): a page of `statements`, `$first` at a time. */
const STATEMENT_PAGES = operations.filter(([, source]) => /\bstatements\(filter: \$filter, first: \$first\b/.test(source)).map(([name]) => name);

/** The network view's filter with every field it sets. */
const NETWORK_FILTER = {
  topics: ['topic:tomahawk-delivery-to-ukraine'],
  from: '2025-01-01',
  to: '2025-12-31',
  modes: ['DIRECT_QUOTE'],
  provenances: ['CURATED'],
};

/** The largest variables each operation is sent with. */
const WORST_CASE: Record<string, Record<string, unknown>> = {
  SEARCH: { query: 'Selenskyj', first: 30, types: null },
  OVERVIEW: {},
  ENTITY_NAME: { id: 'person:donald-trump' },
  ENTITY: { id: 'person:donald-trump' },
  STATEMENT_PAGE: statementPage(Math.max(...STATEMENT_PAGE_SIZES)),
  GRAPH_STATEMENT_PAGE: statementPage(Math.max(...STATEMENT_PAGE_SIZES)),
  STATEMENTS_BY_ID: { ids: HUNDRED_IDS },
  STATEMENT: { id: 'statement:example-1' },
  ARTICLE: { id: 'article:trump-tomahawk-2025-10', first: MAX_PAGE, after: null },
  CELL_POSITIONS: { actor: 'person:donald-trump', topic: 'topic:tomahawk-delivery-to-ukraine', first: 100 },
  MATRIX: {},
  RELATIONS: { ids: HUNDRED_IDS },
  CONNECTIONS: { from: 'person:keir-starmer', to: 'person:vladimir-putin', maxHops: 6, first: 5 },
  ENTITY_NAMES: { ids: HUNDRED_IDS },
  ARTICLE_PAGE: { id: 'article:trump-tomahawk-2025-10' },
  EDITOR_CHECK: {},
  EXTRACT_DRAFT: { text: 'Ein Text.', language: null, title: 'Ein Titel' },
  SAVE_DRAFT: { input: { title: 'Ein Titel', language: 'de', text: 'Ein Text.', entities: [], statements: [] } },
  DRAFT: { id: DRAFT_ID },
  DRAFTS: { status: 'OPEN', first: 25, after: null },
  TOUCH_DRAFT: { id: DRAFT_ID },
  PUBLISH_DRAFT: { id: DRAFT_ID, baseVersion: 1 },
  DISCARD_DRAFT: { id: DRAFT_ID, baseVersion: 1 },
  REOPEN_ARTICLE: { articleId: 'article:trump-tomahawk-2025-10' },
  PUBLICATIONS: { article: 'article:trump-tomahawk-2025-10', first: MAX_PAGE, after: null },
  ACTOR_NETWORK: { filter: NETWORK_FILTER },
  NETWORK_WINDOWS: { filter: NETWORK_FILTER },
  STANCE_STATS: { filter: NETWORK_FILTER },
  TOPIC_CHOICES: {},
};

let schema: GraphQLSchema;
let live: GraphQLSchema;
beforeAll(async () => {
  if (!fs.existsSync(SDL)) throw new Error('schema/schema.graphql is missing: the dashboard is checked against the committed SDL.');
  schema = buildSchema(fs.readFileSync(SDL, 'utf8'));
  live = await createSchema();
});

function operationOf(source: string): OperationDefinitionNode {
  return parse(source).definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
}

/** The operation's cost as the server computes it, with the server's default limits. */
function costWithDefaults(source: string, variables: Record<string, unknown>): { cost: number; limit: number } {
  const { limits } = loadConfig({});
  const document = parse(source);
  return { cost: costOf(live, document, operationOf(source), variables, limits.listSizeEstimate), limit: limits.maxCost };
}

describe('the dashboard’s GraphQL operations', () => {
  it('are all known here, with worst-case variables', () => {
    expect(operations.map(([name]) => name).sort()).toEqual(Object.keys(WORST_CASE).sort());
  });

  // A misspelt variable would leave `first` to its default and make the cost below too low.
  it.each(operations)('%s declares exactly the variables it is checked with', (name, source) => {
    const declared = (operationOf(source).variableDefinitions ?? []).map((v) => v.variable.name.value).sort();
    expect(declared).toEqual(Object.keys(WORST_CASE[name] ?? {}).sort());
  });

  it.each(operations)('%s validates against schema/schema.graphql', (_name, source) => {
    expect(validate(schema, parse(source)).map((e) => e.message)).toEqual([]);
  });

  it.each(operations)('%s validates against the schema the server builds', (_name, source) => {
    expect(validate(live, parse(source)).map((e) => e.message)).toEqual([]);
  });

  it.each(operations)('%s stays under the API’s cost limit', (name, source) => {
    const { cost, limit } = costWithDefaults(source, WORST_CASE[name] ?? {});
    expect(cost).toBeLessThanOrEqual(limit);
  });
});

describe('a page of statements with their details', () => {
  it('is what the statement lists, the CSV export and the graph send', () => {
    expect([...STATEMENT_PAGES].sort()).toEqual(['GRAPH_STATEMENT_PAGE', 'STATEMENT_PAGE']);
  });

  const sizes = STATEMENT_PAGES.flatMap((name) => STATEMENT_PAGE_SIZES.map((first) => [name, first] as const));

  it.each(sizes)('%s with first: %i stays under the API’s default cost limit', (name, first) => {
    const { cost, limit } = costWithDefaults((queries as Record<string, string>)[name], statementPage(first));
    expect(cost).toBeLessThanOrEqual(limit);
  });
});
