import neo4j from 'neo4j-driver';

import { Database } from '../../db/database';
import { ArticleRow, EntityRow, articleRow, entityRow } from '../common/rows';
import { MentionRow } from '../entity/entity.repository';

/** The sort key of an article in a list (cypher/article/page-articles). */
export interface ArticleKey extends Record<string, string | number> {
  /** Minus the publication date as yyyymmdd; 0 when undated. */
  dateKey: number;
  id: string;
}

/** Named Cypher calls of the article domain. */
export const articleRepository = {
  async findByIds(db: Database, ids: readonly string[]): Promise<Map<string, ArticleRow>> {
    const rows = await db.read('article/find-articles-by-ids', { ids });
    return new Map(rows.map((r) => [r.id as string, articleRow(r.article)]));
  },

  async findSources(db: Database, ids: readonly string[]): Promise<Map<string, EntityRow>> {
    const rows = await db.read('article/find-sources', { ids });
    return new Map(rows.map((r) => [r.id as string, entityRow(r.entity)]));
  },

  async findMentions(db: Database, ids: readonly string[]): Promise<Map<string, MentionRow[]>> {
    const rows = await db.read('article/find-mentions', { ids });
    return new Map(rows.map((r) => [r.id as string, (r.mentions as MentionRow[]).map((m) => ({ ...m, entity: entityRow(m.entity) }))]));
  },

  /** A page of articles, newest first; one extra row tells that more follow. */
  async page(db: Database, after: ArticleKey | null, first: number): Promise<{ article: ArticleRow; key: ArticleKey }[]> {
    const rows = await db.read('article/page-articles', { after, limit: neo4j.int(first + 1) });
    return rows.map((r) => {
      const article = articleRow(r.article);
      return { article, key: { dateKey: r.dateKey as number, id: article.id } };
    });
  },

  async count(db: Database): Promise<number> {
    const rows = await db.read('article/count-articles');
    return rows[0].total as number;
  },
};
