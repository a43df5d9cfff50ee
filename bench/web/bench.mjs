#!/usr/bin/env node
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
 *   Needs Debian's Chromium at /usr/bin/chromium (or CHROMIUM_PATH).
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const runs = Number(option('runs', 10));
const entity = option('entity', 'person:donald-trump');
let baseUrl = option('url', process.env.BENCH_URL);
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const ms = (n) => `${n.toFixed(0)} ms`;

if (!baseUrl && !args.includes('--no-build')) {
  process.stdout.write('Building (npm run build)…\n');
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// ---------------------------------------------------------------- 1. sizes
const dist = path.join(root, 'web', 'dist');
if (!fs.existsSync(path.join(dist, 'index.html'))) {
  process.stderr.write('web/dist is empty: run `npm run build:web` first.\n');
  process.exit(1);
}
const index = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const initial = new Set(['index.html', ...[...index.matchAll(/\/assets\/([^"']+)/g)].map((m) => `assets/${m[1]}`)]);
const files = [];
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
files.sort((a, b) => Number(b.initial) - Number(a.initial) || b.raw - a.raw);
const sum = (list, key) => list.reduce((n, f) => n + f[key], 0);
process.stdout.write('\nBuilt assets (web/dist, source maps excluded)\n');
process.stdout.write(`${'file'.padEnd(34)} ${'raw'.padStart(11)} ${'gzip'.padStart(11)} ${'brotli'.padStart(11)}  loaded\n`);
for (const f of files) {
  process.stdout.write(`${f.file.padEnd(34)} ${kib(f.raw).padStart(11)} ${kib(f.gzip).padStart(11)} ${kib(f.brotli).padStart(11)}  ${f.initial ? 'first load' : 'graph views only'}\n`);
}
const first = files.filter((f) => f.initial);
process.stdout.write(`${'first load total'.padEnd(34)} ${kib(sum(first, 'raw')).padStart(11)} ${kib(sum(first, 'gzip')).padStart(11)} ${kib(sum(first, 'brotli')).padStart(11)}\n`);
process.stdout.write(`${'all assets total'.padEnd(34)} ${kib(sum(files, 'raw')).padStart(11)} ${kib(sum(files, 'gzip')).padStart(11)} ${kib(sum(files, 'brotli')).padStart(11)}\n`);

// ---------------------------------------------------------------- 2. render time
if (!fs.existsSync(chromiumPath)) {
  process.stderr.write(`\nChromium not found at ${chromiumPath}: install it with \`apt-get update && apt-get install -y chromium\` to measure render time.\n`);
  process.exit(1);
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

let app;
let dataDir;
if (!baseUrl) {
  const port = await freePort();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stancegraph-bench-'));
  baseUrl = `http://127.0.0.1:${port}`;
  process.stdout.write(`\nStarting the app on ${baseUrl} with an embedded Neo4j in ${dataDir}…\n`);
  app = spawn(process.execPath, [path.join(root, 'dist', 'src', 'main.js')], {
    cwd: root,
    env: { ...process.env, NEO4J_URI: '', PORT: String(port), NEO4J_BOLT_PORT: String(await freePort()), NEO4J_DATA_DIR: dataDir, LOAD_BUNDLED_DATA: 'true', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 240_000;
  for (;;) {
    if (app.exitCode !== null) throw new Error(`The app exited with code ${app.exitCode}.`);
    try {
      if ((await fetch(`${baseUrl}/health`)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error('The app did not come up within 240 s.');
    await new Promise((r) => setTimeout(r, 500));
  }
}

// The app must serve the dashboard at / (src/server/app.ts calls mountDashboard).
{
  const home = await fetch(`${baseUrl}/`, { headers: { accept: 'text/html' } }).catch(() => undefined);
  const body = home ? await home.text() : '';
  if (!home || home.status !== 200 || !body.includes('/assets/app-')) {
    process.stderr.write(`\n${baseUrl}/ does not serve the dashboard (HTTP ${home?.status ?? 'no answer'}): src/server/app.ts must call mountDashboard(app, rootDir).\n`);
    if (app && app.exitCode === null) app.kill('SIGTERM');
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    process.exit(1);
  }
}

const stopApp = async () => {
  if (app && app.exitCode === null) {
    const exited = new Promise((r) => app.once('exit', r));
    app.kill('SIGTERM');
    await exited;
  }
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
};

try {
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const url = `${baseUrl}/entity/${entity}`;

  const measure = async (page, navigate) => {
    const problems = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    await navigate();
    try {
      await page.waitForFunction((id) => document.body.dataset.entityRendered === id, entity, { timeout: 60_000 });
    } catch (error) {
      const shown = await page.locator('main').innerText().catch(() => '');
      throw new Error(`The entity page did not finish rendering: ${error.message}\nPage: ${shown.slice(0, 500)}\nErrors: ${problems.join('\n')}`);
    }
    return page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const mark = performance.getEntriesByName('sg:entity-rendered').at(-1);
      const api = performance.getEntriesByType('resource').filter((r) => r.name.endsWith('/graphql'));
      return {
        rendered: mark.startTime,
        domContentLoaded: nav.domContentLoadedEventEnd,
        apiRequests: api.length,
        apiSlowest: Math.max(0, ...api.map((r) => r.duration)),
      };
    });
  };

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
      process.stdout.write(`Warm-up load ${attempt} did not finish (${error.message.split('\n')[0]}); trying again.\n`);
    } finally {
      await context.close();
    }
  }
  const cold = [];
  const warm = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    cold.push(await measure(page, () => page.goto(url)));
    warm.push(await measure(page, () => page.reload()));
    await context.close();
  }
  await browser.close();

  const stats = (list, key) => {
    const v = list.map((r) => r[key]).sort((a, b) => a - b);
    const q = (p) => v[Math.min(v.length - 1, Math.floor(p * v.length))];
    return { median: q(0.5), p90: q(0.9), min: v[0], max: v[v.length - 1] };
  };
  const line = (label, s) => `${label.padEnd(38)} median ${ms(s.median).padStart(7)}  p90 ${ms(s.p90).padStart(7)}  min ${ms(s.min).padStart(7)}  max ${ms(s.max).padStart(7)}\n`;
  process.stdout.write(`\nEntity page ${url}: ${runs} runs each, headless Chromium, loopback\n`);
  process.stdout.write(line('cold (empty cache): rendered', stats(cold, 'rendered')));
  process.stdout.write(line('cold: DOMContentLoaded', stats(cold, 'domContentLoaded')));
  process.stdout.write(line('cold: slowest GraphQL request', stats(cold, 'apiSlowest')));
  process.stdout.write(line('warm (reload, assets cached): rendered', stats(warm, 'rendered')));
  process.stdout.write(`GraphQL requests per page load: ${cold[0].apiRequests}\n`);
} finally {
  await stopApp();
}
