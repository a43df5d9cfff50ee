import { cachedRequest } from './client';
import { STATEMENTS_BY_ID, STATEMENT_PAGE } from './queries';
import type { Connection } from './types';

/** The API's largest page and its limit of ids for `nodes`. */
export const MAX_PAGE = 100;

export interface StatementPageArgs {
  filter: Record<string, string>;
  first: number;
  after?: string | null;
  orderBy?: string;
}

/**
 * Nodes by id, in the order asked, through `nodes(ids)` in batches of 100 with the given
 * operation; ids the API no longer knows are left out.
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
 * One page of statements matching `filter`: the page's ids with its cursors and count, then the
 * statements themselves (`operation`: STATEMENTS_BY_ID or a smaller selection).
 */
export async function fetchStatementPage<T extends { id: string }>(args: StatementPageArgs, operation = STATEMENTS_BY_ID): Promise<Connection<T>> {
  const page = await cachedRequest<{ statements: Connection<{ id: string }> }>(STATEMENT_PAGE, {
    filter: args.filter,
    first: args.first,
    after: args.after ?? null,
    orderBy: args.orderBy ?? 'READING_ORDER',
  });
  const ids = page.statements.edges.map((e) => e.node.id);
  const nodes = new Map((await fetchByIds<T>(operation, ids)).map((n) => [n.id, n]));
  return {
    totalCount: page.statements.totalCount,
    pageInfo: page.statements.pageInfo,
    edges: page.statements.edges.filter((e) => nodes.has(e.node.id)).map((e) => ({ cursor: '', node: nodes.get(e.node.id)! })),
  };
}

/** Every statement matching `filter`, 100 at a time (CSV export, graphs); `onProgress` after each page. */
export async function fetchAllStatements<T extends { id: string }>(
  filter: Record<string, string>,
  orderBy?: string,
  operation = STATEMENTS_BY_ID,
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
