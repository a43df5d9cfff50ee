import 'reflect-metadata';

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { projectRoot } from '../src/config';
import { Mismatch, OutOfTime, PlanCheck, Unanswered, checkAnswers, explainAll } from './lib/check';
import { STOP_MS, Settled, settle } from './lib/settle';
import { IngestStats, ingestCorpus } from './lib/ingest';
import { ImportStats, importAndCompare } from './lib/import';
import { LoadResult, runLoad } from './lib/load';
import { BenchNeo4j, peakRssMb, startBenchNeo4j } from './lib/neo4j';
import { addStancegraphCursors, chooseParams } from './lib/params';
import { QUERIES, SYSTEMS, SystemName } from './lib/queries';
import { renderBenchmarks } from './lib/report';
import { Server, requestBody, startServer } from './lib/servers';
import { buildWorld } from '../test/harness/corpus/world';

/**
 * `npm run bench -- --scale 100k`: builds the synthetic corpus at that scale in a fresh Neo4j,
 * starts the three systems, checks they give the same answers, loads each with each query,
 * writes bench/results/<date>-<scale>.json and rewrites BENCHMARKS.md.
 * `npm run bench:quick` is `--quick`: the 1k scale, short runs, no BENCHMARKS.md update.
 * Exits 1 when the answers differ (nothing is timed then), 2 on bad arguments.
 */
interface Options {
  scale: string;
  statements: number;
  seed: number;
  seconds: number;
  warmupSeconds: number;
  requests?: number;
  connections: number;
  batchStatements: number;
  /** Batches written concurrently. */
  parallel: number;
  quick: boolean;
  /** Also import the corpus with `npm run import`'s path into a second Neo4j, timed, and compare the graphs. */
  importCheck: boolean;
  /** Statements per transaction of that import. */
  importBatch: number;
  systems: SystemName[];
  queries: string[];
  write: boolean;
}

const SCALES: Record<string, number> = { '1k': 1_000, '10k': 10_000, '100k': 100_000, '1m': 1_000_000 };

export interface BenchResult {
  scale: string;
  statements: number;
  date: string;
  command: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; os: string; node: string; java: string };
  versions: Record<string, string>;
  settings: Omit<Options, 'write'>;
  neo4jStartMs: number;
  /** The batched path compared with ingest() on a small corpus: the differences (none expected). */
  ingestion: IngestStats;
  /** The archive import of the same corpus (`npm run import`), when run. */
  imported?: ImportStats;
  graph: Record<string, number>;
  servers: Record<string, { startMs: number; peakRssMb: number }>;
  neo4jPeakRssMb: number | null;
  /** The machine's 1/5/15-minute load averages before and after the timed runs (other work on it skews timings). */
  loadAverage: { before: number[]; after: number[] };
  answersChecked: number;
  mismatches: Mismatch[];
  unanswered: Unanswered[];
  /** Questions the floor could not answer within the client's timeout: reported, not timed (check.ts). */
  outOfTime?: OutOfTime[];
  /** Timed runs before which earlier requests' transactions were still running in Neo4j (settle.ts). */
  settled?: (Settled & { query: string; system: SystemName })[];
  plans: PlanCheck[];
  load: Record<string, Partial<Record<SystemName, LoadResult>>>;
}

