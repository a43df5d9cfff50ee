import 'reflect-metadata';

import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';

import { graphql } from 'graphql';
import neo4j from 'neo4j-driver';

import { projectRoot } from '../src/config';
import { Database } from '../src/db/database';
import { loadQueries } from '../src/db/queries';
import { prepareExport } from '../src/export/export';
import { createContext } from '../src/graph/context';
import { PairStep, networkRepository } from '../src/graph/network/network.repository';
import { actorNetworkRequest } from '../src/graph/network/network.request';
import { createSchema } from '../src/graph/schema';
import { freePort, startEmbeddedNeo4j } from '../src/neo4j/launcher';
import { buildWorld } from '../test/harness/corpus/world';
import { ingestCorpus } from './lib/ingest';

/**
 * `npm run bench:networks -- [statements]` (10000 by default): the discourse-network questions on
 * the synthetic corpus of the main bench (seed 42), through the in-process API over a throwaway
 * embedded Neo4j: actorNetwork over every statement, statementStats by month, and the statements
 * export streamed to a counting sink while the process's RSS is sampled. Then the actor network's
 * two pair steps side by side (network/actor-network: the Java function, and the plain Cypher a
 * Neo4j without it runs), through the repository, with their answers checked equal. Medians of 7
 * runs after 2 warm-ups (an export: the median of 3 after one); results in
 * bench/results/<date>-networks-<scale>.json and on stdout.
 */
const RUNS = 7;
const WARM = 2;
const EXPORT_RUNS = 3;

const QUESTIONS: Record<string, string> = {
  actorNetwork: '{ actorNetwork(aggregation: CONGRUENCE) { actorCount edgeCount nodes { id activity } edges { source target weight } } }',
  actorNetworkWithEvidence:
    '{ actorNetwork(aggregation: SUBTRACT, normalization: AVERAGE) { edgeCount edges { source target weight statementCount statementIds } } }',
  affiliationNetwork: '{ affiliationNetwork(aggregation: SUBTRACT) { edgeCount edges { actor topic weight } } }',
  statementStatsByMonth: '{ statementStats(groupBy: [MONTH]) { groups { period count } } }',
  statementStatsByMonthAndStance: '{ statementStats(groupBy: [MONTH, STANCE]) { groups { period stance count } } }',
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const tenth = (ms: number) => Math.round(ms * 10) / 10;

/** Runs `run` WARM + RUNS times: the median and longest of the last RUNS, and the first answer. */
async function timed<T>(run: () => Promise<T>): Promise<{ p50Ms: number; maxMs: number; first: T }> {
  const times: number[] = [];
  let first: T | undefined;
  for (let i = 0; i < WARM + RUNS; i++) {
    const started = performance.now();
    const answer = await run();
    if (i >= WARM) times.push(performance.now() - started);
    if (i === 0) first = answer;
  }
  return { p50Ms: tenth(median(times)), maxMs: tenth(Math.max(...times)), first: first as T };
}

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 10_000);
  const root = projectRoot();
  const dataDir = `/tmp/sg-net-bench-${n}`;
  const fresh = !fs.existsSync(dataDir);
  const neo = await startEmbeddedNeo4j({ rootDir: root, dataDir, boltPort: await freePort(), pageCacheMb: 1024, heapMb: 2048, log: (l) => console.error(l) });
  const driver = neo4j.driver(neo.uri, neo4j.auth.basic('neo4j', ''), { disableLosslessIntegers: true });
  const db = new Database(driver, loadQueries(path.join(root, 'cypher')), { database: 'neo4j' });
  try {
    await db.applySchema();
    if (fresh) console.error(JSON.stringify(await ingestCorpus(db, buildWorld(42), 42, n, 2500, (l) => console.error(l), 2)));
    const schema = await createSchema();
    const results: Record<string, unknown> = {};
    for (const [name, source] of Object.entries(QUESTIONS)) {
      const { p50Ms, maxMs, first } = await timed(async () => {
        const answer = await graphql({ schema, source, contextValue: createContext(db, { principal: { role: null }, requestId: 'bench' }) });
        if (answer.errors) throw new Error(`${name}: ${answer.errors.map((e) => e.message).join('; ')}`);
        return answer;
      });
      results[name] = { p50Ms, maxMs, answerBytes: JSON.stringify(first.data).length };
      console.error(name, JSON.stringify(results[name]));
    }
    const mib = (b: number) => Math.round((b / 1048576) * 10) / 10;
    for (const file of ['statements.csv', 'statements.jsonl']) {
      // A whole export is seconds long, so fewer runs: one to warm up, then the median of three.
      const runs: { ms: number; records: number; bytes: number; rss: number[] }[] = [];
      for (let i = 0; i < 1 + EXPORT_RUNS; i++) {
        const rss: number[] = [];
        const sampler = setInterval(() => rss.push(process.memoryUsage().rss), 50);
        const started = performance.now();
        const prepared = await prepareExport(db, file, {});
        let bytes = 0;
        const records = await prepared.write(async (chunk) => {
          bytes += Buffer.byteLength(chunk);
          // A consumer that yields, as a socket does, so that the stream's backpressure is real.
          await new Promise<void>((resolve) => setImmediate(resolve));
        });
        const ms = performance.now() - started;
        clearInterval(sampler);
        if (i > 0) runs.push({ ms, records, bytes, rss });
      }
      const middle = [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)];
      const rss = runs.flatMap((r) => r.rss);
      results[`export ${file}`] = {
        records: middle.records,
        p50Ms: Math.round(middle.ms),
        statementsPerSecond: Math.round(middle.records / (middle.ms / 1000)),
        megabytes: mib(middle.bytes),
        // Over the measured runs: the first sample of the first, the highest, the last of the last.
        rssMiB: { first: mib(runs[0].rss[0] ?? 0), max: mib(Math.max(...rss)), last: mib(rss[rss.length - 1] ?? 0) },
      };
      console.error(file, JSON.stringify(results[`export ${file}`]));
    }
    const steps = [];
    for (const step of ['function', 'cypher'] as PairStep[]) {
      const run = await timed(() => networkRepository.actorNetwork(db, actorNetworkRequest({ aggregation: 'CONGRUENCE' }), false, step));
      results[`pair step: ${step}`] = { p50Ms: run.p50Ms, maxMs: run.maxMs };
      console.error(`pair step ${step}`, JSON.stringify(results[`pair step: ${step}`]));
      steps.push(run);
    }
    const [fast, plain] = steps;
    // Deep equality, not the JSON text: the two build each edge's map with its keys in another order.
    if (!isDeepStrictEqual(fast.first, plain.first)) throw new Error('The two pair steps gave different actor networks.');
    results['pair step: cypher / function'] = tenth(plain.p50Ms / fast.p50Ms);
    const out = path.join(root, 'bench', 'results', `${new Date().toISOString().slice(0, 10)}-networks-${n >= 1000 ? `${n / 1000}k` : n}.json`);
    fs.writeFileSync(out, `${JSON.stringify({ statements: n, node: process.version, results }, null, 2)}\n`);
    console.log(JSON.stringify(results, null, 2));
  } finally {
    await driver.close();
    await neo.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
