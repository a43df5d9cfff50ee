import http from 'node:http';

/** A GraphQL operation as a client sends it over HTTP. */
export interface GraphqlRequest {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
  /** Request extensions (GraphQL over HTTP), such as `{ dryRun: true }`. */
  extensions?: Record<string, unknown>;
}

/** What became of one POST: a complete answer, or the network error that ended it instead. */
export interface Exchange {
  /** When it was sent and when it ended (epoch ms), and the time between. */
  startedAt: number;
  endedAt: number;
  ms: number;
  /** Set when a complete answer arrived; `body` is its JSON, or its text when it is not JSON. */
  status?: number;
  body?: any;
  /** The answer's headers. */
  headers?: http.IncomingHttpHeaders;
  /** The answer asked the client to drop the connection (`Connection: close`). */
  closesConnection?: boolean;
  /** Set when no complete answer arrived: ECONNREFUSED, ECONNRESET, "socket hang up", "client timeout"... */
  error?: string;
}

/** How exchange and the posts built on it send a request. */
export interface PostOptions {
  /** Request headers; `content-type` defaults to application/json. */
  headers?: Record<string, string>;
  /** The connection pool to send through (node:http's global agent by default). */
  agent?: http.Agent;
  /** A request still unanswered after this long ends as "client timeout" (default 60 s). */
  timeoutMs?: number;
  /** Runs once the request has been written in full to the socket. */
  onSent?: () => void;
}

/**
 * POSTs `request` to `url` (an endpoint: `http://127.0.0.1:4000/graphql`) with node:http, not
 * fetch, so that network errors and connection handling are the socket's own, and never
 * rejects: every request ends as an Exchange. A GraphqlRequest is sent as JSON; a string or
 * Buffer is sent as it is (a malformed body, another media type, the bench's Cypher endpoint).
 */
export function exchange(url: string, request: GraphqlRequest | string | Buffer, options: PostOptions = {}): Promise<Exchange> {
  const startedAt = Date.now();
  const payload = typeof request === 'string' || Buffer.isBuffer(request) ? request : JSON.stringify(request);
  return new Promise((resolve) => {
    let settled = false;
    const settle = (fields: Partial<Exchange>) => {
      if (settled) return;
      settled = true;
      const endedAt = Date.now();
      resolve({ startedAt, endedAt, ms: endedAt - startedAt, ...fields });
    };
    const req = http.request(
      url,
      {
        method: 'POST',
        agent: options.agent,
        headers: { 'content-type': 'application/json', ...options.headers, 'content-length': Buffer.byteLength(payload) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('error', (error: NodeJS.ErrnoException) => settle({ error: error.code ?? error.message }));
        res.on('aborted', () => settle({ error: 'response aborted' }));
        res.on('end', () => {
          if (!res.complete) return settle({ error: 'incomplete response' });
          settle({ status: res.statusCode, headers: res.headers, body: parseJson(text), closesConnection: /close/i.test(res.headers.connection ?? '') });
        });
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => settle({ error: error.code ?? error.message }));
    // A request that hangs must end with a finding, not a jest timeout.
    req.setTimeout(options.timeoutMs ?? 60_000, () => {
      settle({ error: 'client timeout' });
      req.destroy();
    });
    req.end(payload, () => options.onSent?.());
  });
}

/** An HTTP answer: its status, and its body as JSON (or as text when it is not JSON). */
export interface Answer {
  status: number;
  body: any;
}

/** Like exchange, but resolves with the answer, whatever its status, and rejects when none came (naming why). */
export async function postGraphql(url: string, request: GraphqlRequest | string | Buffer, options: PostOptions = {}): Promise<Answer> {
  const outcome = await exchange(url, request, options);
  if (outcome.error !== undefined) throw new Error(`POST ${url} got no answer: ${outcome.error}.`);
  return { status: outcome.status!, body: outcome.body };
}

/**
 * Like postGraphql, but resolves with the answer's `data` only: rejects on a status other than
 * 2xx, a body that is not a GraphQL response, or any GraphQL error, with the status and the messages.
 */
export async function graphqlData<T = any>(url: string, request: GraphqlRequest | string, options: PostOptions = {}): Promise<T> {
  const { status, body } = await postGraphql(url, request, options);
  const problems = errorMessages(body);
  if (status < 200 || status >= 300 || problems.length > 0 || typeof body !== 'object' || body?.data == null) {
    const said = problems.length > 0 ? problems.join('; ') : String(typeof body === 'string' ? body : JSON.stringify(body)).slice(0, 300);
    throw new Error(`POST ${url} answered HTTP ${status}: ${said}`);
  }
  return body.data as T;
}

/** The `extensions.code`s of a GraphQL response body, in order. */
export function errorCodes(body: any): string[] {
  return Array.isArray(body?.errors) ? body.errors.map((e: any) => e?.extensions?.code) : [];
}

/** The `message`s of a GraphQL response body, in order. */
function errorMessages(body: any): string[] {
  return Array.isArray(body?.errors) ? body.errors.map((e: any) => String(e?.message)) : [];
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Kept as text: whoever reads it shows it.
    return text;
  }
}
