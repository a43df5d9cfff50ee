import neo4j from 'neo4j-driver';

import { Database } from '../../db/database';
import { stemmedAllQuery } from '../common/lucene';
import { EntityRow, StatementRow, entityRow, statementRow } from '../common/rows';

/** Which relation ties a statement to the parent key of a batched list. */
export type StatementScope = 'speaker' | 'about' | 'article' | 'event';

/** A statement filter with every field present (null when it does not filter). */
export interface StatementFilterValues {
  speaker: string | null;
  about: string | null;
  topic: string | null;
  stance: string | null;
  mode: string | null;
  attribution: string | null;
  reportedBy: string | null;
  article: string | null;
  event: string | null;
  text: string | null;
  from: string | null;
  to: string | null;
}

export type StatementOrderName = 'READING_ORDER' | 'DATE_ASC' | 'DATE_DESC' | 'SPEAKER_ASC' | 'SPEAKER_DESC';

/** The sort key of a statement in a list: where keyset pagination resumes. */
export interface StatementKey {
  k: number;
  name: string;
  articleId: string;
  start: number;
  id: string;
}

/** One question about statement lists, asked for many parent keys at once. */
export interface StatementListQuery {
  scope: StatementScope | null;
  filter: StatementFilterValues;
  order: StatementOrderName;
  after: StatementKey | null;
  /** Page size; one more row is fetched to tell whether more follow. */
  first: number;
}

export interface StatementPageRow {
  statement: StatementRow;
  key: StatementKey;
}

/** Filter fields that can start the search, most selective first (the text index comes before all). */
const ANCHORS = ['speaker', 'about', 'reportedBy', 'event', 'topic', 'article'] as const;

/**
 * Picks where the search starts: the parent relation when batching (each key is a cheap seek),
 * else the full-text hits, else the most selective filter, else every statement.
 */
function anchorOf(keys: readonly string[], q: Pick<StatementListQuery, 'scope' | 'filter'>): { anchor: string; anchorIds: string[] } {
  if (q.scope) return { anchor: q.scope, anchorIds: [...keys] };
  if (q.filter.text !== null) return { anchor: 'text', anchorIds: keys.map(() => '') };
  for (const field of ANCHORS) {
    const value = q.filter[field];
    if (value !== null) return { anchor: field, anchorIds: keys.map(() => value) };
  }
  return { anchor: 'all', anchorIds: keys.map(() => '') };
}

function toPage(raw: unknown): StatementPageRow[] {
  return ((raw ?? []) as { statement: Record<string, unknown>; k: number; name: string }[]).map((x) => {
    const statement = statementRow(x.statement);
    return { statement, key: { k: x.k, name: x.name, articleId: statement.articleId, start: statement.start, id: statement.id } };
  });
}

/**
 * Parameters shared by the page and count queries; null when the text filter has no words (nothing
 * can match). None is null: Neo4j caches one plan per parameter types, so '' stands for none.
 */
function listParams(keys: readonly string[], q: Pick<StatementListQuery, 'scope' | 'filter'>): Record<string, unknown> | null {
  const { text, ...filter } = q.filter;
  const lucene = text === null ? '' : stemmedAllQuery(text);
  if (lucene === null) return null;
  return { keys, ...anchorOf(keys, q), scope: q.scope ?? '', filter, textDe: lucene, textEn: lucene };
}

/** The keyset cursor as the general query takes it: always a map, `none` on the first page. */
function afterParam(after: StatementKey | null): Record<string, unknown> {
  return after ? { none: false, ...after } : { none: true, k: 0, name: '', articleId: '', start: 0, id: '' };
}

/** Ids sort below this (ids are ASCII): the open upper end of an article id range. */
const LAST_ID = '\uffff';

/**
 * The article range of a reading-order list that only the (articleId, start) index and the
 * statements' own properties decide: no relation filter, no text, one key. Such lists take the
 * ordered-index fast path; null when the list needs the general query.
 */
function propertyOnly(keys: readonly string[], q: Pick<StatementListQuery, 'scope' | 'filter'>): { article: string | null; none: boolean } | null {
  const f = q.filter;
  if (keys.length !== 1 || (q.scope !== null && q.scope !== 'article')) return null;
  if (f.text !== null || f.speaker !== null || f.about !== null || f.topic !== null || f.stance !== null || f.reportedBy !== null || f.event !== null) return null;
  const scoped = q.scope === 'article' ? keys[0] : null;
  // Both the scope and the filter name an article: only one article can satisfy both.
  if (scoped !== null && f.article !== null && scoped !== f.article) return { article: scoped, none: true };
  return { article: scoped ?? f.article, none: false };
}

function propertyFilter(f: StatementFilterValues) {
  return { mode: f.mode, attribution: f.attribution, from: f.from, to: f.to };
}

/** Sort key of undated statements in the date orders: after every dated one. */
const UNDATED_K: Record<string, number> = { DATE_ASC: 99999999, DATE_DESC: 0, READING_ORDER: 0 };

/** `20251017` → `2025-10-17`. */
function dayOf(ymd: number): string {
  const y = Math.floor(ymd / 10000);
  return `${String(y).padStart(4, '0')}-${String(Math.floor(ymd / 100) % 100).padStart(2, '0')}-${String(ymd % 100).padStart(2, '0')}`;
}

