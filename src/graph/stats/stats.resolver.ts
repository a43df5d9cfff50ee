import { Arg, Ctx, Query, Resolver } from 'type-graphql';

import { Context } from '../context';
import { NetworkStatementFilter } from '../network/network.input';
import { statsRepository } from './stats.repository';
import { StatementStats, StatsDimension } from './stats.type';
import { statsRequest } from './stats.request';

@Resolver()
export class StatsResolver {
  /** How many statements, by whom, on what, when? */
  @Query(() => StatementStats, {
    description:
      'Statements counted by any of their speaker, topic, stance, mode, attribution, provenance, article, publisher and one unit of time, for the statements a filter picks (the filter of the networks). Empty time buckets are returned with count 0. At most 10000 groups. Computed in one database query.',
  })
  async statementStats(
    @Arg('filter', () => NetworkStatementFilter, { nullable: true, description: 'Which statements count; every statement when absent.' })
    filter: NetworkStatementFilter | null,
    @Arg('groupBy', () => [StatsDimension], { description: 'What to group by; an empty list counts all statements in one group.' }) groupBy: string[],
    @Ctx() ctx: Context,
  ): Promise<StatementStats> {
    const request = statsRequest({ filter, groupBy });
    const groups = await statsRepository.statementStats(ctx.db, request);
    return { groupBy: groupBy as StatsDimension[], groups };
  }
}
