import { ExecutionResult, GraphQLSchema, graphql } from 'graphql';

import { Connection } from '../../src/db/connect';
import { createContext } from '../../src/graph/context';
import type { Principal } from '../../src/server/auth';
import { createSchema } from '../../src/graph/schema';
import { connectTestDatabase, loadArticle } from './database';

/** One query sent to Neo4j: its name and parameters. */
export interface Call {
  name: string;
  params: Record<string, unknown>;
}

/** The answer of an in-process operation, with the queries it sent. */
export interface Answer<T = any> {
  data: T;
  errors: ExecutionResult['errors'];
  calls: Call[];
  roundTrips: number;
}

/** The API in-process over the run's test Neo4j, with the bundled article loaded. */
export interface Api {
  connection: Connection;
  schema: GraphQLSchema;
  /** Runs one operation in a fresh request context (fresh DataLoaders), recording every query; anonymous unless `as` says who calls. */
  run<T = any>(source: string, variables?: Record<string, unknown>, as?: Principal): Promise<Answer<T>>;
  /** Like `run`, but fails the test on any GraphQL error. */
  ok<T = any>(source: string, variables?: Record<string, unknown>, as?: Principal): Promise<T>;
  close(): Promise<void>;
}

/** Connects to the run's test Neo4j, loads the bundled article and builds the schema; `close()` closes the driver. */
export async function startApi(): Promise<Api> {
  const connection = await connectTestDatabase();
  await loadArticle(connection);
  const schema = await createSchema();
  const run = async <T>(source: string, variableValues?: Record<string, unknown>, as: Principal = { role: null }): Promise<Answer<T>> => {
    const calls: Call[] = [];
    const contextValue = createContext(connection.db, {
      principal: as,
      requestId: 'test',
      listener: (name, params) => calls.push({ name, params }),
    });
    const result = await graphql({ schema, source, variableValues, contextValue });
    return { data: result.data as T, errors: result.errors, calls, roundTrips: contextValue.roundTrips.count };
  };
  return {
    connection,
    schema,
    run,
    async ok<T>(source: string, variables?: Record<string, unknown>, as?: Principal) {
      const answer = await run<T>(source, variables, as);
      expect(answer.errors ?? []).toEqual([]);
      return answer.data;
    },
    close: () => connection.close(),
  };
}

/** Ids of the bundled article's graph that tests rely on. */
export const IDS = {
  trump: 'person:donald-trump',
  zelenskyy: 'person:volodymyr-zelenskyy',
  putin: 'person:vladimir-putin',
  starmer: 'person:keir-starmer',
  peskov: 'person:dmitry-peskov',
  axios: 'org:axios',
  raytheon: 'org:raytheon',
  us: 'country:united-states',
  ukraine: 'country:ukraine',
  russia: 'country:russia',
  poland: 'country:poland',
  tomahawk: 'weapon:tomahawk',
  tomahawkDelivery: 'topic:tomahawk-delivery-to-ukraine',
  article: 'article:trump-tomahawk-2025-10',
} as const;

/** The nodes of a connection's edges. */
export function nodes<T>(connection: { edges: { node: T }[] }): T[] {
  return connection.edges.map((e) => e.node);
}
