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
 * spending a minute on the app. Call it at the top of a test file. `beforeStop` runs after the
 * file's tests while the app still answers (jest runs `afterAll` hooks in the order they are
 * declared, so a file's own `afterAll` would find the app already stopped).
 */
export function browserSuite<App extends { stop(): Promise<void> }>(
  start: () => Promise<App>,
  beforeStop?: (suite: BrowserSuite<App>) => Promise<void>,
): BrowserSuite<App> {
  const suite = {} as BrowserSuite<App>;
  beforeAll(async () => {
    suite.browser = await launchChromium();
    suite.app = await start();
  });
  afterAll(async () => {
    try {
      if (suite.app && beforeStop) await beforeStop(suite);
    } finally {
      await suite.browser?.close();
      await suite.app?.stop();
    }
  });
  return suite;
}
