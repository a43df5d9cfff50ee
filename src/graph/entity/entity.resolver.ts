import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { Evidence, Mention } from '../article/article.type';
import { Page } from '../common/pagination';
import { EntityRow, StatementRow } from '../common/rows';
import { Context } from '../context';
import { Entity } from './entity.interface';
import { StatementListArgs } from '../statement/statement.args';
import { statementConnection } from '../statement/statement.connection';
import { StatementConnection } from '../statement/statement.type';
import { relationLoader } from './entity.loader';
import { FactRow, RelationRow } from './entity.repository';
import { Organization, Person, Weapon } from './entity.type';
import { AFFILIATION_TYPES, RELATION_TYPES } from '../../vocabulary';
import { Fact, RelationDirection, RelationType, StatedRelation } from './relation.type';

function toRelation(r: RelationRow): StatedRelation {
  return { type: r.type as RelationType, note: r.note, fromId: r.fromId, toId: r.toId, articleId: r.articleId, start: r.start, end: r.end, excerpt: r.excerpt };
}

/** Field resolvers every entity type shares (declared on the Entity interface, inherited by each type). */
@Resolver(() => Entity)
export class EntityResolver {
  /** What was said about this entity? */
  @FieldResolver(() => StatementConnection, { description: 'Statements about this entity (it is among their `about`), paged; reading order by default.' })
  statementsAbout(@Root() e: EntityRow, @Args(() => StatementListArgs) args: StatementListArgs, @Ctx() ctx: Context): Promise<Page<StatementRow>> {
    return statementConnection(ctx, args, 'about', e.id);
  }

  /** How do the articles relate this entity to others? */
  @FieldResolver(() => [StatedRelation], {
    description: "Relations the articles state between this entity and others, by type, then by the other entity's name.",
  })
  async relations(
    @Root() e: EntityRow,
    @Ctx() ctx: Context,
    @Arg('type', () => RelationType, { nullable: true, description: 'Only relations of this type.' }) type?: RelationType | null,
    @Arg('direction', () => RelationDirection, { nullable: true, defaultValue: RelationDirection.BOTH, description: 'Outgoing, incoming or both (default).' })
    direction?: RelationDirection | null,
  ): Promise<StatedRelation[]> {
    const types = type ? [type] : RELATION_TYPES;
    const rows = await relationLoader(ctx.db, ctx.loaders.args, ctx.loaders.primeEntity, types, direction ?? RelationDirection.BOTH).load(e.id);
    return rows.map(toRelation);
  }

  /** Which facts do the articles state about it? */
  @FieldResolver(() => [Fact], { description: 'Facts the articles state about this entity (range, price...), each with its evidence.' })
  async facts(@Root() e: EntityRow, @Ctx() ctx: Context): Promise<Fact[]> {
    const rows = await ctx.loaders.facts.load(e.id);
    return rows.map((f: FactRow) => ({ ...f, value: String(f.value), numericValue: typeof f.value === 'number' ? f.value : null }));
  }

  /** Which articles name it? */
  @FieldResolver(() => [Mention], { description: 'The articles that mention this entity, with the naming passage when the annotator gave one.' })
  mentions(@Root() e: EntityRow, @Ctx() ctx: Context) {
    return ctx.loaders.entityMentions.load(e.id);
  }
}

@Resolver(() => Person)
export class PersonResolver {
  /** Whom does this person belong to, lead, speak for or advise? */
  @FieldResolver(() => [StatedRelation], {
    description:
      'Outgoing relations tying this person to countries, organizations, groups or persons: head of state or government, spokesperson, member, adviser, part of, citizen.',
  })
  async affiliations(@Root() e: EntityRow, @Ctx() ctx: Context): Promise<StatedRelation[]> {
    const rows = await relationLoader(ctx.db, ctx.loaders.args, ctx.loaders.primeEntity, AFFILIATION_TYPES, RelationDirection.OUTGOING).load(e.id);
    return rows.map(toRelation);
  }
}

@Resolver(() => Weapon)
export class WeaponResolver {
  /** Who makes it? */
  @FieldResolver(() => Organization, { nullable: true, description: 'The organization the articles name as its manufacturer.' })
  manufacturer(@Root() e: EntityRow, @Ctx() ctx: Context): Promise<EntityRow | null> {
    return ctx.loaders.manufacturer.load(e.id);
  }
}

@Resolver(() => StatedRelation)
export class StatedRelationResolver {
  @FieldResolver(() => Entity, { description: 'The entity the relation starts at ("Trump" in "Trump HEAD_OF_STATE_OF United States").' })
  from(@Root() r: StatedRelation, @Ctx() ctx: Context): Promise<EntityRow | null> {
    return ctx.loaders.entity.load(r.fromId);
  }

  @FieldResolver(() => Entity, { description: 'The entity the relation ends at.' })
  to(@Root() r: StatedRelation, @Ctx() ctx: Context): Promise<EntityRow | null> {
    return ctx.loaders.entity.load(r.toId);
  }

  @FieldResolver(() => Evidence, {
    nullable: true,
    description: "The passage that states the relation; null when it was derived without one (a weapon's manufacturer field).",
  })
  evidence(@Root() r: StatedRelation): Evidence | null {
    return r.articleId && r.excerpt !== null && r.start !== null && r.end !== null
      ? { articleId: r.articleId, start: r.start, end: r.end, excerpt: r.excerpt }
      : null;
  }
}

@Resolver(() => Fact)
export class FactResolver {
  @FieldResolver(() => Evidence, { description: 'The passage that states the fact.' })
  evidence(@Root() f: Fact): Evidence {
    return { articleId: f.articleId, start: f.start, end: f.end, excerpt: f.excerpt };
  }
}
