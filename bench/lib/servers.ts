import { ChildProcess, fork } from 'node:child_process';
import path from 'node:path';

import { stopProcess } from '../../test/harness/app';
import { postGraphql } from '../../test/harness/graphql';
import { SystemName } from './queries';

/** A system's server, running in its own Node process (so its RSS and round trips are its own). */
export interface Server {
  system: SystemName;
  port: number;
  /** Fork to listening, ms: loading modules, building the schema, connecting. */
  startMs: number;
  child: ChildProcess;
  /** POST target of a request body. */
  url(queryName: string): string;
  stats(): Promise<{ queries: number; cpuMs: number; maxRssMb: number; rssMb: number }>;
  /** Records the queries the server sends to Neo4j until `stopCapture()`. */
  startCapture(): void;
  stopCapture(): Promise<{ text: string; params: Record<string, unknown> }[]>;
  stop(): Promise<void>;
}

/** The systems' HTTP ports: BENCH_PORT_BASE + 1..3 (4301-4303 by default), so two runs can share a machine. */
const PORT_BASE = Number(process.env.BENCH_PORT_BASE ?? 4300);
if (!Number.isInteger(PORT_BASE) || PORT_BASE < 1024 || PORT_BASE > 65_000) {
  throw new Error(
    `BENCH_PORT_BASE is "${process.env.BENCH_PORT_BASE}"; set it to a whole number from 1024 to 65000 (the systems listen on it plus 1, 2 and 3).`,
  );
}
export const PORTS: Record<SystemName, number> = { stancegraph: PORT_BASE + 1, 'neo4j-graphql': PORT_BASE + 2, cypher: PORT_BASE + 3 };
const SCRIPTS: Record<SystemName, string> = {
  stancegraph: 'systems/stancegraph/server.js',
  'neo4j-graphql': 'systems/neo4j-graphql/server.js',
  cypher: 'systems/floor/server.js',
};

/** Forks the system's server on its port against `boltUri`; resolves once it listens. */
export function startServer(system: SystemName, boltUri: string): Promise<Server> {
  const script = path.join(__dirname, '..', SCRIPTS[system]);
  const forkedAt = performance.now();
  const child = fork(script, [boltUri, String(PORTS[system])], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    // The bench measures throughput from one loopback address: rate limits would measure themselves.
    env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', RATE_LIMIT_POINTS: '0', RATE_LIMIT_ANONYMOUS_POINTS: '0' },
  });
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`The ${system} server exited during start-up (status ${code}).`));
    child.once('exit', onExit);
    child.once('message', (m: { type: string; port: number }) => {
      if (m.type !== 'ready') return;
      child.off('exit', onExit);
      const startMs = Math.round(performance.now() - forkedAt);
      resolve({
        system,
        port: m.port,
        startMs,
        child,
        url: (name) => (system === 'cypher' ? `http://127.0.0.1:${m.port}/q/${name}` : `http://127.0.0.1:${m.port}/graphql`),
        stats: () => ask(child, 'stats', 'stats'),
        startCapture: () => child.send({ type: 'capture-start' }),
        stopCapture: async () => (await ask<{ queries: { text: string; params: Record<string, unknown> }[] }>(child, 'capture-stop', 'captured')).queries,
        stop: async () => void (await stopProcess(child, 5_000)),
      });
    });
  });
}

/** The request body each system takes for a query and its parameters. */
export function requestBody(
  system: SystemName,
  form: { query?: string; variables?: (p: Record<string, unknown>) => unknown; params?: (p: Record<string, unknown>) => unknown },
  params: Record<string, unknown>,
): string {
  if (system === 'cypher') return JSON.stringify(form.params!(params));
  return JSON.stringify({ query: form.query, variables: form.variables!(params) });
}

/** One request; returns the JSON body (throws on a non-2xx status or a body that is not JSON). */
export async function post(url: string, body: string): Promise<any> {
  const answer = await postGraphql(url, body, { timeoutMs: 60_000 });
  const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
  if (answer.status < 200 || answer.status >= 300 || typeof answer.body === 'string')
    throw new Error(`${url} answered ${answer.status}: ${text.slice(0, 300)}`);
  return answer.body;
}

function ask<T>(child: ChildProcess, request: string, reply: string): Promise<T> {
  return new Promise((resolve) => {
    const on = (m: { type: string }) => {
      if (m.type !== reply) return;
      child.off('message', on);
      resolve(m as T);
    };
    child.on('message', on);
    child.send({ type: request });
  });
}
