import { cachedRequest } from './client';
import { MAX_PAGE } from './pages';
import { STATEMENT_PAGE } from './queries';
import type { Connection } from './types';

export interface StatementPageArgs {
  filter: Record<string, string>;
  first: number;
  after?: string | null;
  orderBy?: string;
}

/**
 * Nodes by id, in the order asked, through `nodes(ids)` in batches of 100 with the given
 * operation; ids the API no longer knows are left out. Only for ids that come from elsewhere:
 * a statement list is a page of `statements` (fetchStatementPage).
 */
export async function fetchByIds<T extends { id: string }>(operation: string, ids: readonly string[]): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += MAX_PAGE) {
    const data = await cachedRequest<{ nodes: Array<T | null> }>(operation, { ids: ids.slice(i, i + MAX_PAGE) });
    for (const node of data.nodes) if (node) out.push(node);
  }
  return out;
}

/**
 * One page of statements matching `filter`, with its cursors and count, in one request
 * (`operation`: STATEMENT_PAGE or one with a smaller selection and the same variables).
 */
export async function fetchStatementPage<T>(args: StatementPageArgs, operation = STATEMENT_PAGE): Promise<Connection<T>> {
  const data = await cachedRequest<{ statements: Connection<T> }>(operation, {
    filter: args.filter,
    first: args.first,
    after: args.after ?? null,
    orderBy: args.orderBy ?? 'READING_ORDER',
  });
  return data.statements;
}

/** Every statement matching `filter`, 100 at a time (CSV export, graphs); `onProgress` after each page. */
export async function fetchAllStatements<T>(
  filter: Record<string, string>,
  orderBy?: string,
  operation = STATEMENT_PAGE,
  onProgress?: (done: number, total: number) => void,
): Promise<T[]> {
  const out: T[] = [];
  let after: string | null = null;
  for (;;) {
    const page: Connection<T> = await fetchStatementPage<T>({ filter, first: MAX_PAGE, after, orderBy }, operation);
    out.push(...page.edges.map((e) => e.node));
    onProgress?.(out.length, page.totalCount);
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return out;
    after = page.pageInfo.endCursor;
  }
}
