import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';

import { BadInputError } from '../../errors';
import { prefixOf } from '../../vocabulary';
import { checkId } from '../common/ids';
import { NodeRow } from '../common/rows';
import { Context } from '../context';
import { Node } from './node.type';

const MAX_IDS = 100;

/** Looks any node up by id through the right loader: statements, articles, or entities. */
function load(ctx: Context, id: string): Promise<NodeRow | null> {
  switch (prefixOf(id)) {
    case 'statement':
      return ctx.loaders.statement.load(id);
    case 'article':
      return ctx.loaders.article.load(id);
    default:
      return ctx.loaders.entity.load(id);
  }
}

@Resolver()
export class NodeResolver {
  /** What is behind this id? */
  @Query(() => Node, { nullable: true, description: 'The entity, statement or article with this id; null when there is none.' })
  node(@Arg('id', () => ID, { description: 'A global id such as `person:donald-trump`.' }) id: string, @Ctx() ctx: Context): Promise<NodeRow | null> {
    return load(ctx, checkId('id', id));
  }

  /** What is behind these ids? */
  @Query(() => [Node], {
    nullable: 'items',
    description: `The nodes with these ids, in the same order; null for each id that matches nothing. At most ${MAX_IDS} ids.`,
  })
  nodes(@Arg('ids', () => [ID], { description: 'Global ids.' }) ids: string[], @Ctx() ctx: Context): Promise<(NodeRow | null)[]> {
    if (ids.length > MAX_IDS) {
      throw new BadInputError(`Argument "ids" holds ${ids.length} ids, but at most ${MAX_IDS} are allowed.`, { argument: 'ids', value: ids.length });
    }
    ids.forEach((id, i) => checkId(`ids[${i}]`, id));
    return Promise.all(ids.map((id) => load(ctx, id)));
  }
}
