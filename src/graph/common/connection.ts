import { Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';

import { Page, PageInfo } from './pagination';

/** How a connection's types describe their items. */
export interface ConnectionWords {
  /** The GraphQL name of the node type: `Actor` gives `ActorEdge` and `ActorConnection`. */
  name: string;
  /** One item, in a sentence: "actor". */
  singular: string;
  /** Items, in a sentence: "actors". */
  plural: string;
  /** The order of a page's items: "in order", "newest first". */
  order: string;
  /** What `totalCount` counts. */
  total: string;
}

/**
 * The Relay cursor connection of a node type (https://relay.dev/graphql/connections.htm): its
 * Edge type (cursor, node), its Connection type (edges, pageInfo, totalCount) and the resolver
 * of totalCount, which runs the page's `count` only when a client selects it. Register the
 * resolver with the schema. Every connection of the API is made here, so they all page alike.
 */
export function connectionTypes(node: () => abstract new (...args: never[]) => unknown, words: ConnectionWords) {
  @ObjectType(`${words.name}Edge`, { simpleResolvers: true, description: `One ${words.singular} in a list, with its cursor.` })
  class Edge {
    @Field(() => String, { description: `Opaque cursor of this ${words.singular}: pass it as \`after\` to continue after it.` })
    cursor!: string;

    @Field(node, { description: `The ${words.singular}.` })
    node!: unknown;
  }

  @ObjectType(`${words.name}Connection`, { simpleResolvers: true, description: `A page of ${words.plural} (Relay cursor connection).` })
  class Connection {
    @Field(() => [Edge], { description: `The ${words.plural} of this page, ${words.order}.` })
    edges!: Edge[];

    @Field(() => PageInfo, { description: `Whether more ${words.plural} follow, and the cursor to fetch them.` })
    pageInfo!: PageInfo;
  }

  @Resolver(() => Connection)
  class ConnectionResolver {
    @FieldResolver(() => Int, { description: words.total })
    totalCount(@Root() page: Page<unknown>): Promise<number> {
      return page.count();
    }
  }

  return { Edge, Connection, ConnectionResolver };
}
