import type { Page } from 'playwright-core';

import { WatchedPage, openPage, screenshot } from '../harness/browser';
import { browserSuite } from '../harness/browser-suite';
import { startDashboardApp } from '../harness/dashboard';

/**
 * The dashboard's discourse network (web/src/views/network.tsx) in headless Chromium, on the
 * real server over the run's Neo4j with the bundled article: the Tomahawk article's actors, the
 * conflict between Trump and Zelenskyy, an edge's statements with their evidence, the chart and
 * the downloads. Fails on any console error or request to another host.
 */
jest.setTimeout(180_000);

const TRUMP = 'person:donald-trump';
const ZELENSKYY = 'person:volodymyr-zelenskyy';
const TOMAHAWK_DELIVERY = 'topic:tomahawk-delivery-to-ukraine';

const suite = browserSuite(startDashboardApp);
let watched: WatchedPage | undefined;
let page: Page;

beforeEach(async () => {
  watched = await openPage(suite.browser, suite.app.baseUrl);
  page = watched.page;
});

afterEach(async () => {
  if (!watched) return;
  const problems = watched.unexpected();
  await watched.close();
  watched = undefined;
  expect(problems).toEqual([]);
});

const pair = [TRUMP, ZELENSKYY].sort().join('~');

describe('the network view', () => {
  it('shows Trump and Zelenskyy in conflict on the Tomahawk delivery, and the statements behind it', async () => {
    await page.goto(`/network?topic=${TOMAHAWK_DELIVERY}`);
    await page.getByTestId('graph-canvas').locator('canvas').first().waitFor();
    const row = page.locator(`tr[data-edge="${pair}"]`);
    await row.waitFor();
    const cells = await row.locator('td').allInnerTexts();
    expect(cells[0]).toMatch(/Donald Trump|Volodymyr Zelenskyy/);
    // More conflict than agreement on this topic: Trump opposes the delivery, Zelenskyy supports it.
    expect(Number(cells[2])).toBeGreaterThan(Number(cells[1]));
    await screenshot(page, '30-network');

    await row.getByRole('link').click();
    const statements = page.locator('.edge-statements article.statement');
    await statements.first().waitFor();
    expect(await statements.count()).toBeGreaterThan(1);
    const speakers = await page.locator('.edge-statements').innerText();
    expect(speakers).toContain('Donald Trump');
    expect(speakers).toContain('Volodymyr Zelenskyy');
    expect(new URL(page.url()).searchParams.get('edge')).toBe(pair);
    await screenshot(page, '31-network-edge');
  });

  it('draws the chart of statements by month and stance, and offers every export with the filter', async () => {
    await page.goto(`/network?topic=${TOMAHAWK_DELIVERY}`);
    // An empty month's bar has no height (hidden): wait for the chart, then count the drawn bars.
    await page.locator('.stance-chart figcaption').waitFor();
    const drawn = await page.locator('.stance-chart svg rect').evaluateAll((rects) => rects.filter((r) => Number(r.getAttribute('height')) > 0).length);
    expect(drawn).toBeGreaterThan(0);
    const hrefs = await page.locator('.network-downloads a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual([
      `/export/network.graphml?topics=${encodeURIComponent(TOMAHAWK_DELIVERY)}&aggregation=SUBTRACT`,
      `/export/network.csv?topics=${encodeURIComponent(TOMAHAWK_DELIVERY)}&aggregation=SUBTRACT&part=nodes`,
      `/export/network.csv?topics=${encodeURIComponent(TOMAHAWK_DELIVERY)}&aggregation=SUBTRACT&part=edges`,
      `/export/network.json?topics=${encodeURIComponent(TOMAHAWK_DELIVERY)}&aggregation=SUBTRACT`,
      `/export/statements.csv?topics=${encodeURIComponent(TOMAHAWK_DELIVERY)}`,
      `/export/statements.jsonl?topics=${encodeURIComponent(TOMAHAWK_DELIVERY)}`,
    ]);
    const download = await page.request.get(hrefs[0]!);
    expect(download.status()).toBe(200);
    expect(await download.text()).toContain(`<node id="${TRUMP}">`);
  });

  it('moves through the months with the slider', async () => {
    await page.goto('/network');
    const slider = page.getByRole('slider', { name: 'Time window' });
    await slider.waitFor();
    await slider.fill('0');
    await page.waitForURL(/window=0/);
    await page.getByTestId('graph-canvas').locator('canvas').first().waitFor();
    expect(await page.locator('.network-slider strong').innerText()).toMatch(/^\d{4}-\d\d$/);
  });
});