function parseArgs(argv: string[]): Options {
  const get = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const quick = argv.includes('--quick');
  const scale = (get('scale') ?? (quick ? '1k' : '10k')).toLowerCase();
  const statements = SCALES[scale] ?? Number(scale.replace(/k$/, '000'));
  if (!Number.isInteger(statements) || statements < 100)
    throw new Error(`--scale "${scale}" is not one of ${Object.keys(SCALES).join(', ')} or a number of statements.`);
  const list = (name: string, all: string[]) => (get(name) ? get(name)!.split(',') : all);
  const systems = list('systems', SYSTEMS) as SystemName[];
  for (const s of systems) if (!SYSTEMS.includes(s)) throw new Error(`--systems: "${s}" is not one of ${SYSTEMS.join(', ')}.`);
  return {
    scale,
    statements,
    seed: Number(get('seed') ?? 42),
    seconds: Number(get('seconds') ?? 10),
    warmupSeconds: Number(get('warmup') ?? (quick ? 0 : 2)),
    // The smoke run sends a fixed number of requests (autocannon's timer ticks in whole seconds).
    requests: get('requests') ? Number(get('requests')) : quick ? 40 : undefined,
    connections: Number(get('connections') ?? 4),
    batchStatements: Number(get('batch') ?? 2500),
    parallel: Number(get('parallel') ?? 2),
    quick,
    importCheck: !argv.includes('--no-import'),
    importBatch: Number(get('import-batch') ?? 5000),
    // The floor answers first: it is the reference the others are compared with.
    systems: (['cypher', 'stancegraph', 'neo4j-graphql'] as SystemName[]).filter((s) => systems.includes(s)),
    queries: list(
      'queries',
      QUERIES.map((q) => q.id),
    ),
    write: !argv.includes('--no-write') && !quick,
  };
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  const root = projectRoot();
  const began = performance.now();
  const log = (line: string) => process.stderr.write(`[bench ${options.scale} ${((performance.now() - began) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);
  const queries = QUERIES.filter((q) => options.queries.includes(q.id));
  let neo: BenchNeo4j | undefined;
  const servers: Server[] = [];
  try {
    neo = await startBenchNeo4j(options.scale, log);
    const db = neo.connection.db;
    log(`Neo4j up in ${neo.startMs} ms`);
    const world = buildWorld(options.seed);
    log(`ingesting ${options.statements} statements ...`);
    const ingestion = await ingestCorpus(db, world, options.seed, options.statements, options.batchStatements, log, options.parallel);
    log(
      `ingested ${ingestion.statements} statements in ${ingestion.articles} articles: ${ingestion.statementsPerSecond} statements/s (write), ${ingestion.statementsPerSecondWithValidation}/s with generation and validation`,
    );
    const graph = await graphSize(neo);
    let imported: ImportStats | undefined;
    if (options.importCheck) {
      log(`importing the same corpus into an empty Neo4j with npm run import's path (batches of ${options.importBatch}, ${options.parallel} at a time) ...`);
      imported = await importAndCompare(
        db,
        world,
        options.seed,
        options.statements,
        options.scale,
        { batchStatements: options.importBatch, parallel: options.parallel, offline: true },
        log,
      );
      log(
        `imported ${imported.statements} statements: ${imported.statementsPerSecond} statements/s (writing ${imported.writeMs} ms, indexes ${imported.indexMs} ms), store ${imported.storeMb} MiB; ` +
          `graph ${imported.equal ? 'EQUAL to' : 'DIFFERENT from'} the ingested one (sha256 ${imported.imported.sha256.slice(0, 12)} / ${imported.ingested.sha256.slice(0, 12)})`,
      );
      if (!imported.equal)
        log(`  ingested: ${JSON.stringify(imported.ingested)}
  imported: ${JSON.stringify(imported.imported)}`);
      const offline = imported.offline;
      if (offline) {
        log(
          `imported offline (neo4j-admin): ${offline.statementsPerSecond} statements/s (CSV ${offline.csvMs} ms, neo4j-admin ${offline.importMs} ms, indexes ${offline.indexMs} ms), store ${offline.storeMb} MiB; ` +
            `graph ${offline.equal ? 'EQUAL to' : 'DIFFERENT from'} the ingested one (sha256 ${offline.imported.sha256.slice(0, 12)})`,
        );
        if (!offline.equal) log(`  offline: ${JSON.stringify(offline.imported)}`);
      }
    }
    const sets = await chooseParams(db, ingestion.statements, options.quick);
    // The smoke run asks two questions per query: enough to catch a wrong answer, fast enough for CI.
    if (options.quick) for (const k of Object.keys(sets)) sets[k] = sets[k].slice(0, 2);

    for (const system of options.systems) {
      servers.push(await startServer(system, neo.uri));
      log(`${system} listening after ${servers.at(-1)!.startMs} ms`);
    }
    const sg = servers.find((s) => s.system === 'stancegraph');
    if (sg && options.queries.includes('deep-page')) await addStancegraphCursors(sg, sets);

    log('checking that every system gives the same answers ...');
    const checkStarted = performance.now();
    const { mismatches, unanswered, outOfTime, captured } = await checkAnswers(queries, servers, sets);
    for (const u of unanswered) log(`${u.system} could not answer ${u.query} ${JSON.stringify(u.params)}: ${u.error}`);
    for (const o of outOfTime) {
      log(`out of time in every system, not timed: ${o.query} ${JSON.stringify(o.params)} (${JSON.stringify(o.errors)})`);
      sets[o.query] = sets[o.query].filter((p) => p !== o.params);
    }
    const answersChecked = queries.reduce((n, q) => n + sets[q.id].length, 0);
    for (const m of mismatches)
      log(
        `MISMATCH ${m.query} ${JSON.stringify(m.params)}:\n${Object.entries(m.answers)
          .map(([s, a]) => `    ${s}: ${JSON.stringify(a).slice(0, 400)}`)
          .join('\n')}`,
      );
    log(`answers checked in ${Math.round(performance.now() - checkStarted)} ms; profiling the queries each system sent ...`);
    const plans = await explainAll(db, captured);
    for (const p of plans.filter((p) => p.scans.length > 0)) log(`label scan in ${p.system} ${p.query}: ${p.scans.join('; ')}`);

    const load: BenchResult['load'] = {};
    const settled: NonNullable<BenchResult['settled']> = [];
    const loadAverage = { before: os.loadavg().map((x) => Math.round(x * 100) / 100), after: [] as number[] };
    if (mismatches.length === 0 || process.argv.includes('--time-anyway')) {
      for (const [i, q] of queries.entries()) {
        load[q.id] = {};
        if (sets[q.id].length === 0) {
          log(`${q.id.padEnd(12)} not timed: no system answered any of its questions in time`);
          continue;
        }
        // Rotate the order per query so that no system always runs first (or last) after a pause.
        const order = servers.map((_, k) => servers[(k + i) % servers.length]);
        for (const server of order) {
          if (unanswered.some((u) => u.query === q.id && u.system === server.system)) {
            log(`${q.id.padEnd(12)} ${server.system.padEnd(14)} not timed: it could not answer every question`);
            continue;
          }
          const waited = await settle(db);
          if (waited.waitedMs > 0) {
            settled.push({ ...waited, query: q.id, system: server.system });
            log(
              `${q.id.padEnd(12)} ${server.system.padEnd(14)} waited ${waited.waitedMs} ms for earlier transactions to end` +
                (waited.terminated.length ? `; terminated ${waited.terminated.length}: ${waited.terminated.join(' | ')}` : '') +
                (waited.survived ? `; ${waited.survived} still running ${STOP_MS / 1000} s later` : ''),
            );
          }
          const form = q[server.system];
          const bodies = sets[q.id].map((p) => requestBody(server.system, form as never, p));
          const r = await runLoad(server, server.url((form as { name?: string }).name ?? ''), bodies, options, neo.pid());
          load[q.id][server.system] = r;
          log(
            `${q.id.padEnd(12)} ${server.system.padEnd(14)} ${String(r.requestsPerSecond).padStart(7)} req/s  p50 ${r.p50Ms} ms  p99 ${r.p99Ms} ms  ${r.roundTripsPerRequest} round trips  cpu ms/request: server ${r.serverCpuMsPerRequest}, neo4j ${r.neo4jCpuMsPerRequest}${r.errors ? `  ${r.errors} ERRORS` : ''}`,
          );
        }
      }
    } else {
      log(`${mismatches.length} of ${answersChecked} answers differ: nothing timed.`);
    }

    loadAverage.after = os.loadavg().map((x) => Math.round(x * 100) / 100);
    const serverStats: BenchResult['servers'] = {};
    for (const s of servers) serverStats[s.system] = { startMs: s.startMs, peakRssMb: (await s.stats()).maxRssMb };
    const result: BenchResult = {
      scale: options.scale,
      statements: ingestion.statements,
      date: new Date().toISOString(),
      command: options.quick ? 'npm run bench:quick' : `npm run bench -- --scale ${options.scale}`,
      machine: machine(),
      versions: versions(root),
      settings: { ...options, write: undefined } as never,
      neo4jStartMs: neo.startMs,
      ingestion,
      imported,
      graph,
      servers: serverStats,
      neo4jPeakRssMb: peakRssMb(neo.pid()!),
      loadAverage,
      answersChecked,
      mismatches,
      unanswered,
      outOfTime,
      settled,
      plans,
      load,
    };
    const dir = path.join(root, 'bench', 'results');
    fs.mkdirSync(dir, { recursive: true });
    const file = options.write ? path.join(dir, `${result.date.slice(0, 10)}-${options.scale}.json`) : path.join(os.tmpdir(), `sg-bench-${options.scale}.json`);
    fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    log(`wrote ${file}`);
    if (options.write) {
      fs.writeFileSync(path.join(root, 'BENCHMARKS.md'), renderBenchmarks(dir));
      log('updated BENCHMARKS.md');
    }
    return mismatches.length > 0 || imported?.equal === false || imported?.offline?.equal === false ? 1 : 0;
  } finally {
    for (const s of servers) await s.stop();
    await neo?.stop();
  }
}

