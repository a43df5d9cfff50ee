/**
 * The question a statement list asks of the database, and the page it gets back: the shapes the
 * strategies of this folder share (see index.ts).
 */
import { EntityRow, StatementRow } from '../../common/rows';

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
  provenance: string | null;
  reportedBy: string | null;
  article: string | null;
  event: string | null;
  text: string | null;
  from: string | null;
  to: string | null;
}

/** The filter of a list asked for without one: every field null. */
export const NO_STATEMENT_FILTER: Readonly<StatementFilterValues> = Object.freeze({
  speaker: null,
  about: null,
  topic: null,
  stance: null,
  mode: null,
  attribution: null,
  provenance: null,
  reportedBy: null,
  article: null,
  event: null,
  text: null,
  from: null,
  to: null,
});

export type StatementOrderName = 'READING_ORDER' | 'DATE_ASC' | 'DATE_DESC' | 'SPEAKER_ASC' | 'SPEAKER_DESC';

/**
 * The sort key of a statement in a list: where keyset pagination resumes. Lists sort by
 * (dateKey, speakerKey, articleId, start, id).
 */
export interface StatementKey extends Record<string, string | number> {
  /** The date as yyyymmdd in DATE_ASC (undated: 99999999), negated in DATE_DESC (undated: 0); 0 in the other orders. */
  dateKey: number;
  /** The speaker's lower-cased name in the speaker orders; '' in the others. */
  speakerKey: string;
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

export const EMPTY_PAGE: StatementPage = Object.freeze({ rows: [], total: 0 }) as StatementPage;

/** The filter fields that filter (are not null). */
export function givenFields(f: StatementFilterValues): (keyof StatementFilterValues)[] {
  return (Object.keys(f) as (keyof StatementFilterValues)[]).filter((field) => f[field] !== null);
}

/**
 * True for a reading-order list whose cursor (if any) is one that list hands out: date and
 * speaker keys 0 and ''. The reading-order strategies only compare the rest of the key; a forged
 * cursor takes the general query.
 */
export function inPlainReadingOrder(q: StatementListQuery): boolean {
  return q.order === 'READING_ORDER' && (q.after === null || (q.after.dateKey === 0 && q.after.speakerKey === ''));
}
