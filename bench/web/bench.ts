/**
 * Dashboard benchmark (a measurement, not a test: it asserts nothing).
 *
 *  1. Size of the built assets in web/dist: raw, gzip -9 and brotli, for what the first page
 *     load needs (index.html, entry script, styles) and for the lazily loaded graph chunks.
 *  2. Time to render the entity page of Donald Trump in headless Chromium on loopback: from
 *     navigation start until the page, its "said" and its "said about" lists are on screen
 *     (the app sets the `sg:entity-rendered` performance mark then). Cold runs use a fresh
 *     browser context (empty cache), warm runs reload in the same context.
 *
 * Usage: npm run bench:web [-- --runs 10] [-- --url http://127.0.0.1:4201] [-- --no-build]
 *   Without --url (or BENCH_URL) it builds the app, starts it with an embedded Neo4j in a
 *   temporary folder on free ports, loads the bundled article, measures, and stops it.
 *   Chromium as the tests find it (test/harness/browser.ts): CHROMIUM_PATH, /usr/bin/chromium,
 *   or the one @sparticuz/chromium ships.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Page } from 'playwright-core';

import { projectRoot } from '../../src/config';
import { AppProcess, buildApp, startHealthyApp } from '../../test/harness/app';
import { launchChromium } from '../../test/harness/browser';
import { expectDashboard } from '../../test/harness/dashboard';

// Functions given to page.evaluate run in the browser; the bench's tsconfig has no DOM types.
declare const document: { body: { dataset: Record<string, string | undefined> } };
declare const performance: {
  getEntriesByType(type: string): Array<{ name: string; duration: number; domContentLoadedEventEnd?: number }>;
  getEntriesByName(name: string): Array<{ startTime: number }>;
};

const root = projectRoot();
const args = process.argv.slice(2);
const option = (name: string, fallback: string | undefined) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const runs = Number(option('runs', '10'));
const entity = option('entity', 'person:donald-trump')!;
let baseUrl = option('url', process.env.BENCH_URL);

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const ms = (n: number) => `${n.toFixed(0)} ms`;

interface Asset {
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
  /** Loaded by the first page load (else only by the graph views). */
  initial: boolean;
}

/** What one page load measured, in ms from navigation start. */
interface Load {
  rendered: number;
  domContentLoaded: number;
  apiRequests: number;
  apiSlowest: number;
}

async function main(): Promise<void> {
  if (!baseUrl && !args.includes('--no-build')) {
    process.stdout.write('Building (npm run build)…\n');
    buildApp('server and dashboard');
  }
  reportSizes(assetSizes());

  let app: AppProcess | undefined;
  if (!baseUrl) {
    process.stdout.write('\nStarting the app with an embedded Neo4j in a temporary folder…\n');
    app = await startHealthyApp({ env: { LOAD_BUNDLED_DATA: 'true', LOG_LEVEL: 'warn' } });
    baseUrl = app.url;
  }
  try {
    await expectDashboard(baseUrl, () => app?.output() ?? '');
    await measureRenders(baseUrl);
  } finally {
    await app?.stop();
  }
}

