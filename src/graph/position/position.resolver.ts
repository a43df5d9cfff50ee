import { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';

import { ID_KINDS, checkId } from '../common/ids';
import { PageArgs } from '../common/page.args';
import { Page, pageSize } from '../common/pagination';
import { EntityRow, StatementRow } from '../common/rows';
import { Context } from '../context';
import { Topic } from '../topic/topic.type';
import { Actor } from '../actor/actor.interface';
import { StatementListArgs, statementCursor } from '../statement/statement.args';
import { statementConnection } from '../statement/statement.connection';
import { StatementConnection, StatementOrder } from '../statement/statement.type';
import { positionStatementIdsLoader, topicPositionLoader } from './position.loader';
import { EntityRef, PositionRow, StatementPlace } from './position.repository';
import { Position } from './position.type';
import { positionSelection, selectsOnly } from './selection';
import { statementNodesSelectOnlyIds, statementStubs } from './statement-stubs';

/** What a reduced entity of a position (EntityRef) answers by itself. */
const REF_FIELDS: ReadonlySet<string> = new Set(['__typename', 'id', 'name']);

/**
 * The actor or topic of a position: the row it came with when that answers the selection (no
 * loader, no promise per position), else the entity loaded by id.
 */
function entityOf(row: EntityRow | EntityRef, info: GraphQLResolveInfo, ctx: Context): EntityRow | EntityRef | Promise<EntityRow | null> {
  if ((row as EntityRef).complete !== false || selectsOnly(info, REF_FIELDS)) return row;
  return ctx.loaders.entity.load(row.id);
}

function placeCursor(s: StatementPlace): string {
  return statementCursor('READING_ORDER', { dateKey: 0, speakerKey: '', articleId: s.articleId, start: s.start, id: s.id });
}

/**
 * The first page of a position's statements, as pageOf makes it, but with cursors encoded only
 * when read: a thousand positions of three statements each are three thousand cursors, and
 * most clients ask for none of them.
 */
function lazyCursorPage(
  places: StatementPlace[],
  first: number,
  toNode: (s: StatementPlace) => StatementRow,
  count: () => Promise<number>,
): Page<StatementRow> {
  const shown = places.slice(0, first);
  const edges = shown.map((s) => ({
    node: toNode(s),
    get cursor() {
      return placeCursor(s);
    },
  }));
  return {
    edges,
    pageInfo: {
      hasNextPage: places.length > first,
      hasPreviousPage: false,
      get startCursor() {
        return shown.length ? placeCursor(shown[0]) : null;
      },
      get endCursor() {
        return shown.length ? placeCursor(shown[shown.length - 1]) : null;
      },
    },
    count,
  };
}

/** Positions on one topic, through the request's loader for this selection. */
export function topicPositions(ctx: Context, info: GraphQLResolveInfo, topic: string): Promise<PositionRow[]> {
  return topicPositionLoader(ctx.db, ctx.loaders.args, ctx.loaders.primeEntity, positionSelection(info)).load(topic);
}

@Resolver(() => Position)
export class PositionResolver {
  /** Who supports and who opposes this? */
  @Query(() => [Position], {
    description:
      'Every position taken on a topic: one per actor and stance, by stance (support, oppose, neutral), then actor name. Empty for an unknown topic.',
  })
  positions(
    @Arg('topic', () => ID, { description: 'A topic id, such as `topic:tomahawk-delivery-to-ukraine`.' }) topic: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PositionRow[]> {
    return topicPositions(ctx, info, checkId('topic', topic, ID_KINDS.topic));
  }

  @FieldResolver(() => Actor, { description: 'Who takes the position.' })
  actor(@Root() p: PositionRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): EntityRow | EntityRef | Promise<EntityRow | null> {
    return entityOf(p.actor, info, ctx);
  }

  @FieldResolver(() => Topic, { description: 'The topic the position is on.' })
  topic(@Root() p: PositionRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): EntityRow | EntityRef | Promise<EntityRow | null> {
    return entityOf(p.topic, info, ctx);
  }

  /** Which statements take this stance? */
  @FieldResolver(() => StatementConnection, { description: 'The statements taking this stance, in reading order, paged; `totalCount` is `statementCount`.' })
  async statements(
    @Root() p: PositionRow,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<StatementRow>> {
    const first = pageSize('first', args.first);
    const count = () => Promise.resolve(p.statementCount);
    // The first page came with the position when the selection asked for it (see
    // positionSelection); any other page is a statement list like `Actor.statements` filtered
    // by the position's topic and stance, whose cursors these are.
    if ((args.after === null || args.after === undefined) && (first < p.previewLimit || p.preview.length === p.statementCount)) {
      const places = p.preview.slice(0, first + 1);
      const ids = places.slice(0, first).map((s) => s.id);
      const rows = statementNodesSelectOnlyIds(info) ? statementStubs(ids) : await ctx.loaders.statement.loadMany(ids);
      const byId = new Map(rows.filter((r): r is StatementRow => r !== null && !(r instanceof Error)).map((r) => [r.id, r]));
      const found = places.filter((s, i) => i === first || byId.has(s.id));
      return lazyCursorPage(found, first, (s) => byId.get(s.id)!, count);
    }
    const list: StatementListArgs = {
      first,
      after: args.after,
      filter: { topic: p.topic.id, stance: p.stance as never },
      orderBy: StatementOrder.READING_ORDER,
    };
    return { ...(await statementConnection(ctx, list, 'speaker', p.actor.id)), count };
  }

  @FieldResolver(() => [ID], {
    description:
      'Ids of every statement taking this stance, in reading order: for a popular topic, tens of thousands of them. `statementCount` and `statements(first, after)` page them instead.',
  })
  statementIds(@Root() p: PositionRow, @Ctx() ctx: Context): string[] | Promise<string[]> {
    if (p.statementIds !== null) return p.statementIds;
    return positionStatementIdsLoader(ctx.db, ctx.loaders.args).load(`${p.actor.id} ${p.topic.id} ${p.stance}`);
  }
}
