import http from 'node:http';

import { Exchange, exchange } from './graphql';

/** One request of a load client: the exchange, which client sent it (index), and which of LOAD_QUERIES (index). */
export interface Outcome extends Exchange {
  client: number;
  query?: number;
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

/** Several clients, each sending the load queries in turn, one request at a time, until stopped. */
export interface Load {
  outcomes: Outcome[];
  /** Outcomes per client, counted so far. */
  countBy(client: number, test?: (o: Outcome) => boolean): number;
  /** Asks every client to stop after its current request, and waits for them. */
  stop(): Promise<void>;
}

/**
 * Starts `clients` concurrent loops against the GraphQL endpoint `graphqlUrl`. Each client has its own keep-alive agent with
 * one socket, as a dashboard tab or a service client would. A client stops by itself when it is
 * refused a connection and `stopWhenRefused` is set (the server has stopped listening).
 */
export function startLoad(graphqlUrl: string, clients: number, options: { stopWhenRefused?: boolean; timeoutMs?: number } = {}): Load {
  const outcomes: Outcome[] = [];
  let stopping = false;
  const loops = Array.from({ length: clients }, async (_, client) => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      for (let i = client; !stopping; i++) {
        const query = i % LOAD_QUERIES.length;
        const outcome = { ...(await exchange(graphqlUrl, { query: LOAD_QUERIES[query] }, { agent, timeoutMs: options.timeoutMs })), client, query };
        outcomes.push(outcome);
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
