/**
 * The dashboard's only way to the data: POST to this origin's `/graphql` (the public API).
 * Errors come back as one `ApiError` with a sentence a reader can act on:
 * unreachable server, HTTP failure, or the API's own GraphQL errors.
 */

export type ApiErrorKind = 'network' | 'http' | 'graphql' | 'timeout';

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    /** The API's error messages, when it answered with GraphQL errors. */
    readonly details: readonly string[] = [],
    readonly status?: number,
    /** The API's GraphQL errors themselves, with their `extensions` (`code`, `problems`…). */
    readonly errors: readonly GraphQLErrorData[] = [],
  ) {
    super(message);
  }

  /** The `extensions.code` of the API's first error (`CONFLICT`, `BAD_USER_INPUT`…), if it gave one. */
  get code(): string | undefined {
    return this.errors[0]?.extensions?.code as string | undefined;
  }
}

/** One GraphQL error as the API answers it. */
export interface GraphQLErrorData {
  message: string;
  extensions?: Record<string, unknown>;
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLErrorData[];
}

export const ENDPOINT = '/graphql';
const TIMEOUT_MS = 20_000;

/** HTTP answers worth one more try: the server or a proxy was momentarily busy. */
const TRANSIENT = new Set([502, 503, 504]);
const RETRY_AFTER_MS = 800;

/**
 * Runs one operation; resolves with `data`, rejects with an ApiError. Queries only read, so a
 * transient failure (no answer, 502/503/504, e.g. a cold database right after start-up) is
 * tried once more before the error is shown.
 */
export async function request<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  return send<T>(query, variables, { signal });
}

/** How `send` sends an operation. */
export interface SendOptions {
  signal?: AbortSignal;
  /** More request headers (an editor's `authorization`). */
  headers?: Record<string, string>;
  /** Try a transient failure once more (default); off for mutations, which must not run twice. */
  retry?: boolean;
}

/** `request` with headers, and without the second try for operations that write. */
export async function send<T>(query: string, variables: Record<string, unknown>, options: SendOptions = {}): Promise<T> {
  const { signal, retry = true } = options;
  try {
    return await requestOnce<T>(query, variables, options);
  } catch (error) {
    const transient = error instanceof ApiError && (error.kind === 'network' || error.kind === 'timeout' || TRANSIENT.has(error.status ?? 0));
    if (!retry || !transient || signal?.aborted) throw error;
    await new Promise((r) => setTimeout(r, RETRY_AFTER_MS));
    return requestOnce<T>(query, variables, options);
  }
}

async function requestOnce<T>(query: string, variables: Record<string, unknown>, { signal, headers = {} }: SendOptions): Promise<T> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), TIMEOUT_MS);
  const abort = () => timeout.abort();
  signal?.addEventListener('abort', abort);
  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json;q=0.9',
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
      signal: timeout.signal,
      credentials: 'same-origin',
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    if (timeout.signal.aborted) {
      throw new ApiError('timeout', `The API did not answer within ${TIMEOUT_MS / 1000} seconds.`);
    }
    throw new ApiError('network', 'The API cannot be reached: the server may be down or the network unavailable.');
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }

  let body: GraphQLResponse<T> | undefined;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    body = undefined;
  }
  const messages = body?.errors?.map((e) => e.message) ?? [];
  if (messages.length > 0) {
    const unavailable = body?.errors?.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE');
    throw new ApiError(
      'graphql',
      unavailable ? 'The API is up but its database is unavailable.' : 'The API answered with an error.',
      messages,
      response.status,
      body?.errors ?? [],
    );
  }
  if (!response.ok || !body || body.data == null) {
    throw new ApiError('http', `The API answered HTTP ${response.status} ${response.statusText}`.trim() + '.', [], response.status);
  }
  return body.data;
}

/** Short-lived memory of answers, so back/forward redraws at once without asking again. */
const cache = new Map<string, { at: number; promise: Promise<unknown> }>();
const CACHE_MS = 60_000;

export function cacheKey(query: string, variables: Record<string, unknown>): string {
  return `${query}\u0000${JSON.stringify(variables)}`;
}

/** `request`, answered from the cache when the same operation ran in the last minute. */
export function cachedRequest<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const key = cacheKey(query, variables);
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.promise as Promise<T>;
  const promise = request<T>(query, variables);
  cache.set(key, { at: Date.now(), promise });
  promise.catch(() => cache.delete(key));
  if (cache.size > 200) cache.delete(cache.keys().next().value as string);
  return promise;
}

/** Forgets every cached answer (after a retry, to really ask again). */
export function clearCache(): void {
  cache.clear();
}
