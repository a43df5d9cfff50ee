import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';

import { ID_KINDS, checkId } from '../common/ids';
import { EntityRow, StatementRow } from '../common/rows';
import { Context } from '../context';
import { Topic } from '../topic/topic.type';
import { Actor } from '../actor/actor.interface';
import { Stance, Statement } from '../statement/statement.type';
import { PositionRow } from './position.repository';
import { Position } from './position.type';
import { selectsOnlyIds, statementStubs } from './statement-stubs';

export function toPosition(p: PositionRow): Position {
  return { stance: p.stance as Stance, statementCount: p.statementIds.length, actorId: p.actor.id, topicId: p.topic.id, statementIds: p.statementIds };
}

@Resolver(() => Position)
export class PositionResolver {
  /** Who supports and who opposes this? */
  @Query(() => [Position], {
    description:
      'Every position taken on a topic: one per actor and stance, by stance (support, oppose, neutral), then actor name. Empty for an unknown topic.',
  })
  async positions(
    @Arg('topic', () => ID, { description: 'A topic id, such as `topic:tomahawk-delivery-to-ukraine`.' }) topic: string,
    @Ctx() ctx: Context,
  ): Promise<Position[]> {
    const rows = await ctx.loaders.topicPositions.load(checkId('topic', topic, ID_KINDS.topic));
    return rows.map(toPosition);
  }

  @FieldResolver(() => Actor, { description: 'Who takes the position.' })
  actor(@Root() p: Position, @Ctx() ctx: Context): Promise<EntityRow | null> {
    return ctx.loaders.entity.load(p.actorId);
  }

  @FieldResolver(() => Topic, { description: 'The topic the position is on.' })
  topic(@Root() p: Position, @Ctx() ctx: Context): Promise<EntityRow | null> {
    return ctx.loaders.entity.load(p.topicId);
  }

  /** Which statements take this stance? */
  @FieldResolver(() => [Statement], { description: 'The statements taking this stance, in reading order.' })
  async statements(@Root() p: Position, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<StatementRow[]> {
    // A popular topic has thousands of statements per position; `statements { id }` (a
    // dashboard's stance matrix, a profile's positions) is answered from the ids the position
    // query returned, without loading each statement as a full row.
    if (selectsOnlyIds(info)) return statementStubs(p.statementIds);
    const rows = await ctx.loaders.statement.loadMany(p.statementIds);
    return rows.filter((r): r is StatementRow => r !== null && !(r instanceof Error));
  }
}
