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
  /**
   * The statement's speaker as the speaker loader would load it (null: it has none), read with the
   * page so that `Statement.speaker` needs no query of its own; undefined when the page query did
   * not read it, or found several speakers (the loader then decides, as it always has).
   */
  speaker?: EntityRow | null;
}

/** One page of a statement list, with the list's total when the page query read it at no extra cost. */
export interface StatementPage {
  rows: StatementPageRow[];
  /** The exact totalCount, or null when it takes a count query of its own (sent only when selected). */
  total: number | null;
}

const EMPTY: StatementPage = { rows: [], total: 0 };

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

/** The speaker a page row carries (its `speakers` column), as StatementPageRow.speaker. */
function speakerOf(speakers: unknown[] | undefined): EntityRow | null | undefined {
  if (speakers === undefined || speakers === null || speakers.length > 1) return undefined;
  return speakers.length === 1 ? entityRow(speakers[0]) : null;
}

function toPage(raw: unknown): StatementPageRow[] {
  return ((raw ?? []) as { statement: Record<string, unknown>; speakers?: unknown[]; k: number; name: string }[]).map((x) => {
    const statement = statementRow(x.statement);
    const key = { k: x.k, name: x.name, articleId: statement.articleId, start: statement.start, id: statement.id };
    const speaker = speakerOf(x.speakers);
    return speaker === undefined ? { statement, key } : { statement, key, speaker };
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
async function pageByIndex(db: Database, q: StatementListQuery, article: string | null): Promise<StatementPage> {
  const limit = q.first + 1;
  const after = q.after;
  const filter = propertyFilter(q.filter);
  const range = { lo: article ?? '', hi: article ?? LAST_ID };
  // The total of an unfiltered list is the count store's, which the page query reads too.
  const countAll = article === null && Object.values(filter).every((v) => v === null);
  const inReadingOrder = async (cursor: StatementKey | null, rows: number, undatedOnly: boolean): Promise<StatementPage> => {
    const [row] = await db.read('statement/page-statements-in-reading-order', {
      cursorArticle: cursor?.articleId ?? '',
      cursorStart: cursor?.start ?? 0,
      cursorId: cursor?.id ?? '',
      // Just past the cursor's article (no id sorts between "x" and "x\u0000"), or the filtered article.
      lo: cursor ? `${cursor.articleId}\u0000` : range.lo,
      hi: range.hi,
      filter,
      undatedOnly,
      limit: neo4j.int(rows),
    });
    return {
      rows: toPage(row.rows).map((r) => ({ ...r, key: { ...r.key, k: UNDATED_K[q.order] } })),
      total: countAll ? (row.statements as number) : null,
    };
  };

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
  if (dated.length >= limit || filter.from !== null || filter.to !== null) return { rows: dated, total: null };
  const tail = await inReadingOrder(null, limit - dated.length, true);
  return { rows: [...dated, ...tail.rows], total: tail.total };
}

/** Filter fields that tie a statement to one entity by one relation (statement/page-statements-by-relation). */
const RELATIONS = ['speaker', 'about', 'reportedBy', 'event'] as const;
type Relation = (typeof RELATIONS)[number];

/** The filter fields that filter (are not null). */
function givenFields(f: StatementFilterValues): (keyof StatementFilterValues)[] {
  return (Object.keys(f) as (keyof StatementFilterValues)[]).filter((field) => f[field] !== null);
}

/**
 * True for a reading-order list whose cursor (if any) is one that list hands out: k 0, name ''.
 * The fast paths below only compare the rest of the key; a forged k or name takes the general query.
 */
function inPlainReadingOrder(q: StatementListQuery): boolean {
  return q.order === 'READING_ORDER' && (q.after === null || (q.after.k === 0 && q.after.name === ''));
}

/**
 * The relation and entity per key of a reading-order list that one relation to one entity decides
 * alone (`Actor.statements`, `statementsAbout`, `Event.statements` without a filter; `statements`
 * filtered by speaker, about, reportedBy or event and nothing else). Null for any other list.
 */
function relationOnly(keys: readonly string[], q: StatementListQuery): { relation: Relation; anchorIds: string[] } | null {
  if (!inPlainReadingOrder(q)) return null;
  const given = givenFields(q.filter);
  if (q.scope !== null) return q.scope !== 'article' && given.length === 0 ? { relation: q.scope, anchorIds: [...keys] } : null;
  const field = given.length === 1 ? RELATIONS.find((r) => r === given[0]) : undefined;
  if (field === undefined) return null;
  const id = q.filter[field] as string;
  return { relation: field, anchorIds: keys.map(() => id) };
}

/** True for a reading-order search of the root list with no filter but the text. */
function textOnly(q: StatementListQuery): boolean {
  const given = givenFields(q.filter);
  return inPlainReadingOrder(q) && q.scope === null && given.length === 1 && given[0] === 'text';
}

/**
 * When statement/page-statements-by-relation and -by-text walk the reading-order index instead of
 * expanding the anchor or sorting the hits: when the walk's expected length is at most half the
 * alternative's. The window bounds the walk for a list whose statements all come late in reading
 * order (then the alternative runs too).
 */
const WALK_RATIO = 2;
const WALK_WINDOW = 10_000;

/** Pages and totals of relation-only lists, one query for all keys (see relationOnly). */
async function pageByRelation(db: Database, keys: readonly string[], q: StatementListQuery, by: { relation: Relation; anchorIds: string[] }): Promise<StatementPage[]> {
  const rows = await db.read('statement/page-statements-by-relation', {
    keys,
    anchorIds: by.anchorIds,
    relation: by.relation,
    after: afterParam(q.after),
    limit: neo4j.int(q.first + 1),
    walkRatio: WALK_RATIO,
    walkWindow: neo4j.int(WALK_WINDOW),
  });
  const byKey = new Map(rows.map((r) => [r.key as string, { rows: toPage(r.rows), total: r.total as number }]));
  return keys.map((k) => byKey.get(k) ?? EMPTY);
}

/** Named Cypher calls of the statement domain. */
export const statementRepository = {
  /**
   * One page of statements per key (one query for all keys), with its total when that comes free.
   * Lists that an index, one relation or the full-text hits decide alone take a fast path; the
   * rest take the general query, which checks every filter on every row.
   */
  async page(db: Database, keys: readonly string[], q: StatementListQuery): Promise<StatementPage[]> {
    const fast = q.order === 'READING_ORDER' || q.order === 'DATE_ASC' || q.order === 'DATE_DESC' ? propertyOnly(keys, q) : null;
    if (fast?.none) return [EMPTY];
    if (fast) return [await pageByIndex(db, q, fast.article)];
    const byRelation = relationOnly(keys, q);
    if (byRelation) return pageByRelation(db, keys, q, byRelation);
    const params = listParams(keys, q);
    if (!params) return keys.map(() => EMPTY);
    const after = afterParam(q.after);
    const limit = neo4j.int(q.first + 1);
    if (textOnly(q)) {
      const [row] = await db.read('statement/page-statements-by-text', {
        textDe: params.textDe,
        textEn: params.textEn,
        after,
        limit,
        walkRatio: WALK_RATIO,
        walkWindow: neo4j.int(WALK_WINDOW),
      });
      return [{ rows: toPage(row.rows), total: row.total as number }];
    }
    const rows = await db.read('statement/page-statements', { ...params, order: q.order, after, limit });
    const byKey = new Map(rows.map((r) => [r.key as string, toPage(r.rows)]));
    return keys.map((k) => ({ rows: byKey.get(k) ?? [], total: null }));
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
