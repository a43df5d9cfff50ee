import { Database } from '../../../db/database';
import { QueryName } from '../../../db/queries';
import { StatementListQuery, StatementPage } from './query';

/**
 * One way of answering statement lists: when it applies, which Cypher files it runs, and how it
 * pages and counts. The strategies are listed, in the order they are tried, in index.ts.
 */
export interface StatementListStrategy<Plan = unknown> {
  /** The name the tests and docs use for it. */
  readonly name: string;
  /** Every Cypher file it may run, page and count. */
  readonly queries: readonly QueryName[];
  /**
   * Whether it answers lists of this shape for these parent keys (`''` at the root): the plan it
   * runs with, or null. Decided from the question alone, never from the data.
   */
  plan(keys: readonly string[], q: StatementListQuery): Plan | null;
  /** One page per key, in key order, with the total when the page query reads it for free. */
  page(db: Database, keys: readonly string[], q: StatementListQuery, plan: Plan): Promise<StatementPage[]>;
  /** The exact total per key, in key order, for a page that came without one. */
  count(db: Database, keys: readonly string[], q: StatementListQuery, plan: Plan): Promise<number[]>;
}

/** Declares a strategy; the identity function, there for the type. */
export function strategy<Plan>(s: StatementListStrategy<Plan>): StatementListStrategy<Plan> {
  return Object.freeze(s);
}
