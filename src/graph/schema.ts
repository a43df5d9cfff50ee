import 'reflect-metadata';

import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';

import { HealthResolver } from './health/health.resolver';

/** Builds the GraphQL schema from the type-graphql classes (once per process). */
export async function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [HealthResolver],
    validate: false,
  });
}

/** The schema as SDL, sorted so that the committed `schema/schema.graphql` diffs cleanly. */
export function toSdl(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
