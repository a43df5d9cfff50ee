import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';

import { BadInputError } from '../../errors';
import { ID_KINDS, checkId } from '../common/ids';
import { pageSize } from '../common/pagination';
import { NodeRow } from '../common/rows';
import { Context } from '../context';
import { Node } from '../node/node.type';
import { connectionRepository } from './connection.repository';
import { GraphPath, Neighbourhood } from './connection.type';
import { PATH_TYPES } from '../../vocabulary';

const MAX_HOPS = 6;
const MAX_PATHS = 10;
/** Deepest neighbourhood, and most nodes one returns. */
const MAX_DEPTH = 3;
const MAX_NEIGHBOURS = 1_000;

function primeNodes(ctx: Context, rows: NodeRow[]): NodeRow[] {
  for (const n of rows) {
    if (n.__typename === 'Statement') ctx.loaders.primeStatement(n);
    else if (n.__typename !== 'Article') ctx.loaders.primeEntity(n);
  }
  return rows;
}

@Resolver(() => GraphPath)
export class ConnectionResolver {
  /** How are these two connected? */
  @Query(() => [GraphPath], {
    description:
      'The shortest paths between two entities, shortest first, over stated relations, event participations and statements (A said something about B, reported by, stance on, made at). Relationships are followed in either direction.',
  })
  async connections(
    @Arg('from', () => ID, { description: 'The entity the paths start at.' }) from: string,
    @Arg('to', () => ID, { description: 'The entity the paths end at.' }) to: string,
    @Ctx() ctx: Context,
    @Arg('maxHops', () => Int, { nullable: true, defaultValue: 4, description: `The longest path to consider, in relationships, from 1 to ${MAX_HOPS}.` })
    maxHops?: number | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 3, description: `How many paths to return, from 1 to ${MAX_PATHS}.` }) first?: number | null,
  ): Promise<GraphPath[]> {
    checkId('from', from, ID_KINDS.entity);
    checkId('to', to, ID_KINDS.entity);
    if (from === to)
      throw new BadInputError(`Arguments "from" and "to" are both ${JSON.stringify(from)}; give two different entities.`, { argument: 'to', value: to });
    const hops = pageSize('maxHops', maxHops, 4, MAX_HOPS, 1);
    const count = pageSize('first', first, 3, MAX_PATHS, 1);
    const paths = await connectionRepository.paths(ctx.db, from, to, hops, count);
    return paths.map((p) => ({ length: p.length, relationships: p.relationships, nodeRows: p.nodes }));
  }

  @FieldResolver(() => [Node], { description: 'The nodes in path order, from `from` to `to`: entities, and the statements a path goes through.' })
  nodes(@Root() p: GraphPath, @Ctx() ctx: Context): NodeRow[] {
    return primeNodes(ctx, p.nodeRows as NodeRow[]);
  }
}

@Resolver(() => Neighbourhood)
export class NeighbourhoodResolver {
  /** What surrounds this entity? */
  @Query(() => Neighbourhood, {
    nullable: true,
    description:
      'One entity and everything within `depth` relationships of it (over what connections walk, or only `types`), with the relationships among them and their properties: the stance on TAKES_STANCE, the evidence of stated relations. Null when there is no such entity.',
  })
  async neighbourhood(
    @Arg('id', () => ID, { description: 'The entity at the centre.' }) id: string,
    @Ctx() ctx: Context,
    @Arg('depth', () => Int, { nullable: true, defaultValue: 1, description: `How many relationships out, from 1 to ${MAX_DEPTH}.` }) depth?: number | null,
    @Arg('types', () => [String], { nullable: true, description: `Only these relationship types (of ${PATH_TYPES.join(', ')}).` }) types?: string[] | null,
    @Arg('maxNodes', () => Int, { nullable: true, defaultValue: 200, description: `Most nodes returned, nearest first, from 1 to ${MAX_NEIGHBOURS}.` })
    maxNodes?: number | null,
  ): Promise<Neighbourhood | null> {
    checkId('id', id, ID_KINDS.entity);
    const hops = pageSize('depth', depth, 1, MAX_DEPTH, 1);
    const most = pageSize('maxNodes', maxNodes, 200, MAX_NEIGHBOURS, 1);
    if (types) {
      if (types.length === 0) throw new BadInputError('Argument "types" is an empty list; leave it out to walk every type.', { argument: 'types', value: [] });
      types.forEach((t, i) => {
        if (!(PATH_TYPES as readonly string[]).includes(t)) {
          throw new BadInputError(
            `Argument "types[${i}]" is ${JSON.stringify(t)}, which is not a relationship a neighbourhood walks; use ${PATH_TYPES.join(', ')}.`,
            {
              argument: `types[${i}]`,
              value: t,
            },
          );
        }
      });
    }
    const found = await connectionRepository.neighbourhood(ctx.db, id, hops, types ?? null, most);
    if (!found) return null;
    return { nodeCount: found.nodeCount, truncated: found.nodeCount > found.nodes.length, relationships: found.relationships, nodeRows: found.nodes };
  }

  @FieldResolver(() => [Node], { description: 'The nodes: the entity first, then by distance and id (entities and statements).' })
  nodes(@Root() n: Neighbourhood, @Ctx() ctx: Context): NodeRow[] {
    return primeNodes(ctx, n.nodeRows as NodeRow[]);
  }
}
