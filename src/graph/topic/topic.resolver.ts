import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';

import { EntityRow } from '../common/rows';
import { Context } from '../context';
import { Topic } from './topic.type';
import { Position } from '../position/position.type';
import { topicPositions } from '../position/position.resolver';
import { PositionRow } from '../position/position.repository';
import { topicRepository } from './topic.repository';

const MAX_TOPICS = 500;

@Resolver(() => Topic)
export class TopicResolver {
  /** Which topics do actors take positions on? */
  @Query(() => [Topic], { description: `Topics by name, ignoring case (the first ${MAX_TOPICS}).` })
  async topics(
    @Ctx() ctx: Context,
    @Arg('withPositions', () => Boolean, { nullable: true, defaultValue: false, description: 'true: only topics some statement takes a stance on.' })
    withPositions?: boolean | null,
  ): Promise<EntityRow[]> {
    const rows = await topicRepository.list(ctx.db, withPositions ?? false, MAX_TOPICS);
    rows.forEach(ctx.loaders.primeEntity);
    return rows;
  }

  /** Who stands where on this topic? */
  @FieldResolver(() => [Position], { description: 'Every position taken on this topic: one per actor and stance, with the statements taking it.' })
  positions(@Root() t: EntityRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<PositionRow[]> {
    return topicPositions(ctx, info, t.id);
  }
}
