/**
 * Counts database round trips in a server process: every query sent to Neo4j through
 * neo4j-driver (a transaction's `run`, or a session's auto-commit `run`) is one round trip.
 * Patched on the driver's prototypes before any driver exists, so it sees the queries of every
 * system alike (stancegraph's Database, @neo4j/graphql's Executor, the hand-written floor).
 * The parent process (bench/run.ts) reads the counters and peak RSS over IPC.
 */
import * as driverCore from 'neo4j-driver-core';

/** The driver classes whose `run` is patched, typed only as far as the patch needs. */
type Runner = { prototype: { run: (...args: unknown[]) => unknown } };
const core = driverCore as unknown as { Transaction: Runner; Session: Runner; isInt(value: unknown): boolean };

export const counters = { queries: 0 };

/** While capturing, the queries sent (text and parameters), for the parent to EXPLAIN. */
let captured: { text: string; params: unknown }[] | undefined;

for (const cls of [core.Transaction, core.Session]) {
  const original = cls.prototype.run;
  cls.prototype.run = function (this: unknown, ...args: unknown[]) {
    counters.queries++;
    if (captured && captured.length < 200) {
      const query = args[0] as string | { text: string };
      captured.push({ text: typeof query === 'string' ? query : query.text, params: plain(args[1]) });
    }
    return original.apply(this, args);
  };
}

/** Parameters as JSON (driver Integers as numbers), to cross the IPC channel. */
function plain(value: unknown): unknown {
  if (core.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

/** Answers the parent's `stats` requests; reports `ready` once the server listens. */
export function serveStats(startedAt: number, port: number): void {
  process.on('message', (message: { type: string }) => {
    if (message.type === 'capture-start') captured = [];
    if (message.type === 'capture-stop') {
      process.send!({ type: 'captured', queries: captured ?? [] });
      captured = undefined;
    }
    if (message.type === 'stats') {
      const cpu = process.cpuUsage();
      process.send!({
        type: 'stats',
        queries: counters.queries,
        cpuMs: (cpu.user + cpu.system) / 1000,
        maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
        rssMb: Math.round(process.memoryUsage().rss / 1048576),
      });
    }
  });
  process.send!({ type: 'ready', port, startMs: Math.round(performance.now() - startedAt) });
}
