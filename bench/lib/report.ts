import fs from 'node:fs';
import path from 'node:path';

import type { BenchResult } from '../run';
import { QUERIES, SystemName } from './queries';
import { STOP_MS, WAIT_MS } from './settle';

const START = '<!-- bench:generated:start (written by `npm run bench`; edit outside these markers) -->';
const END = '<!-- bench:generated:end -->';
const ORDER = ['1k', '10k', '100k', '1m'];

/**
 * Renders BENCHMARKS.md: the generated part (tables from the newest result file of each scale
 * in `dir`) between the markers, and whatever the file holds outside them kept as it is.
 */
export function renderBenchmarks(dir: string): string {
  const file = path.join(dir, '..', '..', 'BENCHMARKS.md');
  const results = newestPerScale(dir);
  const generated = [START, '', ...render(results), '', END].join('\n');
  if (!fs.existsSync(file)) return `# Benchmarks\n\n${generated}\n`;
  const text = fs.readFileSync(file, 'utf8');
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a < 0 || b < 0) return `${text.trimEnd()}\n\n${generated}\n`;
  return `${text.slice(0, a)}${generated}${text.slice(b + END.length)}`;
}

function newestPerScale(dir: string): BenchResult[] {
  const all = fs
    .readdirSync(dir)
    // `<date>-<scale>.json` only: the network bench writes `<date>-networks-<scale>.json` beside them.
    .filter((f) => /^\d{4}-\d{2}-\d{2}-(1k|10k|100k|1m)\.json$/.test(f))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as BenchResult);
  const newest = new Map<string, BenchResult>();
  for (const r of all) newest.set(r.scale, r);
  return [...newest.values()].sort((x, y) => ORDER.indexOf(x.scale) - ORDER.indexOf(y.scale));
}

const fmt = (x: number | undefined, d = 0) => (x === undefined || Number.isNaN(x) ? '–' : x.toFixed(d));
/** Requests per second: one decimal below 10 (the slow queries), none above. */
const rps = (x: number | undefined) => fmt(x, x !== undefined && x < 10 ? 1 : 0);
const ratio = (a?: number, b?: number) => (a !== undefined && b ? a / b : undefined);
const mark = (ok: boolean | undefined) => (ok === undefined ? '' : ok ? ' ✅' : ' ❌');

