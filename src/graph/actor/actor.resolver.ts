import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';

import { PageArgs } from '../common/page.args';
import { ID_KINDS, checkOptionalId } from '../common/ids';
import { Page, keyset, pageOf, pageSize } from '../common/pagination';
import { EntityRow, StatementRow } from '../common/rows';
import { Context } from '../context';
import { Event } from '../event/event.type';
import { Actor } from './actor.interface';
import { actorPositionLoader } from '../position/position.loader';
import { Position } from '../position/position.type';
import { PositionRow } from '../position/position.repository';
import { positionSelection } from '../position/selection';
import { StatementListArgs } from '../statement/statement.args';
import { statementConnection } from '../statement/statement.connection';
import { StatementConnection } from '../statement/statement.type';
import { ActorFilter } from './actor.input';
import { ActorFilterValues, ActorKey, actorRepository } from './actor.repository';
import { ActorConnection, ActorOrder } from './actor.type';

/** Actor lists sort by (countKey, nameKey, id); see cypher/actor/page-actors. */
const ACTOR_KEYSET = keyset<ActorKey>([
  ['countKey', 'number'],
  ['nameKey', 'string'],
  ['id', 'string'],
]);

function actorFilterValues(filter: ActorFilter | null | undefined): ActorFilterValues {
  const f = filter ?? {};
  return {
    type: f.type ?? null,
    name: f.name === null || f.name === undefined || f.name.trim() === '' ? null : f.name.trim().toLowerCase(),
    topic: checkOptionalId('filter.topic', f.topic, ID_KINDS.topic),
    stance: f.stance ?? null,
    article: checkOptionalId('filter.article', f.article, ID_KINDS.article),
    anonymous: f.anonymous ?? null,
  };
}

@Resolver(() => Actor)
export class ActorResolver {
  /** Who speaks in the articles? */
  @Query(() => ActorConnection, { description: 'Persons, organizations, countries and groups, filtered and paged; by name unless `orderBy` says otherwise.' })
  async actors(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
    @Arg('filter', () => ActorFilter, { nullable: true, description: 'Narrows the list; see `ActorFilter`.' }) filter?: ActorFilter | null,
    @Arg('orderBy', () => ActorOrder, { nullable: true, defaultValue: ActorOrder.NAME, description: 'The order of the list (default: by name).' })
    orderBy?: ActorOrder | null,
  ): Promise<Page<EntityRow>> {
    const order = orderBy ?? ActorOrder.NAME;
    const first = pageSize('first', page.first);
    const tag = `actors:${order}`;
    const after = ACTOR_KEYSET.decode('after', page.after, tag);
    const values = actorFilterValues(filter);
    const rows = await actorRepository.page(ctx.db, values, order, after, first);
    rows.forEach((r) => ctx.loaders.primeEntity(r.entity));
    return pageOf(
      rows,
      { first, after },
      (r) => r.entity,
      (r) => ACTOR_KEYSET.encode(tag, r.key),
      () => actorRepository.count(ctx.db, values),
    );
  }

  /** What did this actor say? */
  @FieldResolver(() => StatementConnection, { description: 'Statements made by this actor, filtered and paged; reading order by default.' })
  statements(@Root() a: EntityRow, @Args(() => StatementListArgs) args: StatementListArgs, @Ctx() ctx: Context): Promise<Page<StatementRow>> {
    return statementConnection(ctx, args, 'speaker', a.id);
  }

  /** Where does this actor stand? */
  @FieldResolver(() => [Position], { description: "This actor's positions: one per topic and stance taken, with the statements taking it." })
  positions(
    @Root() a: EntityRow,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('topic', () => ID, { nullable: true, description: 'Only positions on this topic (`topic:...`).' }) topic?: string | null,
  ): Promise<PositionRow[]> {
    const id = checkOptionalId('topic', topic, ID_KINDS.topic);
    return actorPositionLoader(ctx.db, ctx.loaders.args, ctx.loaders.primeEntity, id, positionSelection(info)).load(a.id);
  }

  /** Which events did this actor take part in? */
  @FieldResolver(() => [Event], { description: 'Events this actor took part in, by date (undated last).' })
  events(@Root() a: EntityRow, @Ctx() ctx: Context): Promise<EntityRow[]> {
    return ctx.loaders.actorEvents.load(a.id);
  }
}
