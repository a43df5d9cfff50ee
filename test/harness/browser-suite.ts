import type { Browser } from 'playwright-core';

import { launchChromium } from './browser';

/** What a browser test file runs against; both are set once its `beforeAll` has run. */
export interface BrowserSuite<App> {
  browser: Browser;
  app: App;
}

/**
 * Starts headless Chromium, then the app under test (`start`), before the file's tests, and
 * closes both after them. Chromium comes first: when it is missing, the file says so before
 * spending a minute on the app. Call it at the top of a test file.
 */
export function browserSuite<App extends { stop(): Promise<void> }>(start: () => Promise<App>): BrowserSuite<App> {
  const suite = {} as BrowserSuite<App>;
  beforeAll(async () => {
    suite.browser = await launchChromium();
    suite.app = await start();
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.app?.stop();
  });
  return suite;
}
