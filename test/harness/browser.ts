import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';

import { projectRoot } from '../../src/config';

const ROOT = projectRoot();
/** Where `screenshot` saves its files (not committed). */
export const SCREENSHOTS = path.join(ROOT, 'test', '.artifacts', 'screenshots');

/** Debian's Chromium, used where someone installed it (`apt-get install chromium`). */
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
/** The same flags for every Chromium, so that a test behaves alike whichever one runs it. */
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** A Chromium binary to drive, and where it came from. */
export interface ChromiumBinary {
  executablePath: string;
  source: 'CHROMIUM_PATH' | 'system' | '@sparticuz/chromium';
  /** Environment the binary needs (the bundled build's fonts). */
  env: Record<string, string>;
}

/**
 * The Chromium of the browser tests and the dashboard benchmark, in this order: the binary
 * CHROMIUM_PATH names (it must exist), Debian's /usr/bin/chromium where installed, else the
 * build that the @sparticuz/chromium package ships inside itself (no download). That one is
 * unpacked once, in about 2 s, into a folder of the system's temporary folder named after the
 * package's version, and reused by later runs; concurrent runs never see a half-unpacked one.
 */
export async function findChromium(): Promise<ChromiumBinary> {
  const named = process.env.CHROMIUM_PATH;
  if (named) {
    const problem = !fs.existsSync(named) ? 'does not exist' : fs.statSync(named).isFile() ? undefined : 'is not a file';
    if (problem) {
      throw new Error(
        `CHROMIUM_PATH is "${named}", which ${problem}; point it at a Chromium binary, or unset it to use ${SYSTEM_CHROMIUM} or the Chromium of @sparticuz/chromium.`,
      );
    }
    return { executablePath: named, source: 'CHROMIUM_PATH', env: {} };
  }
  if (fs.existsSync(SYSTEM_CHROMIUM)) return { executablePath: SYSTEM_CHROMIUM, source: 'system', env: {} };
  const dir = await unpackBundledChromium();
  return { executablePath: path.join(dir, 'chromium'), source: '@sparticuz/chromium', env: { FONTCONFIG_FILE: path.join(dir, 'fonts.conf') } };
}

/** Starts headless Chromium (see findChromium); a missing browser is a failure, never a skip. */
export async function launchChromium(): Promise<Browser> {
  const binary = await findChromium();
  return chromium.launch({ executablePath: binary.executablePath, args: ARGS, headless: true, env: { ...process.env, ...binary.env } });
}

/** Unpacks @sparticuz/chromium's binary (if not yet done) and returns its folder. */
async function unpackBundledChromium(): Promise<string> {
  let entry: string;
  try {
    entry = require.resolve('@sparticuz/chromium', { paths: [ROOT] });
  } catch {
    throw new Error(
      `No Chromium: CHROMIUM_PATH is unset, ${SYSTEM_CHROMIUM} does not exist and the devDependency @sparticuz/chromium is not installed (\`npm ci\` installs it).`,
    );
  }
  const dir = path.join(os.tmpdir(), `stancegraph-chromium-${packageVersion(entry, '@sparticuz/chromium')}`);
  if (fs.existsSync(path.join(dir, 'chromium'))) return dir;
  // The package unpacks into os.tmpdir(); a TMPDIR of our own keeps its files together, apart
  // from anyone else's /tmp/chromium, and a rename publishes the folder only once it is complete.
  const staging = fs.mkdtempSync(`${dir}.partial-`);
  try {
    // The package is an ES module, which jest's CommonJS runtime cannot load: a child Node can.
    const script = "import('@sparticuz/chromium').then((m) => m.default.executablePath()).then((p) => process.stdout.write(p))";
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
      cwd: ROOT,
      env: { ...process.env, TMPDIR: staging },
    });
    if (stdout !== path.join(staging, 'chromium')) throw new Error(`@sparticuz/chromium unpacked Chromium to "${stdout}", not into ${staging}.`);
    // Its fonts.conf names /tmp/fonts; ours names where the fonts are, and keeps the system's.
    fs.writeFileSync(
      path.join(staging, 'fonts.conf'),
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n` +
        `  <dir>${path.join(dir, 'fonts', 'fonts')}</dir>\n  <cachedir>${path.join(dir, 'fonts-cache')}</cachedir>\n</fontconfig>\n`,
    );
    fs.renameSync(staging, dir);
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    // Another run may have published the same folder first: then use that one.
    if (fs.existsSync(path.join(dir, 'chromium'))) return dir;
    throw error;
  }
  return dir;
}

/** The version in the package.json of the package `name`, found upwards from its entry point `file`. */
function packageVersion(file: string, name: string): string {
  for (let dir = path.dirname(file); path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (!fs.existsSync(manifest)) continue;
    const { name: found, version } = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
    if (found === name && version) return version;
  }
  throw new Error(`No package.json of ${name} above ${file}.`);
}

/** A page plus everything that went wrong on it: console errors, page errors, foreign requests. */
export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  problems: string[];
  /** Messages matching these are expected in this test (e.g. a simulated outage). */
  allow: RegExp[];
  /** The problems not allowed: a test ends with `expect(unexpected()).toEqual([])`. */
  unexpected(): string[];
  close(): Promise<void>;
}

/**
 * Opens a page on the app at `baseUrl`. Any request to another host is recorded as a problem
 * and aborted (the dashboard must work offline); so are console errors and uncaught errors.
 */
export async function openPage(browser: Browser, baseUrl: string, viewport = { width: 1280, height: 900 }): Promise<WatchedPage> {
  const origin = new URL(baseUrl).origin;
  const context = await browser.newContext({ baseURL: baseUrl, viewport, acceptDownloads: true, locale: 'en-GB' });
  const problems: string[] = [];
  await context.route(
    (url) => ['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && url.origin !== origin,
    (route) => {
      problems.push(`request to another host: ${route.request().method()} ${route.request().url()}`);
      return route.abort('blockedbyclient');
    },
  );
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()} (${message.location().url ?? ''})`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught error: ${error.message}`));
  page.on('requestfailed', (request) => {
    const failure = request.failure()?.errorText ?? '';
    // A navigation away aborts fetches in flight; that is the browser, not the app.
    if (failure !== 'net::ERR_ABORTED') problems.push(`failed request: ${request.method()} ${request.url()} ${failure}`);
  });
  const watched: WatchedPage = {
    page,
    context,
    problems,
    allow: [],
    unexpected: () => problems.filter((p) => !watched.allow.some((re) => re.test(p))),
    close: () => context.close(),
  };
  return watched;
}

/** Saves a full-page screenshot to test/.artifacts/screenshots/<name>.png (not committed). */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