/** Sizes of the built assets (source maps and licence files left out), first-load ones first. */
function assetSizes(): Asset[] {
  const dist = path.join(root, 'web', 'dist');
  if (!fs.existsSync(path.join(dist, 'index.html'))) throw new Error('web/dist is empty: run `npm run build:web` first.');
  const index = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const initial = new Set(['index.html', ...[...index.matchAll(/\/assets\/([^"']+)/g)].map((m) => `assets/${m[1]}`)]);
  const files: Asset[] = [];
  for (const dir of ['', 'assets']) {
    for (const name of fs.readdirSync(path.join(dist, dir))) {
      const rel = dir ? `${dir}/${name}` : name;
      const file = path.join(dist, rel);
      if (fs.statSync(file).isDirectory() || name.endsWith('.map') || name.endsWith('.LEGAL.txt')) continue;
      const data = fs.readFileSync(file);
      files.push({
        file: rel,
        raw: data.length,
        gzip: zlib.gzipSync(data, { level: 9 }).length,
        brotli: zlib.brotliCompressSync(data).length,
        initial: initial.has(rel),
      });
    }
  }
  return files.sort((a, b) => Number(b.initial) - Number(a.initial) || b.raw - a.raw);
}

function reportSizes(files: Asset[]): void {
  const sum = (list: Asset[], key: 'raw' | 'gzip' | 'brotli') => list.reduce((n, f) => n + f[key], 0);
  const totals = (label: string, list: Asset[]) =>
    `${label.padEnd(34)} ${kib(sum(list, 'raw')).padStart(11)} ${kib(sum(list, 'gzip')).padStart(11)} ${kib(sum(list, 'brotli')).padStart(11)}\n`;
  process.stdout.write('\nBuilt assets (web/dist, source maps excluded)\n');
  process.stdout.write(`${'file'.padEnd(34)} ${'raw'.padStart(11)} ${'gzip'.padStart(11)} ${'brotli'.padStart(11)}  loaded\n`);
  for (const f of files) {
    process.stdout.write(
      `${f.file.padEnd(34)} ${kib(f.raw).padStart(11)} ${kib(f.gzip).padStart(11)} ${kib(f.brotli).padStart(11)}  ${f.initial ? 'first load' : 'graph views only'}\n`,
    );
  }
  process.stdout.write(
    totals(
      'first load total',
      files.filter((f) => f.initial),
    ),
  );
  process.stdout.write(totals('all assets total', files));
}

/** Loads the entity page until it has rendered, and reads the timings the page recorded. */
async function measure(page: Page, navigate: () => Promise<unknown>): Promise<Load> {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  await navigate();
  try {
    await page.waitForFunction((id) => document.body.dataset.entityRendered === id, entity, { timeout: 60_000 });
  } catch (error) {
    const shown = await page
      .locator('main')
      .innerText()
      .catch(() => '');
    throw new Error(`The entity page did not finish rendering: ${(error as Error).message}\nPage: ${shown.slice(0, 500)}\nErrors: ${problems.join('\n')}`, {
      cause: error,
    });
  }
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const mark = performance.getEntriesByName('sg:entity-rendered').at(-1)!;
    const api = performance.getEntriesByType('resource').filter((r) => r.name.endsWith('/graphql'));
    return {
      rendered: mark.startTime,
      domContentLoaded: nav.domContentLoadedEventEnd!,
      apiRequests: api.length,
      apiSlowest: Math.max(0, ...api.map((r) => r.duration)),
    };
  });
}

async function measureRenders(base: string): Promise<void> {
  const browser = await launchChromium();
  const url = `${base}/entity/${entity}`;
  try {
    // Unmeasured loads warm the server (JIT, Neo4j page cache, query plans); right after start-up
    // the first ones may hit the API's request deadline, so try a few times.
    for (let attempt = 1; ; attempt++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      try {
        await measure(page, () => page.goto(url));
        break;
      } catch (error) {
        if (attempt >= 5) throw error;
        process.stdout.write(`Warm-up load ${attempt} did not finish (${(error as Error).message.split('\n')[0]}); trying again.\n`);
      } finally {
        await context.close();
      }
    }
    const cold: Load[] = [];
    const warm: Load[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      cold.push(await measure(page, () => page.goto(url)));
      warm.push(await measure(page, () => page.reload()));
      await context.close();
    }
    reportRenders(url, cold, warm);
  } finally {
    await browser.close();
  }
}

function reportRenders(url: string, cold: Load[], warm: Load[]): void {
  const stats = (list: Load[], key: keyof Load) => {
    const v = list.map((r) => r[key]).sort((a, b) => a - b);
    const q = (p: number) => v[Math.min(v.length - 1, Math.floor(p * v.length))];
    return { median: q(0.5), p90: q(0.9), min: v[0], max: v[v.length - 1] };
  };
  const line = (label: string, s: ReturnType<typeof stats>) =>
    `${label.padEnd(38)} median ${ms(s.median).padStart(7)}  p90 ${ms(s.p90).padStart(7)}  min ${ms(s.min).padStart(7)}  max ${ms(s.max).padStart(7)}\n`;
  process.stdout.write(`\nEntity page ${url}: ${runs} runs each, headless Chromium, loopback\n`);
  process.stdout.write(line('cold (empty cache): rendered', stats(cold, 'rendered')));
  process.stdout.write(line('cold: DOMContentLoaded', stats(cold, 'domContentLoaded')));
  process.stdout.write(line('cold: slowest GraphQL request', stats(cold, 'apiSlowest')));
  process.stdout.write(line('warm (reload, assets cached): rendered', stats(warm, 'rendered')));
  process.stdout.write(`GraphQL requests per page load: ${cold[0].apiRequests}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
