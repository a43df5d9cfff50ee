import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';

import { BadInputError } from '../../errors';
import { ID_KINDS, checkId } from '../common/ids';
import { pageSize } from '../common/pagination';
import { NodeRow } from '../common/rows';
import { Context } from '../context';
import { Node } from '../node/node.type';
import { connectionRepository } from './connection.repository';
import { GraphPath } from './connection.type';

const MAX_HOPS = 6;
const MAX_PATHS = 10;

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
    for (const n of p.nodeRows as NodeRow[]) {
      if (n.__typename === 'Statement') ctx.loaders.primeStatement(n);
      else if (n.__typename !== 'Article') ctx.loaders.primeEntity(n);
    }
    return p.nodeRows as NodeRow[];
  }
}
