import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';

import { Page } from '../common/pagination';
import { DateScalar, checkDateRange } from '../common/dates';
import { EntityRow, StatementRow } from '../common/rows';
import { Context } from '../context';
import { Event } from './event.type';
import { Actor } from '../actor/actor.interface';
import { StatementListArgs } from '../statement/statement.args';
import { statementConnection } from '../statement/statement.connection';
import { StatementConnection } from '../statement/statement.type';
import { eventRepository } from './event.repository';

const MAX_EVENTS = 500;

@Resolver(() => Event)
export class EventResolver {
  /** What happened, and when? */
  @Query(() => [Event], {
    description: `Events ordered by date, then name (the first ${MAX_EVENTS}). With \`from\` or \`to\`, only events dated in that range (inclusive); without, all events, undated ones last.`,
  })
  async events(
    @Ctx() ctx: Context,
    @Arg('from', () => DateScalar, { nullable: true, description: 'First day of the range (inclusive).' }) from?: string | null,
    @Arg('to', () => DateScalar, { nullable: true, description: 'Last day of the range (inclusive).' }) to?: string | null,
  ): Promise<EntityRow[]> {
    checkDateRange('from', from, 'to', to);
    const rows = await eventRepository.between(ctx.db, from ?? null, to ?? null, MAX_EVENTS);
    rows.forEach(ctx.loaders.primeEntity);
    return rows;
  }

  /** Who took part? */
  @FieldResolver(() => [Actor], { description: 'The actors that took part, by name.' })
  participants(@Root() e: EntityRow, @Ctx() ctx: Context): Promise<EntityRow[]> {
    return ctx.loaders.participants.load(e.id);
  }

  /** What was said there? */
  @FieldResolver(() => StatementConnection, { description: 'Statements made at this event, paged; reading order by default.' })
  statements(@Root() e: EntityRow, @Args(() => StatementListArgs) args: StatementListArgs, @Ctx() ctx: Context): Promise<Page<StatementRow>> {
    return statementConnection(ctx, args, 'event', e.id);
  }
}
