import { Field, ID, ObjectType } from 'type-graphql';

import { Count, Offset } from '../common/fields';
import { Stance } from '../statement/statement.type';

@ObjectType({ simpleResolvers: true, description: 'One relationship of a path, as stored in the graph (not necessarily in the direction the path walks it).' })
export class GraphRelationship {
  @Field(() => String, {
    description: 'The relationship type: a `RelationType`, or SAID, ABOUT, REPORTED_BY, TAKES_STANCE, AT_EVENT or PARTICIPATED_IN.',
  })
  type!: string;

  @Field(() => ID, { description: 'The id of the node the relationship starts at.' })
  from!: string;

  @Field(() => ID, { description: 'The id of the node the relationship ends at.' })
  to!: string;

  @Field(() => Stance, { nullable: true, description: 'The stance a TAKES_STANCE relationship records (null on other types).' })
  stance?: string | null;

  @Field(() => ID, { nullable: true, description: 'The article that states a stated relation or a participation (its evidence; null on statement links).' })
  articleId?: string | null;

  @Offset('Where the evidence of a stated relation starts in its article, in code points.', { nullable: true })
  start?: number | null;

  @Offset('Where that evidence ends (exclusive).', { nullable: true })
  end?: number | null;

  @Field(() => String, { nullable: true, description: 'The evidence of a stated relation: the words of the article that state it.' })
  excerpt?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A path between two entities through the graph, from `connections(from)` to `connections(to)`.' })
export class GraphPath {
  @Count('The number of relationships in the path.')
  length!: number;

  @Field(() => [GraphRelationship], { description: 'The relationships in path order, each oriented as stored (`from` → `to`).' })
  relationships!: GraphRelationship[];

  /** Resolved by ConnectionResolver: entities and statements, in path order. */
  nodeRows!: unknown[];
}

@ObjectType({
  simpleResolvers: true,
  description: "One entity's neighbourhood: the nodes within `depth` relationships of it and the relationships among them, with their properties.",
})
export class Neighbourhood {
  @Count('How many nodes are within `depth` (more than `nodes` when cut at `maxNodes`).')
  nodeCount!: number;

  @Field(() => Boolean, { description: 'True when `nodes` was cut at `maxNodes`.' })
  truncated!: boolean;

  @Field(() => [GraphRelationship], { description: 'The relationships among `nodes`, oriented as stored, with their stance or evidence.' })
  relationships!: GraphRelationship[];

  /** Resolved by NeighbourhoodResolver. */
  nodeRows!: unknown[];
}
