import neo4j from 'neo4j-driver';

import { Database } from '../../../db/database';
import { toPage } from './page-rows';
import { StatementFilterValues, StatementKey, StatementListQuery, StatementPage } from './query';
import { strategy } from './strategy';

/** Ids sort below this (ids are ASCII): the open upper end of an article id range. */
const LAST_ID = '\uffff';

/** Sort key of undated statements in the date orders: after every dated one. */
const UNDATED_KEY: Record<string, number> = { DATE_ASC: 99999999, DATE_DESC: 0, READING_ORDER: 0 };

interface IndexPlan {
  /** The one article the list is limited to, or null for all. */
  article: string | null;
}

function propertyFilter(f: StatementFilterValues) {
  return { mode: f.mode, attribution: f.attribution, provenance: f.provenance, from: f.from, to: f.to };
}

/** `20251017` → `2025-10-17`. */
function dayOf(ymd: number): string {
  const y = Math.floor(ymd / 10000);
  return `${String(y).padStart(4, '0')}-${String(Math.floor(ymd / 100) % 100).padStart(2, '0')}-${String(ymd % 100).padStart(2, '0')}`;
}

/**
 * Lists in reading or date order that the statements' own properties decide (mode, attribution,
 * dates), limited at most to one article: `statements` with such a filter, `Article.statements`.
 * One page walks an ordered index from the cursor and stops: reading order walks
 * (articleId, start); the date orders walk the date index, then, once the dated statements run
 * out, the undated ones in reading order. Cost grows with the page size, not with the depth of
 * the page. Counts: the count store for the unfiltered list (read with the page), else one
 * index-backed count.
 */
export const byIndex = strategy<IndexPlan>({
  name: 'index',
  queries: [
    'statement/page-statements-in-reading-order',
    'statement/page-dated-statements',
    'statement/count-all-statements',
    'statement/count-statements-by-properties',
  ],

  plan(keys, q) {
    const f = q.filter;
    if (q.order !== 'READING_ORDER' && q.order !== 'DATE_ASC' && q.order !== 'DATE_DESC') return null;
    if (keys.length !== 1 || (q.scope !== null && q.scope !== 'article')) return null;
    if (f.text !== null || f.speaker !== null || f.about !== null || f.topic !== null || f.stance !== null || f.reportedBy !== null || f.event !== null)
      return null;
    return { article: q.scope === 'article' ? keys[0] : f.article };
  },

  async page(db, _keys, q, { article }) {
    return [await pageByIndex(db, q, article)];
  },

  async count(db, _keys, q, { article }) {
    const filter = propertyFilter(q.filter);
    const rows =
      article === null && Object.values(filter).every((v) => v === null)
        ? await db.read('statement/count-all-statements')
        : await db.read('statement/count-statements-by-properties', { lo: article ?? '', hi: article ?? LAST_ID, filter });
    return [rows[0].total as number];
  },
});

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
      rows: toPage(row.rows).map((r) => ({ ...r, key: { ...r.key, dateKey: UNDATED_KEY[q.order] } })),
      total: countAll ? (row.statements as number) : null,
    };
  };

  if (q.order === 'READING_ORDER') return inReadingOrder(after, limit, false);
  const undated = UNDATED_KEY[q.order];
  if (after && after.dateKey === undated) return inReadingOrder(after, limit, true);
  const desc = q.order === 'DATE_DESC';
  const rows = await db.read('statement/page-dated-statements', {
    desc,
    cursorDay: after ? dayOf(desc ? -after.dateKey : after.dateKey) : '',
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
