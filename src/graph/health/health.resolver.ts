import { Ctx, Query, Resolver } from 'type-graphql';

import { Context } from '../context';
import { Health } from './health.type';

@Resolver()
export class HealthResolver {
  /** Is the service up, and does its database answer? */
  @Query(() => Health, { description: 'Whether the service and its database answer.' })
  async health(@Ctx() ctx: Context): Promise<Health> {
    const up = await ctx.db.ping();
    return { status: up ? 'ok' : 'degraded', neo4j: up ? 'up' : 'down' };
  }
}