async function graphSize(neo: BenchNeo4j): Promise<Record<string, number>> {
  const session = neo.connection.db.driver.session({ database: 'neo4j' });
  try {
    const n = await session.run('MATCH (n) RETURN count(n) AS n');
    const r = await session.run('MATCH ()-[r]->() RETURN count(r) AS n');
    const s = await session.run('MATCH (s:Statement) RETURN count(s) AS n');
    const e = await session.run('MATCH (e:Entity) RETURN count(e) AS n');
    const num = (x: { records: { get(k: string): unknown }[] }) => Number(x.records[0].get('n'));
    return { nodes: num(n), relationships: num(r), statements: num(s), entities: num(e) };
  } finally {
    await session.close();
  }
}

function machine(): BenchResult['machine'] {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' }).stderr.split('\n')[0] ?? '';
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    java: java.trim(),
  };
}

function versions(root: string): Record<string, string> {
  const version = (pkg: string) => {
    try {
      return JSON.parse(fs.readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version as string;
    } catch {
      return 'unknown';
    }
  };
  const pom = fs.readFileSync(path.join(root, 'neo4j', 'pom.xml'), 'utf8');
  return {
    neo4j: /<neo4j.version>([^<]+)</.exec(pom)?.[1] ?? 'unknown',
    graphql: version('graphql'),
    '@neo4j/graphql': version('@neo4j/graphql'),
    'type-graphql': version('type-graphql'),
    '@apollo/server': version('@apollo/server'),
    'neo4j-driver': version('neo4j-driver'),
    autocannon: version('autocannon'),
  };
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(/^--/.test((error as Error).message ?? '') ? 2 : 1);
  },
);
