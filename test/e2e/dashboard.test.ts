import fs from 'node:fs';
import type { Page } from 'playwright-core';

import { parseCsv } from '../../web/src/lib/csv';
import { WatchedPage, openPage, screenshot } from '../harness/browser';
import { browserSuite } from '../harness/browser-suite';
import { startDashboardApp } from '../harness/dashboard';
import { graphqlData } from '../harness/graphql';

/**
 * The analyst dashboard end to end: the real server (built and started as `npm start` does)
 * on the run's throwaway Neo4j with the bundled article, driven in headless Chromium (test/harness/browser.ts).
 * Every test fails on a console error or on any request to a host other than the app's own.
 * Screenshots of each view go to test/.artifacts/screenshots/.
 */
jest.setTimeout(180_000);

// Functions given to page.evaluate run in the browser; the root tsconfig has no DOM types.
declare const document: {
  documentElement: { scrollWidth: number; clientWidth: number };
  activeElement: { getAttribute(name: string): string | null } | null;
  querySelectorAll(selector: string): { length: number };
};

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
  // Nothing to check when the app or the browser did not start (beforeAll says why).
  if (!watched) return;
  const problems = watched.unexpected();
  await watched.close();
  watched = undefined;
  expect(problems).toEqual([]);
});

/** Picks an entity in a labelled picker by typing and choosing the suggestion. */
async function pick(label: string, typed: string, name: string) {
  const input = page.getByRole('combobox', { name: label, exact: true });
  await input.fill(typed);
  await page
    .getByRole('option', { name: new RegExp(name) })
    .first()
    .click();
  await expectValue(input, name);
}

/** The names of the GraphQL operations the page sends from now on, in order. */
function recordOperations(p: Page): string[] {
  const names: string[] = [];
  p.on('request', (request) => {
    if (request.method() !== 'POST' || new URL(request.url()).pathname !== '/graphql') return;
    const { query } = request.postDataJSON() as { query: string };
    names.push(/^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? 'anonymous');
  });
  return names;
}

async function expectValue(locator: ReturnType<Page['locator']>, value: string) {
  await locator.page().waitForFunction(([el, v]) => (el as unknown as { value: string }).value === v, [await locator.elementHandle(), value] as const);
}

