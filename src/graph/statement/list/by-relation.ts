import neo4j from 'neo4j-driver';

import { general } from './general';
import { EMPTY_PAGE, givenFields, inPlainReadingOrder } from './query';
import { WALK, afterParam, toPage } from './page-rows';
import { strategy } from './strategy';

/** Filter fields that tie a statement to one entity by one relation. */
const RELATIONS = ['speaker', 'about', 'reportedBy', 'event'] as const;
type Relation = (typeof RELATIONS)[number];

interface RelationPlan {
  relation: Relation;
  /** The entity of each key's list, aligned with the keys. */
  anchorIds: string[];
}

/**
 * Reading-order lists that one relation to one entity decides alone: `Actor.statements`,
 * `statementsAbout` and `Event.statements` without a filter, and `statements` filtered by
 * speaker, about, reportedBy or event and nothing else. One query for all keys; the page walks the
 * reading-order index or expands the entity's relationships, whichever reads less, and the total
 * is the entity's degree, read in the same query.
 */
export const byRelation = strategy<RelationPlan>({
  name: 'relation',
  queries: ['statement/page-statements-by-relation', ...general.queries],

  plan(keys, q) {
    if (!inPlainReadingOrder(q)) return null;
    const given = givenFields(q.filter);
    if (q.scope !== null) return q.scope !== 'article' && given.length === 0 ? { relation: q.scope, anchorIds: [...keys] } : null;
    const field = given.length === 1 ? RELATIONS.find((r) => r === given[0]) : undefined;
    if (field === undefined) return null;
    const id = q.filter[field] as string;
    return { relation: field, anchorIds: keys.map(() => id) };
  },

  async page(db, keys, q, { relation, anchorIds }) {
    const rows = await db.read('statement/page-statements-by-relation', {
      keys,
      anchorIds,
      relation,
      after: afterParam(q.after),
      limit: neo4j.int(q.first + 1),
      walkRatio: WALK.walkRatio,
      walkWindow: neo4j.int(WALK.walkWindow),
    });
    const byKey = new Map(rows.map((r) => [r.key as string, { rows: toPage(r.rows), total: r.total as number }]));
    return keys.map((k) => byKey.get(k) ?? EMPTY_PAGE);
  },

  // The page always carries its total; a count of its own is the general one.
  count: (db, keys, q) => general.count(db, keys, q, general.plan(keys, q)!),
});
