import neo4j from 'neo4j-driver';
import { Arg, Args, ArgsType, Ctx, Field, ID, Int, Query, Resolver } from 'type-graphql';

import { ID_KINDS, checkId } from '../common/ids';
import { pageSize } from '../common/pagination';
import { Context } from '../context';
import { NetworkStatementFilter } from '../network/network.input';
import { networkFilter, oneOf } from '../network/network.request';
import { filterParam } from '../network/network.repository';
import { TimeUnit } from '../network/network.type';
import { StanceChange, StancePeriod } from './changes.type';
import { statsRepository } from './stats.repository';
import { statsRequest } from './stats.request';
import { StatsDimension, TIME_UNITS } from '../../vocabulary';

const MAX_CHANGES = 1_000;

@ArgsType()
class StanceChangesArgs {
  @Field(() => NetworkStatementFilter, { nullable: true, description: 'Which statements count (the filter of the networks).' })
  filter?: NetworkStatementFilter | null;

  @Field(() => Int, { nullable: true, defaultValue: 100, description: `Most changes returned, the earliest first, from 1 to ${MAX_CHANGES}.` })
  first?: number | null;
}

@Resolver()
export class StanceChangeResolver {
  /** Who changed sides on what, and when? */
  @Query(() => [StanceChange], {
    description:
      "Every change of side: an actor's SUPPORT and then its next OPPOSE of the same topic (or the reverse), with both statements and their dates, by the date of the second. Dated statements only; NEUTRAL does not count. A contradiction on one day is a change too: kept, never merged.",
  })
  async stanceChanges(@Args(() => StanceChangesArgs) args: StanceChangesArgs, @Ctx() ctx: Context): Promise<StanceChange[]> {
    const filter = networkFilter(args.filter);
    const first = pageSize('first', args.first, 100, MAX_CHANGES, 1);
    const rows = await ctx.db.read('network/find-stance-changes', {
      filter: filterParam(filter),
      levels: { SUPPORT: 1, OPPOSE: -1 },
      maxChanges: neo4j.int(first),
    });
    return (rows as unknown as StanceChange[]).slice(0, first);
  }

  /** How did this actor's stance on this topic move, period by period? */
  @Query(() => [StancePeriod], {
    description:
      "An actor's stances on a topic period by period (month by month by default), every period from its first dated statement on the topic to its last, empty ones included; `statementStats` with groupBy [MONTH, STANCE] gives the same for any filter.",
  })
  async stanceOverTime(
    @Arg('actor', () => ID, { description: 'The actor.' }) actor: string,
    @Arg('topic', () => ID, { description: 'The topic.' }) topic: string,
    @Ctx() ctx: Context,
    @Arg('unit', () => TimeUnit, { nullable: true, defaultValue: 'MONTH', description: 'The length of a period (default MONTH).' }) unit?: string | null,
  ): Promise<StancePeriod[]> {
    checkId('actor', actor, ID_KINDS.actor);
    checkId('topic', topic, ID_KINDS.topic);
    const timeUnit = oneOf('unit', unit, TIME_UNITS, 'MONTH');
    const request = statsRequest({ filter: { actors: [actor], topics: [topic] }, groupBy: [timeUnit as StatsDimension, 'STANCE'] });
    const rows = await statsRepository.statementStats(ctx.db, request);
    const periods = new Map<string, StancePeriod>();
    for (const r of rows) {
      if (r.period === null) continue;
      const p = periods.get(r.period) ?? { period: r.period, support: 0, neutral: 0, oppose: 0, net: 0 };
      if (r.stance === 'SUPPORT') p.support += r.count;
      if (r.stance === 'NEUTRAL') p.neutral += r.count;
      if (r.stance === 'OPPOSE') p.oppose += r.count;
      p.net = p.support - p.oppose;
      periods.set(r.period, p);
    }
    return [...periods.values()];
  }
}
