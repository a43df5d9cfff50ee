import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';

import { PageArgs } from '../common/page.args';
import { checkId } from '../common/ids';
import { decodeCursor, encodeCursor, pageOf, pageSize } from '../common/pagination';
import { ArticleRow, EntityRow } from '../common/rows';
import { Context } from '../context';
import { MentionRow } from '../entity/entity.repository';
import { Organization } from '../entity/entity.type';
import { Entity } from '../node/node.type';
import { StatementListArgs } from '../statement/statement.args';
import { statementConnection } from '../statement/statement.connection';
import { StatementConnection } from '../statement/statement.type';
import { articleRepository } from './article.repository';
import { Article, ArticleConnection, Evidence, Mention } from './article.type';

const TAG = 'articles:PUBLISHED_DESC';

@Resolver(() => Article)
export class ArticleResolver {
  /** Which article is this? */
  @Query(() => Article, { nullable: true, description: 'The article with this id; null when there is none.' })
  article(@Arg('id', () => ID, { description: 'An article id, such as `article:trump-tomahawk-2025-10`.' }) id: string, @Ctx() ctx: Context): Promise<ArticleRow | null> {
    return ctx.loaders.article.load(checkId('id', id, ['article'], 'an article id such as "article:trump-tomahawk-2025-10"'));
  }

  /** Which articles does the graph hold? */
  @Query(() => ArticleConnection, { description: 'The articles, newest first (undated last), paged.' })
  async articles(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<ArticleConnection> {
    const first = pageSize('first', page.first);
    const key = decodeCursor('after', page.after, TAG, ['number', 'string']);
    const rows = await articleRepository.page(ctx.db, key ? { k: key[0] as number, id: key[1] as string } : null, first);
    rows.forEach((r) => ctx.loaders.article.prime(r.article.id, r.article));
    const result = pageOf(rows, first, (r) => r.article as unknown as Article, (r) => encodeCursor(TAG, [r.k, r.article.id]));
    return { ...result, count: () => articleRepository.count(ctx.db) };
  }

  /** What does this article report? */
  @FieldResolver(() => StatementConnection, { description: "The article's statements, paged; in reading order by default." })
  statements(@Root() a: ArticleRow, @Args(() => StatementListArgs) args: StatementListArgs, @Ctx() ctx: Context): Promise<StatementConnection> {
    return statementConnection(ctx, args, 'article', a.id);
  }

  /** Who published it? */
  @FieldResolver(() => Organization, { nullable: true, description: 'The outlet that published the article, when known.' })
  source(@Root() a: ArticleRow, @Ctx() ctx: Context): Promise<EntityRow | null> {
    return ctx.loaders.articleSource.load(a.id);
  }

  /** Whom and what does it name? */
  @FieldResolver(() => [Mention], { description: 'The entities the article names, by position of the naming passage (unplaced ones last).' })
  mentions(@Root() a: ArticleRow, @Ctx() ctx: Context): Promise<MentionRow[]> {
    return ctx.loaders.articleMentions.load(a.id);
  }
}

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Article, { description: 'The article the span is in.' })
  article(@Root() e: Evidence, @Ctx() ctx: Context): Promise<ArticleRow | null> {
    return ctx.loaders.article.load(e.articleId);
  }
}

@Resolver(() => Mention)
export class MentionResolver {
  @FieldResolver(() => Article, { description: 'The article that names the entity.' })
  article(@Root() m: Mention, @Ctx() ctx: Context): Promise<ArticleRow | null> {
    return ctx.loaders.article.load(m.articleId);
  }

  @FieldResolver(() => Entity, { description: 'The entity named.' })
  entity(@Root() m: Mention, @Ctx() ctx: Context): Promise<EntityRow | null> {
    return ctx.loaders.entity.load(m.entityId);
  }
}

@Resolver(() => ArticleConnection)
export class ArticleConnectionResolver {
  @FieldResolver(() => Int, { description: 'How many articles there are (exact).' })
  totalCount(@Root() c: ArticleConnection): Promise<number> {
    return c.count();
  }
}
