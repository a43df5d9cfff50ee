import 'reflect-metadata';

import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';

import { ActorResolver } from './actor/actor.resolver';
import { ActorConnectionResolver } from './actor/actor.type';
import { ArticleResolver, EvidenceArticleResolver, MentionArticleResolver, MentionResolver } from './article/article.resolver';
import { ArticleConnectionResolver } from './article/article.type';
import { DateScalar } from './common/dates';
import { ConnectionResolver, NeighbourhoodResolver } from './connection/connection.resolver';
import { EntityResolver, FactResolver, PersonResolver, StatedRelationResolver, WeaponResolver } from './entity/entity.resolver';
import { EventResolver } from './event/event.resolver';
import { HealthResolver } from './health/health.resolver';
import { DraftResolver, ArticleReviewResolver } from './draft/draft.resolver';
import { DraftConnectionResolver } from './draft/draft.type';
import { PublicationConnectionResolver } from './draft/publication.type';
import { IngestResolver } from './ingest/ingest.resolver';
import { NetworkResolver } from './network/network.resolver';
import { NodeResolver } from './node/node.resolver';
import { PositionResolver } from './position/position.resolver';
import { StatsResolver } from './stats/stats.resolver';
import { StanceChangeResolver } from './stats/changes.resolver';
import { SearchResolver } from './search/search.resolver';
import { StanceOnResolver, StatementArticleResolver, StatementResolver } from './statement/statement.resolver';
import { StatementConnectionResolver } from './statement/statement.type';
import { TopicResolver } from './topic/topic.resolver';

/** Every resolver of the public API, plus health and ingest. */
const API_RESOLVERS = [
  NodeResolver,
  EntityResolver,
  PersonResolver,
  WeaponResolver,
  StatedRelationResolver,
  FactResolver,
  ActorResolver,
  ActorConnectionResolver,
  StatementResolver,
  StatementArticleResolver,
  StanceOnResolver,
  StatementConnectionResolver,
  PositionResolver,
  TopicResolver,
  EventResolver,
  ArticleResolver,
  ArticleConnectionResolver,
  EvidenceArticleResolver,
  MentionArticleResolver,
  MentionResolver,
  SearchResolver,
  ConnectionResolver,
  NeighbourhoodResolver,
  NetworkResolver,
  StatsResolver,
  StanceChangeResolver,
] as const;

/**
 * Builds the GraphQL schema from the type-graphql classes (once per process). Every object type
 * is declared `simpleResolvers: true`: its plain fields are read by graphql-js's default resolver
 * instead of a type-graphql wrapper per field that runs the middleware and auth stack, which this
 * API does not use (no middlewares, no auth checker: keys are checked per operation). The actor
 * profile question spent 12.6 ms of server CPU per request with the wrappers, 9.0 without.
 */
export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [...API_RESOLVERS, HealthResolver, IngestResolver, DraftResolver, DraftConnectionResolver, ArticleReviewResolver, PublicationConnectionResolver],
    scalarsMap: [{ type: Date, scalar: DateScalar }],
    validate: false,
  });
  // type-graphql cannot describe the root types; the SDL and the playground show these.
  const query = schema.getQueryType();
  if (query)
    query.description =
      'Questions about political actors, what they said about whom, their positions and how they are connected, with evidence from the articles.';
  const mutation = schema.getMutationType();
  if (mutation && !mutation.description) mutation.description = 'Changes to the graph (loading articles); they need an API key with the right role.';
  return schema;
}

/** The schema as SDL, sorted so that the committed `schema/schema.graphql` diffs cleanly. */
export function toSdl(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
