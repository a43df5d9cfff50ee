import fs from 'node:fs';

import { Kind, OperationTypeNode, parse } from 'graphql';

import { EXAMPLES_FILE } from '../src/server/playground';
import { AppProcess, startHealthyApp } from '../test/harness/app';
import { exchange } from '../test/harness/graphql';

/**
 * The bounded load test: `clients` concurrent clients (default 50), each sending the playground's
 * example queries (schema/examples.graphql) one after another for `seconds` (default 30), over
 * loopback only. Every answer is checked (HTTP 200, JSON, data, no `errors`); the run reports
 * p50/p99 latency per operation and overall, and exits non-zero on any error.
 *
 * Without `--url` it starts the app as `npm start` does (its own embedded Neo4j in a temporary
 * folder, the article loaded, production mode) and stops it afterwards.
 *
 *   npm run load-test                              # 50 clients, 30 s
 *   npm run load-test -- --clients 20 --seconds 10
 *   npm run load-test -- --url http://127.0.0.1:4000/graphql   # a server already running
 */

interface Options {
  clients: number;
  seconds: number;
  url?: string;
}

/** Latencies and failures of one operation. */
interface Tally {
  latenciesMs: number[];
  errors: number;
}

const LIMITS = { clients: [1, 500], seconds: [1, 600] } as const;
/** No single request may hold a client longer than this, so the run always ends. */
const REQUEST_TIMEOUT_MS = 30_000;

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const source = fs.readFileSync(EXAMPLES_FILE, 'utf8');
  const operations = queryNames(source);
  const app = options.url ? undefined : await startProductionApp();
  const url = options.url ?? app!.graphqlUrl;
  try {
    process.stdout.write(
      `Load test: ${options.clients} clients for ${options.seconds} s against ${url}, cycling through ${operations.length} example operations.\n`,
    );
    const started = performance.now();
    const tallies = await run(url, source, operations, options);
    report(tallies, (performance.now() - started) / 1000);
    const errors = [...tallies.values()].reduce((sum, t) => sum + t.errors, 0);
    if (errors > 0) process.exitCode = 1;
  } finally {
    await app?.stop();
  }
}

function parseArgs(argv: string[]): Options {
  const options: Options = { clients: 50, seconds: 30 };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (value === undefined) throw new UsageError(`The option ${flag} needs a value.`);
    if (flag === '--clients' || flag === '--seconds') {
      const key = flag.slice(2) as 'clients' | 'seconds';
      const n = Number(value);
      const [min, max] = LIMITS[key];
      if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${flag} is "${value}"; it takes a whole number from ${min} to ${max}.`);
      options[key] = n;
    } else if (flag === '--url') {
      options.url = loopbackUrl(value);
    } else {
      throw new UsageError(`Unknown option "${flag}"; the options are --clients, --seconds and --url.`);
    }
  }
  return options;
}

/** Load goes to this machine only: a load test pointed at someone else's server is an attack. */
function loopbackUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--url is "${value}", which is not a URL; give the GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql.`);
  }
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname) || !['http:', 'https:'].includes(url.protocol)) {
    throw new UsageError(`--url is "${value}"; the load test only runs against this machine (http://127.0.0.1, localhost or [::1]).`);
  }
  return url.toString();
}

/** The names of the query operations in the examples file (mutations would change the graph). */
function queryNames(source: string): string[] {
  return parse(source)
    .definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === OperationTypeNode.QUERY)
    .map((d) => (d.kind === Kind.OPERATION_DEFINITION ? d.name!.value : ''));
}

/** Closed loop: each client sends its next request when its last one is answered, until the time is up. */
async function run(url: string, source: string, operations: string[], options: Options): Promise<Map<string, Tally>> {
  const tallies = new Map(operations.map((name) => [name, { latenciesMs: [], errors: 0 } as Tally]));
  const examples = new Map<string, string>();
  const endAt = Date.now() + options.seconds * 1000;
  const client = async (index: number) => {
    // Clients start at different operations so that the mix is even at every moment.
    for (let i = index; Date.now() < endAt; i++) {
      const operationName = operations[i % operations.length];
      const tally = tallies.get(operationName)!;
      const t0 = performance.now();
      const failure = await ask(url, source, operationName);
      tally.latenciesMs.push(performance.now() - t0);
      if (failure) {
        tally.errors++;
        if (!examples.has(failure)) examples.set(failure, operationName);
      }
    }
  };
  await Promise.all(Array.from({ length: options.clients }, (_, i) => client(i)));
  for (const [failure, operationName] of examples) process.stdout.write(`  error in ${operationName}: ${failure}\n`);
  return tallies;
}

/** Sends one operation; returns undefined when it was answered with data and no errors, else what went wrong. */
async function ask(url: string, source: string, operationName: string): Promise<string | undefined> {
  const { status, body, error } = await exchange(url, { query: source, operationName }, { timeoutMs: REQUEST_TIMEOUT_MS });
  if (error !== undefined) return error;
  if (typeof body !== 'object' || body === null) return `HTTP ${status}, not JSON: ${String(body).slice(0, 120)}`;
  if (body.errors?.length) return `HTTP ${status}, ${body.errors[0].extensions?.code ?? 'error'}: ${body.errors[0].message}`;
  if (status !== 200 || !body.data) return `HTTP ${status} without data`;
  return undefined;
}

function report(tallies: Map<string, Tally>, seconds: number): void {
  const rows = [...tallies].map(([name, t]) => row(name, t.latenciesMs, t.errors));
  const all = [...tallies.values()];
  const total = row(
    'all',
    all.flatMap((t) => t.latenciesMs),
    all.reduce((s, t) => s + t.errors, 0),
  );
  const table = [['operation', 'requests', 'errors', 'p50 ms', 'p99 ms', 'max ms'], ...rows, total];
  const widths = table[0].map((_, c) => Math.max(...table.map((r) => r[c].length)));
  for (const r of table) process.stdout.write(`${r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ')}\n`);
  const requests = all.reduce((s, t) => s + t.latenciesMs.length, 0);
  process.stdout.write(`${requests} requests in ${seconds.toFixed(1)} s (${(requests / seconds).toFixed(1)}/s), ${total[2]} errors.\n`);
}

function row(name: string, latencies: number[], errors: number): string[] {
  const sorted = [...latencies].sort((a, b) => a - b);
  return [name, String(sorted.length), String(errors), ms(percentile(sorted, 50)), ms(percentile(sorted, 99)), ms(sorted[sorted.length - 1])];
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], p: number): number | undefined {
  if (sorted.length === 0) return undefined;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function ms(value: number | undefined): string {
  return value === undefined ? '-' : value.toFixed(1);
}

/** The compiled app (`npm start`'s dist/src/main.js) in production mode, with its own embedded Neo4j in a temporary folder. */
async function startProductionApp(): Promise<AppProcess> {
  process.stdout.write('Starting the app with its own Neo4j in a temporary folder ...\n');
  return startHealthyApp({ env: { NODE_ENV: 'production', LOG_LEVEL: 'warn', LOAD_BUNDLED_DATA: 'true' } });
}

class UsageError extends Error {}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof UsageError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
