import { stemmedAllQuery } from '../../common/lucene';
import { EMPTY_PAGE } from './query';
import { strategy } from './strategy';

/**
 * Lists that can match nothing, answered without a query: a statement cannot be in two articles
 * (an article list filtered by another article), and a text with no searchable word (`?!`)
 * finds nothing.
 */
export const nothing = strategy<true>({
  name: 'nothing',
  queries: [],
  plan(keys, q) {
    const f = q.filter;
    if (f.text !== null && stemmedAllQuery(f.text) === null) return true;
    return q.scope === 'article' && keys.length === 1 && f.article !== null && f.article !== keys[0] ? true : null;
  },
  page: async (_db, keys) => keys.map(() => EMPTY_PAGE),
  count: async (_db, keys) => keys.map(() => 0),
});
