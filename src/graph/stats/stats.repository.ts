import neo4j from 'neo4j-driver';

import { Database } from '../../db/database';
import { BadInputError } from '../../errors';
import { filterParam } from '../network/network.repository';
import { MAX_STATS_GROUPS, StatsRequest, StatsRow, fillTimeBuckets } from './stats.request';

/** Named Cypher calls of statement statistics. */
export const statsRepository = {
  /** The groups of statementStats, empty time buckets filled in. */
  async statementStats(db: Database, request: StatsRequest): Promise<StatsRow[]> {
    const rows = (await db.read('network/count-statements-grouped', {
      filter: filterParam(request.filter),
      stances: request.stances,
      publisher: request.publisher,
      groupBy: request.groupBy,
      timeUnit: request.timeUnit?.toLowerCase() ?? null,
      maxGroups: neo4j.int(MAX_STATS_GROUPS),
    })) as unknown as StatsRow[];
    if (rows.length > MAX_STATS_GROUPS) {
      throw new BadInputError(`Argument "groupBy" gives more than ${MAX_STATS_GROUPS} groups; narrow the filter or group by fewer dimensions.`, {
        argument: 'groupBy',
        value: request.groupBy,
      });
    }
    return fillTimeBuckets(rows, request);
  },
};
