import { browserSuite } from '../harness/browser-suite';
import { startTestServer } from '../harness/server';

/**
 * The playground in a real browser (headless Chromium, see test/harness/browser.ts): it renders
 * GraphiQL with one tab per example, runs an example against the API, and loads nothing
 * from any other host. A missing Chromium is a failure, not a skip.
 */
jest.setTimeout(120_000);

const suite = browserSuite(startTestServer);

it('renders GraphiQL offline with the examples and runs the first one', async () => {
  const context = await suite.browser.newContext();
  const page = await context.newPage();
  const foreign: string[] = [];
  const problems: string[] = [];
  const origin = new URL(suite.app.url).origin;
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || new URL(url).origin === origin) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));

  await page.goto(`${suite.app.url}/graphql`);
  await page.locator('.graphiql-container').waitFor();
  const tabs = await page.locator('.graphiql-tab').allInnerTexts();
  expect(tabs.map((t) => t.trim())).toEqual(expect.arrayContaining(['WhatDidTrumpSay', 'StarmerToPutin', 'IchBinRealist']));

  await page.locator('.graphiql-execute-button').click();
  await page.waitForFunction(() => (globalThis as any).document.querySelector('.result-window')?.textContent.includes('"data"'));
  const result = await page.locator('.result-window').innerText();
  expect(result).toContain('"totalCount"');
  expect(result).not.toContain('"errors"');

  expect(foreign).toEqual([]);
  expect(problems).toEqual([]);
  await context.close();
});