/**
 * One page through the ordered indexes, for lists filtered at most by article and properties:
 * reading order walks (articleId, start); the date orders walk the date index, then, once the
 * dated statements run out, the undated ones in reading order. Cost grows with the page size,
 * not with the depth of the page.
 */
async function pageByIndex(db: Database, q: StatementListQuery, article: string | null): Promise<StatementPageRow[]> {
  const limit = q.first + 1;
  const after = q.after;
  const filter = propertyFilter(q.filter);
  const range = { lo: article ?? '', hi: article ?? LAST_ID };
  const inReadingOrder = async (cursor: StatementKey | null, rows: number, undatedOnly: boolean) =>
    toPage(
      (
        await db.read('statement/page-statements-in-reading-order', {
          cursorArticle: cursor?.articleId ?? '',
          cursorStart: cursor?.start ?? 0,
          cursorId: cursor?.id ?? '',
          // Just past the cursor's article (no id sorts between "x" and "x\u0000"), or the filtered article.
          lo: cursor ? `${cursor.articleId}\u0000` : range.lo,
          hi: range.hi,
          filter,
          undatedOnly,
          limit: neo4j.int(rows),
        })
      )[0]?.rows,
    ).map((r) => ({ ...r, key: { ...r.key, k: UNDATED_K[q.order] } }));

  if (q.order === 'READING_ORDER') return inReadingOrder(after, limit, false);
  const undated = UNDATED_K[q.order];
  if (after && after.k === undated) return inReadingOrder(after, limit, true);
  const desc = q.order === 'DATE_DESC';
  const rows = await db.read('statement/page-dated-statements', {
    desc,
    cursorDay: after ? dayOf(desc ? -after.k : after.k) : '',
    cursorArticle: after?.articleId ?? '',
    cursorStart: after?.start ?? 0,
    cursorId: after?.id ?? '',
    ...range,
    filter,
    limit: neo4j.int(limit),
  });
  const dated = toPage(rows[0]?.rows);
  // A date range leaves undated statements out; otherwise they follow the last dated one.
  if (dated.length >= limit || filter.from !== null || filter.to !== null) return dated;
  return [...dated, ...(await inReadingOrder(null, limit - dated.length, true))];
}

/** Named Cypher calls of the statement domain. */
export const statementRepository = {
  /** One page of statements per key (one query for all keys). */
  async page(db: Database, keys: readonly string[], q: StatementListQuery): Promise<StatementPageRow[][]> {
    const fast = q.order === 'READING_ORDER' || q.order === 'DATE_ASC' || q.order === 'DATE_DESC' ? propertyOnly(keys, q) : null;
    if (fast?.none) return [[]];
    if (fast) return [await pageByIndex(db, q, fast.article)];
    const params = listParams(keys, q);
    if (!params) return keys.map(() => []);
    const rows = await db.read('statement/page-statements', { ...params, order: q.order, after: afterParam(q.after), limit: neo4j.int(q.first + 1) });
    const byKey = new Map(rows.map((r) => [r.key as string, toPage(r.rows)]));
    return keys.map((k) => byKey.get(k) ?? []);
  },

  /** The exact number of matches per key (one query for all keys). */
  async count(db: Database, keys: readonly string[], q: Pick<StatementListQuery, 'scope' | 'filter'>): Promise<number[]> {
    const fast = propertyOnly(keys, q);
    if (fast?.none) return [0];
    if (fast) {
      const filter = propertyFilter(q.filter);
      const rows =
        fast.article === null && Object.values(filter).every((v) => v === null)
          ? await db.read('statement/count-all-statements')
          : await db.read('statement/count-statements-by-properties', { lo: fast.article ?? '', hi: fast.article ?? LAST_ID, filter });
      return [rows[0].total as number];
    }
    const params = listParams(keys, q);
    if (!params) return keys.map(() => 0);
    const rows = await db.read('statement/count-statements', params);
    const byKey = new Map(rows.map((r) => [r.key as string, r.total as number]));
    return keys.map((k) => byKey.get(k) ?? 0);
  },

  async findByIds(db: Database, ids: readonly string[]): Promise<Map<string, StatementRow>> {
    const rows = await db.read('statement/find-statements-by-ids', { ids });
    return new Map(rows.map((r) => [r.id as string, statementRow(r.statement)]));
  },

  /** One entity per statement id (speaker, reporter or event), by the named query. */
  async findOneEntity(db: Database, query: 'find-speakers' | 'find-reporters' | 'find-events', ids: readonly string[]): Promise<Map<string, EntityRow>> {
    const rows = await db.read(`statement/${query}`, { ids });
    return new Map(rows.map((r) => [r.id as string, entityRow(r.entity)]));
  },

  async findAboutTargets(db: Database, ids: readonly string[]): Promise<Map<string, EntityRow[]>> {
    const rows = await db.read('statement/find-about-targets', { ids });
    return new Map(rows.map((r) => [r.id as string, (r.entities as unknown[]).map(entityRow)]));
  },

  async findStances(db: Database, ids: readonly string[]): Promise<Map<string, { stance: string; topic: EntityRow }[]>> {
    const rows = await db.read('statement/find-stances', { ids });
    return new Map(
      rows.map((r) => [r.id as string, (r.stances as { stance: string; topic: unknown }[]).map((s) => ({ stance: s.stance, topic: entityRow(s.topic) }))]),
    );
  },
};