describe('the analyst dashboard', () => {
  it('finds Zelenskyy by the German spelling and shows the "Ich bin Realist" quote with its badges', async () => {
    await page.goto('/');
    await page.getByRole('searchbox', { name: /search names and aliases/i }).fill('Selenskyj');
    const people = page.locator('.result-group[data-type="Person"]');
    const result = people.locator(`a[data-entity-id="${ZELENSKYY}"]`);
    await result.waitFor();
    // The person is the best match overall, so its group comes first.
    expect(await page.locator('.result-group').first().getAttribute('data-type')).toBe('Person');
    expect(page.url()).toContain('/search?q=Selenskyj');
    await screenshot(page, '01-search');

    await result.click();
    await page.waitForURL(`**/entity/${ZELENSKYY}`);
    await page.getByRole('heading', { level: 1, name: 'Volodymyr Zelenskyy' }).waitFor();
    const quote = page.locator('#said article.statement', { hasText: 'Ich bin Realist' });
    await quote.waitFor();
    expect(await quote.locator('[data-badge="mode"]').innerText()).toBe('Direct quote');
    expect(await quote.locator('[data-badge="attribution"]').innerText()).toBe('On record');
    expect(await quote.locator('.translation').innerText()).toContain('I am a realist');
    expect(await quote.locator('.about .chip').allInnerTexts()).toEqual(
      expect.arrayContaining(['Delivery of Tomahawk missiles to Ukraine', 'Tomahawk cruise missile']),
    );
    // Aliases, Wikidata link and "said about" are on the page too.
    expect(await page.locator('.aliases').innerText()).toContain('Selenskyj');
    expect(await page.locator('a.external').getAttribute('href')).toBe('https://www.wikidata.org/wiki/Q3874799');
    await page.locator('#said-about article.statement').first().waitFor();
    await screenshot(page, '02-entity-zelenskyy');

    // Back returns to the results, forward to the person.
    await page.goBack();
    await page.waitForURL('**/search?q=Selenskyj');
    await result.waitFor();
    await page.goForward();
    await page.getByRole('heading', { level: 1, name: 'Volodymyr Zelenskyy' }).waitFor();
  });

  it('opens a search result with the keyboard', async () => {
    await page.goto('/');
    const box = page.getByRole('searchbox', { name: /search names and aliases/i });
    await box.fill('Polen');
    await page.locator('.result-group[data-type="Country"] a[data-entity-id="country:poland"]').waitFor();
    await box.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-entity-id'))).toBe('country:poland');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Poland' }).waitFor();
  });

  it('shows Trump opposing and Zelenskyy supporting the Tomahawk delivery in the stance matrix', async () => {
    await page.goto('/matrix');
    const cell = (actor: string) => page.locator(`tr[data-actor-id="${actor}"] td[data-topic-id="${TOMAHAWK_DELIVERY}"]`);
    await cell(TRUMP).waitFor();
    expect(await cell(TRUMP).getAttribute('data-stance')).toBe('OPPOSE');
    expect(await cell(ZELENSKYY).getAttribute('data-stance')).toBe('SUPPORT');
    expect(Number(await cell(ZELENSKYY).locator('.cell-count').innerText())).toBeGreaterThanOrEqual(2);
    await screenshot(page, '03-stance-matrix');

    await cell(TRUMP).locator('button').click();
    await page.waitForURL(/\/matrix\?cell=/);
    const panel = page.locator('#cell-statements');
    await panel.locator('article.statement').first().waitFor();
    expect(await panel.locator('h2').innerText()).toMatch(/Donald Trump\s+on\s+Delivery of Tomahawk missiles to Ukraine/);
    expect(await panel.innerText()).toContain('Wir brauchen Frieden, nicht mehr Raketen');
    await screenshot(page, '04-stance-matrix-cell');
  });

  it('highlights exactly the excerpt of a statement in the article', async () => {
    await page.goto(`/entity/${ZELENSKYY}`);
    const quote = page.locator('#said article.statement', { hasText: 'Ich bin Realist' });
    await quote.getByRole('link', { name: /evidence/i }).click();
    await page.waitForURL('**/evidence/**');
    const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    const { node } = await graphqlData<{ node: { text: string; translation: string; evidence: { excerpt: string; start: number; end: number } } }>(
      suite.app.graphqlUrl,
      {
        query: 'query($id: ID!) { node(id: $id) { ... on Statement { text translation evidence { excerpt start end } } } }',
        variables: { id },
      },
    );
    await page.locator('mark.current').first().waitFor();
    const highlighted = await page.locator('mark.current').evaluateAll((marks) => marks.map((m) => m.textContent).join(''));
    expect(highlighted).toBe(node.evidence.excerpt);
    expect(highlighted).toBe('„Ich bin Realist“, sagte er.');
    // Original and translation side by side; the other statements of the article are marked.
    expect(await page.getByTestId('statement-original').innerText()).toBe(node.text);
    expect(await page.getByTestId('statement-translation').innerText()).toBe(node.translation);
    expect(await page.locator('a.mark.other').count()).toBeGreaterThan(10);
    await screenshot(page, '05-evidence');

    // Another marked statement opens its own evidence.
    const other = page.locator('a.mark.other').first();
    const otherId = (await other.getAttribute('data-statement-ids'))!.split(' ')[0];
    await other.click();
    await page.waitForURL(`**/evidence/${otherId}`);
    await page.locator('mark.current').first().waitFor();
  });

  it('finds and lists the connection between Keir Starmer and Vladimir Putin', async () => {
    await page.goto('/connect');
    await pick('From', 'Starmer', 'Keir Starmer');
    await pick('To', 'Putin', 'Vladimir Putin');
    await page.getByRole('button', { name: 'Find connections' }).click();
    await page.waitForURL(/\/connect\?from=person%3Akeir-starmer&to=person%3Avladimir-putin/);
    const first = page.locator('.path').first();
    await first.waitFor();
    const nodes = first.locator('.chain-node');
    const relationships = first.locator('.chain-rel');
    expect(await relationships.count()).toBeGreaterThanOrEqual(1);
    expect(await nodes.count()).toBe((await relationships.count()) + 1);
    expect(await nodes.first().innerText()).toContain('Keir Starmer');
    expect(await nodes.last().innerText()).toContain('Vladimir Putin');
    await page.getByTestId('graph-canvas').locator('canvas').first().waitFor();
    await screenshot(page, '06-connections');
  });

  it('downloads the CSV of a filtered statements table with every matching row', async () => {
    await page.goto('/statements');
    await pick('Speaker', 'Trump', 'Donald Trump');
    await page.getByLabel('Stance', { exact: true }).selectOption('OPPOSE');
    await page.waitForURL(/speaker=person%3Adonald-trump.*stance=OPPOSE|stance=OPPOSE.*speaker=person%3Adonald-trump/);
    const expected = await graphqlData<{ statements: { totalCount: number; edges: Array<{ node: { id: string } }> } }>(suite.app.graphqlUrl, {
      query: 'query($f: StatementFilter) { statements(filter: $f, first: 100) { totalCount edges { node { id } } } }',
      variables: { f: { speaker: TRUMP, stance: 'OPPOSE' } },
    });
    expect(expected.statements.totalCount).toBeGreaterThanOrEqual(2);
    await page.locator('.statements-table tbody tr').first().waitFor();
    expect(await page.locator('.statements-table tbody tr').count()).toBe(expected.statements.totalCount);

    // A page of the table is one request with the statements' details (the picker names its
    // speaker by id on its own); the CSV export is one request per page of 100.
    const operations = recordOperations(page);
    await page.reload();
    await page.locator('.statements-table tbody tr').first().waitFor();
    expect(await page.locator('.statements-table tbody tr').count()).toBe(expected.statements.totalCount);
    expect(operations.filter((name) => name !== 'EntityName')).toEqual(['StatementPage']);
    await screenshot(page, '07-statements-table');

    operations.length = 0;
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /download csv/i }).click()]);
    expect(operations).toEqual(Array(Math.ceil(expected.statements.totalCount / 100)).fill('StatementPage'));
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    const [header, ...rows] = parseCsv(csv);
    expect(header.slice(0, 4)).toEqual(['id', 'date', 'speaker_id', 'speaker']);
    expect(rows).toHaveLength(expected.statements.totalCount);
    expect(rows.map((r) => r[0]).sort()).toEqual(expected.statements.edges.map((e) => e.node.id).sort());
    const col = (name: string) => header.indexOf(name);
    for (const row of rows) {
      expect(row).toHaveLength(header.length);
      expect(row[col('speaker')]).toBe('Donald Trump');
      expect(row[col('stances')]).toMatch(/Opposes/);
    }
    const peace = rows.find((r) => r[col('text')] === 'Wir brauchen Frieden, nicht mehr Raketen');
    expect(peace?.[col('attribution')]).toBe('Alleged (reported by Insiders)');
    expect(peace?.[col('excerpt')]).toBe('Doch Trump blieb unnachgiebig: „Wir brauchen Frieden, nicht mehr Raketen“, soll er laut Insidern gesagt haben.');
  });

  it('draws the neighbourhood graph of Trump and expands a node', async () => {
    await page.goto(`/graph/${TRUMP}`);
    await page.getByTestId('graph-canvas').locator('canvas').first().waitFor();
    const list = page.locator('.node-list');
    await list.getByRole('button', { name: 'Volodymyr Zelenskyy' }).waitFor();
    const before = await list.locator('li').count();
    await list.getByRole('button', { name: 'Volodymyr Zelenskyy' }).click();
    await page.getByRole('button', { name: 'Expand' }).click();
    await page.waitForURL(/expand=person%3Avolodymyr-zelenskyy/);
    await page.waitForFunction((n) => document.querySelectorAll('.node-list li').length > n, before);
    await screenshot(page, '08-graph');

    await page.goto('/graph?all=1');
    await page.getByTestId('graph-canvas').locator('canvas').first().waitFor();
    await page.locator('.node-list li').nth(40).waitFor();
    await page.waitForTimeout(1000);
    await screenshot(page, '09-graph-whole');
  });

  it('says when the API is unreachable and recovers on retry', async () => {
    watched!.allow.push(/graphql.*(ERR_FAILED|ERR_CONNECTION_REFUSED|blocked)|Failed to load resource/);
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.goto(`/entity/${TRUMP}`);
    const alert = page.getByTestId('api-error').first();
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/cannot be reached/);
    await screenshot(page, '10-api-unreachable');
    await page.unroute('**/graphql');
    await alert.getByRole('button', { name: 'Retry' }).click();
    await page.getByRole('heading', { level: 1, name: 'Donald Trump' }).waitFor();
  });

  it('lays out every view without sideways scrolling at 768 px', async () => {
    await page.setViewportSize({ width: 768, height: 1000 });
    for (const [url, ready, name] of [
      [`/entity/${TRUMP}`, '#said article.statement', '11-entity-trump-768'],
      ['/statements', '.statements-table', '12-statements-768'],
      ['/matrix', '.matrix', '13-matrix-768'],
      [`/evidence/statement:trump-tomahawk-2025-10-13`, 'mark.current', '14-evidence-768'],
      [`/graph/${TRUMP}`, '[data-testid="graph-canvas"] canvas', '15-graph-768'],
      ['/connect?from=person%3Akeir-starmer&to=person%3Avladimir-putin', '.path', '16-connections-768'],
      ['/', '.overview', '17-home-768'],
    ] as const) {
      await page.goto(url);
      await page.locator(ready).first().waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect({ url, overflow }).toEqual({ url, overflow: 0 });
      await screenshot(page, name);
    }
  });
});
