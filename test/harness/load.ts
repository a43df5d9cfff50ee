import http from 'node:http';

/** How one HTTP request ended: a complete response, or the network error that ended it instead. */
export interface Outcome {
  /** Which client sent it (index), which of LOAD_QUERIES (index), and when (epoch ms). */
  client: number;
  query?: number;
  startedAt: number;
  endedAt: number;
  ms: number;
  /** Set when a complete response arrived. */
  status?: number;
  body?: any;
  /** The response asked the client to drop the connection (`Connection: close`). */
  closesConnection?: boolean;
  /** Set when no complete response arrived: ECONNREFUSED, ECONNRESET, "socket hang up"... */
  error?: string;
}

/** Real read operations of the dashboard and README, from cheap lookups to path searches. */
export const LOAD_QUERIES: readonly string[] = [
  '{ node(id: "person:donald-trump") { id ... on Person { name } } }',
  '{ statements(filter: { speaker: "person:donald-trump" }, first: 5) { totalCount edges { node { id text speaker { name } about { name } } } } }',
  '{ positions(topic: "topic:tomahawk-delivery-to-ukraine") { stance statementCount actor { name } } }',
  '{ search(query: "Selenskyj", first: 5) { score node { __typename id } } }',
  '{ connections(from: "person:keir-starmer", to: "person:vladimir-putin", first: 3) { length nodes { id } relationships { type from to } } }',
  '{ statements(first: 50) { totalCount edges { node { id text mode speaker { name } about { name } evidence { start end excerpt } } } } }',
];

/**
 * POSTs one GraphQL operation with node:http (not fetch, so that the network error codes and the
 * connection handling are the socket's own) and never rejects: every request ends as an Outcome.
 * `onSent` runs once the request has been written in full to the socket.
 */
export function postGraphql(
  url: string,
  query: string,
  options: { agent?: http.Agent; client?: number; onSent?: () => void; timeoutMs?: number } = {},
): Promise<Outcome> {
  const startedAt = Date.now();
  const payload = JSON.stringify({ query });
  return new Promise((resolve) => {
    let settled = false;
    const settle = (fields: Partial<Outcome>) => {
      if (settled) return;
      settled = true;
      const endedAt = Date.now();
      resolve({ client: options.client ?? 0, startedAt, endedAt, ms: endedAt - startedAt, ...fields });
    };
    const req = http.request(
      `${url}/graphql`,
      {
        method: 'POST',
        agent: options.agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('error', (error: NodeJS.ErrnoException) => settle({ error: error.code ?? error.message }));
        res.on('aborted', () => settle({ error: 'response aborted' }));
        res.on('end', () => {
          if (!res.complete) return settle({ error: 'incomplete response' });
          let body: unknown = text;
          try {
            body = JSON.parse(text);
          } catch {
            // Kept as text: the assertions show it.
          }
          settle({ status: res.statusCode, body, closesConnection: /close/i.test(res.headers.connection ?? '') });
        });
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => settle({ error: error.code ?? error.message }));
    // A request that hangs must end the test with a finding, not a jest timeout.
    req.setTimeout(options.timeoutMs ?? 60_000, () => {
      settle({ error: 'client timeout' });
      req.destroy();
    });
    req.end(payload, () => options.onSent?.());
  });
}

/** Several clients, each sending the load queries in turn, one request at a time, until stopped. */
export interface Load {
  outcomes: Outcome[];
  /** Outcomes per client, counted so far. */
  countBy(client: number, test?: (o: Outcome) => boolean): number;
  /** Asks every client to stop after its current request, and waits for them. */
  stop(): Promise<void>;
}

/**
 * Starts `clients` concurrent loops against `url`. Each client has its own keep-alive agent with
 * one socket, as a dashboard tab or a service client would. A client stops by itself when it is
 * refused a connection and `stopWhenRefused` is set (the server has stopped listening).
 */
export function startLoad(url: string, clients: number, options: { stopWhenRefused?: boolean; timeoutMs?: number } = {}): Load {
  const outcomes: Outcome[] = [];
  let stopping = false;
  const loops = Array.from({ length: clients }, async (_, client) => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      for (let i = client; !stopping; i++) {
        const query = i % LOAD_QUERIES.length;
        const outcome = await postGraphql(url, LOAD_QUERIES[query], { agent, client, timeoutMs: options.timeoutMs });
        outcomes.push({ ...outcome, query });
        if (options.stopWhenRefused && outcome.error === 'ECONNREFUSED') return;
      }
    } finally {
      agent.destroy();
    }
  });
  return {
    outcomes,
    countBy: (client, test = () => true) => outcomes.filter((o) => o.client === client && test(o)).length,
    async stop() {
      stopping = true;
      await Promise.all(loops);
    },
  };
}

/** The `extensions.code`s of a GraphQL response body, in order. */
export function errorCodes(body: any): string[] {
  return Array.isArray(body?.errors) ? body.errors.map((e: any) => e?.extensions?.code) : [];
}
