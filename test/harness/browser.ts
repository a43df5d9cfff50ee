import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';

import { ROOT } from './database';

/** Debian's Chromium (see ../shared/STACK.md); CHROMIUM_PATH overrides it. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.join(ROOT, 'test', '.artifacts', 'screenshots');

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** Starts Chromium, or fails with how to install it: a missing browser is a failure, never a skip. */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium was not found at ${CHROMIUM}. The dashboard's end-to-end tests drive Debian's Chromium: ` +
        'install it with `apt-get update && apt-get install -y chromium` (as root), or set CHROMIUM_PATH to a Chromium binary. ' +
        '(`npx playwright install` cannot download browsers on these machines.)',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
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