function render(results: BenchResult[]): string[] {
  if (results.length === 0) return ['No results yet: run `npm run bench -- --scale 1k` (and 10k, 100k).'];
  const last = results[results.length - 1];
  const out: string[] = [];
  out.push('## Machine and versions', '');
  out.push(
    `- Machine: ${last.machine.cpus} × ${last.machine.cpuModel}, ${last.machine.memoryGiB} GiB, ${last.machine.os}; Node ${last.machine.node}; ${last.machine.java}.`,
  );
  out.push(
    `- Versions: ${Object.entries(last.versions)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}.`,
  );
  out.push(
    `- Load: ${last.settings.connections} concurrent connections per run (closed loop, loopback), ${last.settings.warmupSeconds} s warm-up then ${last.settings.seconds} s measured, per query and system; systems run one at a time, in rotating order, against the same Neo4j and data.`,
  );
  out.push('');
  out.push('| scale | statements | nodes | relationships | command | date |', '|---|---:|---:|---:|---|---|');
  for (const r of results)
    out.push(`| ${r.scale} | ${r.statements} | ${r.graph.nodes} | ${r.graph.relationships} | \`${r.command}\` | ${r.date.slice(0, 16).replace('T', ' ')} |`);
  out.push('');

  for (const r of results) {
    out.push(`## ${r.scale} statements`, '');
    if (r.mismatches.length > 0) {
      // A run with `--time-anyway` times every question although answers differ; say which.
      const differing = r.mismatches.map((m) => `${m.query} ${JSON.stringify(m.params)}`).join('; ');
      const timed = Object.keys(r.load).length > 0 ? 'the questions were timed anyway (`--time-anyway`), those answers included' : 'nothing was timed';
      out.push(`**${r.mismatches.length} of ${r.answersChecked} answers differed between the systems (${differing}); ${timed}.**`, '');
    } else
      out.push(`All ${r.answersChecked} answers (every query, every parameter set) were equal across ${Object.keys(r.servers).join(', ')} before timing.`, '');
    out.push(
      '| query | stancegraph req/s | @neo4j/graphql req/s | Cypher floor req/s | SG ÷ NG throughput (≥ 1.5) | p50 / p99 ms SG | p50 / p99 ms NG | p50 / p99 ms floor | SG p99 ÷ floor p99 (≤ 1.5) | round trips SG / NG / floor |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    );
    for (const q of QUERIES) {
      const l = r.load[q.id];
      if (!l) continue;
      const sg = l.stancegraph;
      const ng = l['neo4j-graphql'];
      const fl = l.cypher;
      const t = ratio(sg?.requestsPerSecond, ng?.requestsPerSecond);
      const p = ratio(sg?.p99Ms, fl?.p99Ms);
      const lat = (x?: { p50Ms: number; p99Ms: number }) => (x ? `${x.p50Ms} / ${x.p99Ms}` : '–');
      const trips = (['stancegraph', 'neo4j-graphql', 'cypher'] as SystemName[]).map((s) => fmt(l[s]?.roundTripsPerRequest, 1)).join(' / ');
      out.push(
        `| ${q.title} | ${rps(sg?.requestsPerSecond)} | ${rps(ng?.requestsPerSecond)} | ${rps(fl?.requestsPerSecond)} | ${fmt(t, 2)}${mark(t === undefined ? undefined : t >= 1.5)} | ${lat(sg)} | ${lat(ng)} | ${lat(fl)} | ${fmt(p, 2)}${mark(p === undefined ? undefined : p <= 1.5)} | ${trips} |`,
      );
    }
    out.push('');
    if (r.unanswered?.length) {
      out.push(
        `@neo4j/graphql could not answer: ${r.unanswered.map((u) => `${u.query} ${JSON.stringify(u.params)} (${u.error.slice(0, 120)})`).join('; ')}. That system is not timed on those queries.`,
        '',
      );
    }
    if (r.outOfTime?.length) {
      out.push(
        `No system answered in time, so these were neither checked nor timed (the floor's own Cypher ran past the client's timeout): ${r.outOfTime
          .map(
            (o) =>
              `${o.query} ${JSON.stringify(o.params)} (${Object.entries(o.errors)
                .map(([s, e]) => `${s}: ${e.slice(0, 100)}`)
                .join('; ')})`,
          )
          .join('; ')}.`,
        '',
      );
    }
    if (r.settled?.length) {
      out.push(
        `Transactions of earlier requests were still running in Neo4j before these timed runs, so the bench waited for them (up to ${WAIT_MS / 1000} s) and then terminated the rest: ${r.settled
          .map(
            (s) =>
              `${s.query} / ${s.system}: ${(s.waitedMs / 1000).toFixed(1)} s${s.terminated.length ? `, ${s.terminated.length} terminated` : ''}${s.survived ? ` (${s.survived} still running ${STOP_MS / 1000} s later)` : ''}`,
          )
          .join('; ')}.`,
        '',
      );
    }
    const cpu = QUERIES.filter((q) => r.load[q.id]?.stancegraph?.serverCpuMsPerRequest !== undefined);
    if (cpu.length > 0) {
      out.push('Where the time goes (CPU ms per request, measured over the timed run): server process / Neo4j.', '');
      out.push('| query | stancegraph | @neo4j/graphql | Cypher floor |', '|---|---:|---:|---:|');
      for (const q of cpu) {
        const c = (s: SystemName) => {
          const x = r.load[q.id]?.[s];
          return x ? `${fmt(x.serverCpuMsPerRequest, 1)} / ${fmt(x.neo4jCpuMsPerRequest, 1)}` : '–';
        };
        out.push(`| ${q.title} | ${c('stancegraph')} | ${c('neo4j-graphql')} | ${c('cypher')} |`);
      }
      out.push('');
    }
    if (r.loadAverage)
      out.push(
        `Machine load average (1/5/15 min) before the timed runs: ${r.loadAverage.before.join(' / ')}; after: ${r.loadAverage.after.join(' / ')} (the machine has ${r.machine.cpus} cores; other work on it skews absolute numbers, less so ratios).`,
        '',
      );
    const scans = r.plans.filter((p) => p.scans.length > 0);
    out.push(
      `Index use (PROFILE of every distinct Cypher statement each system sent while answering, with its parameters): ${scans.length === 0 ? 'no label or all-nodes scan read a row in any system.' : `scans that read rows: ${scans.map((p) => `${p.system} ${p.query} (${p.scans.join('; ')})`).join(', ')}; none elsewhere.`}`,
      '',
    );
  }

  out.push('## Index use of the id and full-text lookups', '');
  for (const r of results) {
    const lines = r.plans
      .filter((p) => QUERIES.find((q) => q.id === p.query)?.lookup)
      .map((p) => {
        // Variable names differ between systems and statements; the index is what matters.
        const used = new Set(
          p.indexes.map((i) =>
            i
              .split(' WHERE')[0]
              .replace(/ \S+:(\w+)\(/, ' :$1(')
              .replace(/db\.index\.fulltext\.queryNodes\(.*$/, 'db.index.fulltext.queryNodes'),
          ),
        );
        return `${p.query} / ${p.system}: ${[...used].map((i) => `\`${i}\``).join(', ') || 'no index'}${p.scans.length ? `; SCANS: ${p.scans.join('; ')}` : '; no scan'}`;
      });
    out.push(`- ${r.scale}: ${lines.join(' · ')}`);
  }
  out.push('');

  out.push('## Ingestion, start-up and memory', '');
  out.push(
    "| scale | ingestion statements/s (planning + writing, ≥ 10,000) | end to end, with generation + validation | `npm run import` offline statements/s (CSV + neo4j-admin + schema, ≥ 10,000) | `npm run import --transactional` statements/s (writing + index build) | graphs equal to ingestion's (offline / transactional) | store MiB | Neo4j start ms | server start ms SG / NG / floor | peak RSS MiB SG / NG / floor | Neo4j peak RSS MiB |",
    '|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|',
  );
  for (const r of results) {
    const s = (k: string, f: 'startMs' | 'peakRssMb') => fmt(r.servers[k]?.[f]);
    const imp = r.imported;
    const off = imp?.offline;
    const equal = (e: boolean | undefined) => (e === undefined ? '–' : e ? 'equal ✅' : 'DIFFERENT ❌');
    const imported = imp
      ? `${off ? `${off.statementsPerSecond}${mark(off.statementsPerSecond >= 10_000)}` : '–'} | ${imp.statementsPerSecond} | ${equal(off?.equal)} / ${equal(imp.equal)} | ${off?.storeMb ?? imp.storeMb}`
      : '– | – | – | –';
    out.push(
      `| ${r.scale} | ${r.ingestion.statementsPerSecond}${mark(r.ingestion.statementsPerSecond >= 10_000)} | ${r.ingestion.statementsPerSecondWithValidation} | ${imported} | ${r.neo4jStartMs} | ${s('stancegraph', 'startMs')} / ${s('neo4j-graphql', 'startMs')} / ${s('cypher', 'startMs')} | ${s('stancegraph', 'peakRssMb')} / ${s('neo4j-graphql', 'peakRssMb')} / ${s('cypher', 'peakRssMb')} | ${fmt(r.neo4jPeakRssMb ?? undefined)} |`,
    );
  }
  out.push('');

  // Growth from 1k to the largest scale measured, with every scale between.
  const first = results.find((r) => r.scale === '1k');
  const larger = results.filter((r) => r.scale !== '1k');
  const big = larger.at(-1);
  out.push(`## Lookup latency growth, 1k → ${big?.scale.toUpperCase() ?? '100K'} (< 2×)`, '');
  if (first && big) {
    out.push(
      `| lookup | system | p50 ms 1k | ${larger.map((r) => `p50 ms ${r.scale}`).join(' | ')} | growth 1k → ${big.scale} |`,
      `|---|---|---:|${larger.map(() => '---:|').join('')}---:|`,
    );
    for (const q of QUERIES.filter((q) => q.lookup)) {
      for (const s of ['stancegraph', 'neo4j-graphql', 'cypher'] as SystemName[]) {
        const a = first.load[q.id]?.[s]?.p50Ms;
        const b = big.load[q.id]?.[s]?.p50Ms;
        const g = ratio(b, a);
        const between = larger.map((r) => fmt(r.load[q.id]?.[s]?.p50Ms, 2)).join(' | ');
        out.push(`| ${q.title} | ${s} | ${fmt(a, 2)} | ${between} | ${fmt(g, 2)}${mark(g === undefined ? undefined : g < 2)} |`);
      }
    }
  } else {
    out.push('Needs the 1k results and those of a larger scale.');
  }
  return out;
}
