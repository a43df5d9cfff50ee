import autocannon from 'autocannon';
import fs from 'node:fs';

import { Server } from './servers';

export interface LoadOptions {
  /** Concurrent connections (closed loop: each sends its next request when the last answers). */
  connections: number;
  /** Seconds measured, after `warmupSeconds` not measured. */
  seconds: number;
  warmupSeconds: number;
  /** When set, a fixed number of requests instead of `seconds` (autocannon counts time in whole seconds). */
  requests?: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  seconds: number;
  /** Database queries per request, counted by the server's driver (see systems/instrument.ts). */
  roundTripsPerRequest: number;
  /** CPU time the system's server process spent per request (GraphQL parsing, resolvers, serialising). */
  serverCpuMsPerRequest: number;
  /** CPU time Neo4j spent per request (all its threads; other clients of it are idle meanwhile). */
  neo4jCpuMsPerRequest: number;
  errors: number;
}

/**
 * Runs a bounded closed-loop load against one server over loopback: `connections` connections
 * cycling through `bodies` (one per parameter set) for a fixed time, then stops by itself.
 */
export async function runLoad(server: Server, url: string, bodies: string[], options: LoadOptions, neo4jPid?: number): Promise<LoadResult> {
  const fire = (seconds: number, amount?: number) => {
    let next = 0;
    return autocannon({
      url,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      connections: options.connections,
      ...(amount ? { amount } : { duration: seconds }),
      timeout: 30,
      requests: [{ setupRequest: (req) => ({ ...req, body: bodies[next++ % bodies.length] }) }],
    });
  };
  if (options.warmupSeconds > 0) await fire(options.warmupSeconds);
  const before = await server.stats();
  const neo4jBefore = neo4jPid ? cpuMsOf(neo4jPid) : 0;
  const t0 = performance.now();
  const result = await fire(options.seconds, options.requests);
  const wallSeconds = (performance.now() - t0) / 1000;
  // Requests cut off at the end are still being answered: let them finish before counting queries.
  await new Promise((resolve) => setTimeout(resolve, Math.min(10_000, result.latency.max + 100)));
  const after = await server.stats();
  const neo4jAfter = neo4jPid ? cpuMsOf(neo4jPid) : 0;
  const requests = result.requests.total;
  return {
    // Wall time around the run: autocannon's own duration is in whole seconds.
    requestsPerSecond: round(requests / wallSeconds, 1),
    seconds: round(wallSeconds, 2),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests,
    roundTripsPerRequest: requests > 0 ? round((after.queries - before.queries) / requests, 2) : 0,
    serverCpuMsPerRequest: requests > 0 ? round((after.cpuMs - before.cpuMs) / requests, 2) : 0,
    neo4jCpuMsPerRequest: requests > 0 && neo4jPid ? round((neo4jAfter - neo4jBefore) / requests, 2) : 0,
    errors: result.errors + result.non2xx,
  };
}

export function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** CPU time (user + system) a process has used, in ms, from /proc (Linux). */
function cpuMsOf(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // Fields 14 and 15 of /proc/<pid>/stat (utime, stime) in clock ticks, here at index 11 and 12.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return 0;
  }
}
