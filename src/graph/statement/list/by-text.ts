import neo4j from 'neo4j-driver';

import { stemmedAllQuery } from '../../common/lucene';
import { general } from './general';
import { givenFields, inPlainReadingOrder } from './query';
import { WALK, afterParam, toPage } from './page-rows';
import { strategy } from './strategy';

/**
 * A reading-order search of the root list with no filter but the text: the full-text hits are
 * the list, and their number is the total, in the same query. The page walks the reading-order
 * index keeping the hits, or sorts the hits, whichever reads less.
 */
export const byText = strategy<{ lucene: string }>({
  name: 'text',
  queries: ['statement/page-statements-by-text', ...general.queries],

  plan(_keys, q) {
    const given = givenFields(q.filter);
    if (!inPlainReadingOrder(q) || q.scope !== null || given.length !== 1 || given[0] !== 'text') return null;
    const lucene = stemmedAllQuery(q.filter.text!);
    return lucene === null ? null : { lucene };
  },

  async page(db, _keys, q, { lucene }) {
    const [row] = await db.read('statement/page-statements-by-text', {
      textDe: lucene,
      textEn: lucene,
      after: afterParam(q.after),
      limit: neo4j.int(q.first + 1),
      walkRatio: WALK.walkRatio,
      walkWindow: neo4j.int(WALK.walkWindow),
    });
    return [{ rows: toPage(row.rows), total: row.total as number }];
  },

  // The page always carries its total; a count of its own is the general one.
  count: (db, keys, q) => general.count(db, keys, q, general.plan(keys, q)!),
});
