import { Field, ID, ObjectType } from 'type-graphql';

import { Count } from '../common/fields';

@ObjectType({ description: 'One relationship of a path, as stored in the graph (not necessarily in the direction the path walks it).' })
export class GraphRelationship {
  @Field(() => String, {
    description: 'The relationship type: a `RelationType`, or SAID, ABOUT, REPORTED_BY, TAKES_STANCE, AT_EVENT or PARTICIPATED_IN.',
  })
  type!: string;

  @Field(() => ID, { description: 'The id of the node the relationship starts at.' })
  from!: string;

  @Field(() => ID, { description: 'The id of the node the relationship ends at.' })
  to!: string;
}

@ObjectType({ description: 'A path between two entities through the graph, from `connections(from)` to `connections(to)`.' })
export class GraphPath {
  @Count('The number of relationships in the path.')
  length!: number;

  @Field(() => [GraphRelationship], { description: 'The relationships in path order, each oriented as stored (`from` → `to`).' })
  relationships!: GraphRelationship[];

  /** Resolved by ConnectionResolver: entities and statements, in path order. */
  nodeRows!: unknown[];
}
