import { Arg, Args, ClassType, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';

import { PageArgs } from '../common/page.args';
import { ID_KINDS, checkId } from '../common/ids';
import { Page, keyset, pageOf, pageSize } from '../common/pagination';
import { ArticleRow, EntityRow, StatementRow } from '../common/rows';
import { Context } from '../context';
import { MentionRow } from '../entity/entity.repository';
import { Organization } from '../entity/entity.type';
import { Entity } from '../entity/entity.interface';
import { StatementListArgs } from '../statement/statement.args';
import { statementConnection } from '../statement/statement.connection';
import { StatementConnection } from '../statement/statement.type';
import { ArticleKey, articleRepository } from './article.repository';
import { Article, ArticleConnection, Evidence, Mention } from './article.type';

const TAG = 'articles:PUBLISHED_DESC';
/** Article lists sort by (dateKey, id); see cypher/article/page-articles. */
const ARTICLE_KEYSET = keyset<ArticleKey>([
  ['dateKey', 'number'],
  ['id', 'string'],
]);

@Resolver(() => Article)
export class ArticleResolver {
  /** Which article is this? */
  @Query(() => Article, { nullable: true, description: 'The article with this id; null when there is none.' })
  article(
    @Arg('id', () => ID, { description: 'An article id, such as `article:trump-tomahawk-2025-10`.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<ArticleRow | null> {
    return ctx.loaders.article.load(checkId('id', id, ID_KINDS.article));
  }

  /** Which articles does the graph hold? */
  @Query(() => ArticleConnection, { description: 'The articles, newest first (undated last), paged.' })
  async articles(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context): Promise<Page<ArticleRow>> {
    const first = pageSize('first', page.first);
    const after = ARTICLE_KEYSET.decode('after', page.after, TAG);
    const rows = await articleRepository.page(ctx.db, after, first);
    rows.forEach((r) => ctx.loaders.article.prime(r.article.id, r.article));
    return pageOf(
      rows,
      { first, after },
      (r) => r.article,
      (r) => ARTICLE_KEYSET.encode(TAG, r.key),
      () => articleRepository.count(ctx.db),
    );
  }

  /** What does this article report? */
  @FieldResolver(() => StatementConnection, { description: "The article's statements, paged; in reading order by default." })
  statements(@Root() a: ArticleRow, @Args(() => StatementListArgs) args: StatementListArgs, @Ctx() ctx: Context): Promise<Page<StatementRow>> {
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

/**
 * The resolver of `article` on a type whose values name their article by `articleId` (evidence,
 * mentions, statements): the article, through the request's article loader. Register the
 * returned class with the schema, beside the type's other resolvers.
 */
export function articleFieldResolver(type: () => ClassType, description: string) {
  @Resolver(type)
  class ArticleFieldResolver {
    @FieldResolver(() => Article, { description })
    article(@Root() value: { articleId: string }, @Ctx() ctx: Context): Promise<ArticleRow | null> {
      return ctx.loaders.article.load(value.articleId);
    }
  }
  return ArticleFieldResolver;
}

export const EvidenceArticleResolver = articleFieldResolver(() => Evidence, 'The article the span is in.');
export const MentionArticleResolver = articleFieldResolver(() => Mention, 'The article that names the entity.');

@Resolver(() => Mention)
export class MentionResolver {
  @FieldResolver(() => Entity, { description: 'The entity named.' })
  entity(@Root() m: Mention, @Ctx() ctx: Context): Promise<EntityRow | null> {
    return ctx.loaders.entity.load(m.entityId);
  }
}
