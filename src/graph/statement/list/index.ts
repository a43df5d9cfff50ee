/**
 * Statement lists: how `statements`, `Actor.statements`, `Entity.statementsAbout`,
 * `Article.statements` and `Event.statements` are answered. Each way is a strategy of this folder;
 * `chooseStrategy` takes the first that applies, in the order of STATEMENT_LIST_STRATEGIES. Every
 * strategy gives the same statements in the same order as `general` would: they differ in speed.
 *
 * | list shape                                                        | strategy   | Cypher files (cypher/statement/)                      | totalCount                          |
 * |-------------------------------------------------------------------|------------|-------------------------------------------------------|-------------------------------------|
 * | can match nothing: another article's list, a text without words   | `nothing`  | none                                                  | 0                                   |
 * | one list, reading or date order, filtered at most by article,     | `index`    | page-statements-in-reading-order, page-dated-statements | with the page when unfiltered (count store), else count-statements-by-properties / count-all-statements |
 * |   mode, attribution and dates (`Article.statements` too)          |            |                                                       |                                     |
 * | reading order, one relation to one entity and nothing else        | `relation` | page-statements-by-relation                           | with the page (the entity's degree) |
 * |   (`Actor.statements`, `statementsAbout`, `Event.statements`      |            |                                                       |                                     |
 * |   unfiltered; `statements` filtered by speaker, about,            |            |                                                       |                                     |
 * |   reportedBy or event alone), batched over parents                |            |                                                       |                                     |
 * | reading order, root list, the text filter alone                   | `text`     | page-statements-by-text                               | with the page (the number of hits)  |
 * | anything else: several filters, speaker orders, batched filtered  | `general`  | page-statements                                       | count-statements                    |
 *
 * The shared parts of the Cypher are fragments (`*.fragment.cypher`, included with
 * `// @include`; see src/db/queries.ts): the full-text hits, the anchors, the filter and the
 * page row. To add a strategy: a module of this folder with the StatementListStrategy shape, its
 * Cypher files, a row in this table, a place in the list below, and a case in
 * statement.tck.test.ts that asserts which list shapes take it.
 */
import { Database } from '../../../db/database';
import { byIndex } from './by-index';
import { byRelation } from './by-relation';
import { byText } from './by-text';
import { general } from './general';
import { nothing } from './nothing';
import { StatementListQuery, StatementPage } from './query';
import { StatementListStrategy } from './strategy';

export * from './query';
export type { StatementListStrategy };

/** The strategies, in the order they are tried; `general` answers every list and comes last. */
export const STATEMENT_LIST_STRATEGIES: readonly StatementListStrategy<unknown>[] = Object.freeze([
  nothing,
  byIndex,
  byRelation,
  byText,
  general,
] as StatementListStrategy<unknown>[]);

/** The first strategy that answers this list, with its plan. */
export function chooseStrategy(keys: readonly string[], q: StatementListQuery): { strategy: StatementListStrategy<unknown>; plan: unknown } {
  for (const strategy of STATEMENT_LIST_STRATEGIES) {
    const plan = strategy.plan(keys, q);
    if (plan !== null) return { strategy, plan };
  }
  throw new Error('No statement list strategy applies; `general` applies to every list.');
}

/** One page of statements per key (one query for all keys), with its total when that comes free. */
export function pageStatements(db: Database, keys: readonly string[], q: StatementListQuery): Promise<StatementPage[]> {
  const { strategy, plan } = chooseStrategy(keys, q);
  return strategy.page(db, keys, q, plan);
}

/**
 * The exact number of matches per key (one query for all keys). A total depends on neither the
 * order nor the cursor, so it is counted by the strategy of the list's first page in reading order.
 */
export function countStatements(db: Database, keys: readonly string[], q: StatementListQuery): Promise<number[]> {
  const first: StatementListQuery = { ...q, order: 'READING_ORDER', after: null };
  const { strategy, plan } = chooseStrategy(keys, first);
  return strategy.count(db, keys, first, plan);
}
