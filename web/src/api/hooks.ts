import { useCallback, useEffect, useState } from 'preact/hooks';

import { ApiError, cacheKey, cachedRequest, clearCache } from './client';

export interface QueryState<T> {
  data?: T;
  error?: ApiError;
  loading: boolean;
  /** Asks again (forgetting cached answers): the "Retry" button. */
  retry: () => void;
}

/** Answers already received, so a view shown again renders at once instead of flashing "Loading". */
const settled = new Map<string, unknown>();

/**
 * Forgets every answer received (cached requests and settled views): after a publish, so that
 * the statements, entity pages and the stance matrix show the graph as it is now.
 */
export function forgetAnswers(): void {
  clearCache();
  settled.clear();
}

/**
 * Runs an async loader for a component (one request or several, e.g. a page of ids and then
 * the nodes) and re-runs it when `key` changes or on retry. A null key leaves it idle.
 */
export function useAsync<T>(key: string | null, load: () => Promise<T>): QueryState<T> {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ key: string | null; data?: T; error?: ApiError; loading: boolean }>(() => ({
    key,
    data: key ? (settled.get(key) as T | undefined) : undefined,
    loading: key !== null && !settled.has(key),
  }));

  useEffect(() => {
    if (key === null) return;
    let live = true;
    setState((s) => ({ key, data: s.key === key ? s.data : (settled.get(key) as T | undefined), loading: true }));
    load().then(
      (data) => {
        settled.set(key, data);
        if (settled.size > 200) settled.delete(settled.keys().next().value as string);
        if (live) setState({ key, data, loading: false });
      },
      (error: unknown) => {
        if (!live) return;
        const apiError = error instanceof ApiError ? error : new ApiError('network', String((error as Error)?.message ?? error));
        setState({ key, error: apiError, loading: false });
      },
    );
    return () => {
      live = false;
    };
    // `key` stands for everything `load` depends on.
  }, [key, attempt]);

  const retry = useCallback(() => {
    clearCache();
    if (key) settled.delete(key);
    setAttempt((n) => n + 1);
  }, [key]);

  if (state.key !== key) {
    return { data: key ? (settled.get(key) as T | undefined) : undefined, loading: key !== null, retry };
  }
  return { data: state.data, error: state.error, loading: state.loading, retry };
}

/**
 * Runs one GraphQL operation for a component and re-runs it when `variables` change.
 * `skip` leaves it idle (e.g. until the user has picked both entities).
 */
export function useQuery<T>(query: string, variables: Record<string, unknown> = {}, skip = false): QueryState<T> {
  return useAsync<T>(skip ? null : cacheKey(query, variables), () => cachedRequest<T>(query, variables));
}

/** `value`, updated only after it has stopped changing for `ms` (for search-as-you-type). */
export function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/** Every node of a cursor-paged list, fetched `pageSize` at a time. */
export async function fetchAllPages<N>(
  fetchPage: (after: string | null) => Promise<{ edges: Array<{ node: N }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } }>,
  limit = 5000,
): Promise<N[]> {
  const nodes: N[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await fetchPage(after);
    nodes.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor || nodes.length >= limit) return nodes;
    after = page.pageInfo.endCursor;
  }
}
