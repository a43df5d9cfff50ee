import neo4j from 'neo4j-driver';

import { stemmedAllQuery } from '../../common/lucene';
import { afterParam, toPage } from './page-rows';
import { StatementListQuery } from './query';
import { strategy } from './strategy';

/** Filter fields that can start the search, most selective first (the text index comes before all). */
const ANCHORS = ['speaker', 'about', 'reportedBy', 'event', 'topic', 'article'] as const;

interface GeneralPlan {
  /** Where the search starts: the parent relation, the full-text hits, a filter's entity, or every statement. */
  anchor: string;
  /** The anchor's id per key ('' when it has none). */
  anchorIds: string[];
  /** The text filter as a Lucene query, '' for none. */
  lucene: string;
}

/**
 * Parameters shared by the page and count queries. None is null: Neo4j caches one plan per
 * parameter types, so '' stands for none.
 */
function listParams(keys: readonly string[], q: StatementListQuery, plan: GeneralPlan): Record<string, unknown> {
  const { text: _text, ...filter } = q.filter;
  return { keys, anchor: plan.anchor, anchorIds: plan.anchorIds, scope: q.scope ?? '', filter, textDe: plan.lucene, textEn: plan.lucene };
}

/**
 * Every other list, and every batched list with a filter: one query for all keys, starting from
 * the parent relation when batching (each key is a cheap seek), else the full-text hits, else the
 * most selective filter, else every statement; every filter is checked on every row, so the
 * anchor changes speed, never results. Any order. Counts with a query of its own, shaped alike.
 */
export const general = strategy<GeneralPlan>({
  name: 'general',
  queries: ['statement/page-statements', 'statement/count-statements'],

  plan(keys, q) {
    const lucene = q.filter.text === null ? '' : stemmedAllQuery(q.filter.text);
    // A text without words matches nothing; the `nothing` strategy answers it.
    if (lucene === null) return null;
    if (q.scope) return { anchor: q.scope, anchorIds: [...keys], lucene };
    if (q.filter.text !== null) return { anchor: 'text', anchorIds: keys.map(() => ''), lucene };
    for (const field of ANCHORS) {
      const value = q.filter[field];
      if (value !== null) return { anchor: field, anchorIds: keys.map(() => value), lucene };
    }
    return { anchor: 'all', anchorIds: keys.map(() => ''), lucene };
  },

  async page(db, keys, q, plan) {
    const rows = await db.read('statement/page-statements', {
      ...listParams(keys, q, plan),
      order: q.order,
      after: afterParam(q.after),
      limit: neo4j.int(q.first + 1),
    });
    const byKey = new Map(rows.map((r) => [r.key as string, toPage(r.rows)]));
    return keys.map((k) => ({ rows: byKey.get(k) ?? [], total: null }));
  },

  async count(db, keys, q, plan) {
    const rows = await db.read('statement/count-statements', listParams(keys, q, plan));
    const byKey = new Map(rows.map((r) => [r.key as string, r.total as number]));
    return keys.map((k) => byKey.get(k) ?? 0);
  },
});
