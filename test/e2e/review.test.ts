import type { Locator, Page } from 'playwright-core';

import { WatchedPage, openPage, screenshot } from '../harness/browser';
import { eventually } from '../harness/eventually';
import { browserSuite } from '../harness/browser-suite';
import { startDashboardApp } from '../harness/dashboard';
import { connectTestDatabase, withTestQueries } from '../harness/database';
import { EDITORS, EDITOR_API_KEYS, EDITOR_KEY_STORAGE, EditorName, editorHeaders } from '../harness/editors';
import { graphqlData } from '../harness/graphql';

/**
 * The review workflow in the dashboard, end to end: the real server (started with two editor
 * keys, alice and bob) on the run's throwaway Neo4j, driven in headless Chromium. A newcomer
 * pastes a German article written for this test, reviews the extractor's proposals, adds a
 * statement it missed, saves, finds the draft again, publishes, finds the statements in the
 * graph, corrects the article and publishes again. Also: publishing refused with the reasons at
 * the statements, two editors on one draft, the keyboard alone, HTML uploads, no request to
 * another host, and every view at 768 px. The articles and entities made here are removed after.
 */
jest.setTimeout(600_000);

// Functions given to page.evaluate run in the browser; the root tsconfig has no DOM types.
declare const document: any;
declare const getComputedStyle: any;
declare const sessionStorage: any;
declare const localStorage: any;

const ARTICLE_TEXT = [
  'Neue Brücke über den Kanal',
  'Fährhafen, 3. März 2026. Der Stadtrat von Fährhafen hat am Montag über den Bau einer neuen Brücke über den Kanal beraten.',
  '„Wir bauen diese Brücke noch in diesem Jahr“, sagte Bürgermeisterin Ilse Brandtner nach der Sitzung.',
  'Der Kämmerer Jonas Weidemann warnte, die Kosten seien bisher nicht gedeckt.',
  'Die Fraktion der Grünen kritisierte die Pläne scharf.',
  '„Eine Brücke allein löst das Verkehrsproblem nicht“, sagte der Verkehrsplaner Tom Kellermann.',
  'Für Kellermann steht fest: Ohne neue Buslinien bleibt der Stau.',
  'Brandtner sagte, der Bau werde die Altstadt spürbar entlasten.',
  'Die Anwohner fordern seit Jahren eine bessere Verbindung zum Bahnhof.',
  'Nach Angaben eines Sprechers des Landes ist die Förderung bereits zugesagt.',
].join('\n');
const TITLE = 'Neue Brücke über den Kanal';
const ARTICLE = 'article:neue-bruecke-ueber-den-kanal';
const TOPIC = 'topic:bau-der-kanalbruecke';

/** A second article, for the keyboard and the two editors. */
const SCHOOL_TEXT = [
  'Streit um den Schulneubau',
  'Rektorin Hanna Oberländer sagte, das alte Gebäude sei nicht mehr zu retten.',
  '„Wir brauchen die neue Schule bis zum Herbst“, sagte Elternsprecher Piet Vossberg.',
  'Der Bauausschuss lehnte den Entwurf zunächst ab.',
  'Für Vossberg ist klar: Jede Verzögerung schadet den Kindern.',
].join('\n');

const suite = browserSuite(() => startDashboardApp({ env: { API_KEYS: EDITOR_API_KEYS } }), removeWhatTheTestsMade);
let pages: WatchedPage[] = [];
/** Articles this file published or drafted, removed afterwards. */
const articles = new Set<string>([ARTICLE]);

afterEach(async () => {
  const problems = pages.flatMap((w) => w.unexpected());
  await Promise.all(pages.map((w) => w.close()));
  pages = [];
  expect(problems).toEqual([]);
});

/** Removes the articles, drafts and entities these tests made; runs while the app still answers. */
async function removeWhatTheTestsMade(): Promise<void> {
  // Every entity the drafts of these articles described (new speakers, the topic, the outlet).
  const entities = new Set<string>();
  for (const status of ['OPEN', 'PUBLISHED', 'DISCARDED']) {
    const { drafts } = await graphqlData(
      suite.app.graphqlUrl,
      { query: 'query($s: DraftStatus!) { drafts(status: $s, first: 100) { edges { node { id articleId } } } }', variables: { s: status } },
      editorHeaders('alice'),
    );
    for (const { node } of drafts.edges) {
      if (!articles.has(node.articleId)) continue;
      const { draft } = await graphqlData(
        suite.app.graphqlUrl,
        { query: 'query($id: ID!) { draft(id: $id) { source entities { id } } }', variables: { id: node.id } },
        editorHeaders('alice'),
      );
      for (const e of draft.entities) entities.add(e.id);
      if (draft.source) entities.add(draft.source);
    }
  }
  const connection = await connectTestDatabase();
  try {
    const db = withTestQueries(connection);
    for (const articleId of articles) {
      await db.write('test/delete-article', { articleId });
      await db.write('test/delete-drafts', { articleId });
    }
    await db.write('test/delete-entities', { ids: [...entities, TOPIC] });
  } finally {
    await connection.close();
  }
}

/** A page on the app; with `editor`, that editor's key is in the tab's session already. */
async function open(editor?: EditorName, viewport?: { width: number; height: number }): Promise<Page> {
  const watched = await openPage(suite.browser, suite.app.baseUrl, viewport);
  if (editor) await watched.context.addInitScript(([k, v]) => sessionStorage.setItem(k, v), [EDITOR_KEY_STORAGE, EDITORS[editor]] as const);
  pages.push(watched);
  return watched.page;
}

function watchedOf(page: Page): WatchedPage {
  return pages.find((w) => w.page === page)!;
}

/** Every URL the page requests from now on. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

/** The statement of the review list whose words contain `words`. */
function item(page: Page, words: string): Locator {
  return page.locator('.review-item', { has: page.locator('.review-words', { hasText: words }) });
}

async function selectItem(page: Page, words: string): Promise<Locator> {
  const it = item(page, words);
  await it.locator('.review-line').click();
  await it.locator('.review-detail, .statement-editor').first().waitFor();
  return it;
}

async function expectDecision(page: Page, words: string, decision: string) {
  await item(page, words)
    .and(page.locator(`[data-decision="${decision}"]`))
    .waitFor();
}

/**
 * Picks an entity in the labelled picker: types, then chooses the suggestion named `name`. The
 * list is drawn again when the graph's answers join the draft's own entities, so a click can
 * land on an option that has just been replaced: it is tried again on the new one.
 */
async function pick(scope: Locator | Page, label: string, typed: string, name: string) {
  const input = scope.getByRole('combobox', { name: label, exact: true });
  await input.fill(typed);
  const option = scope.getByRole('option', { name: new RegExp(name) }).first();
  for (let attempt = 1; ; attempt++) {
    try {
      await option.click({ timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt === 4) throw error;
      if ((await option.count()) === 0) await input.fill(typed);
    }
  }
}

/** Waits until every change is saved, and answers the version the review bar shows. */
async function saved(page: Page): Promise<number> {
  const state = page.getByTestId('save-state');
  await page.waitForFunction(() => /^Saved · version \d+/.test(document.querySelector('[data-testid="save-state"]')?.textContent ?? ''));
  return Number(/version (\d+)/.exec(await state.innerText())![1]);
}

/** Selects `words` of the article text with the mouse, as a reader does: press before the first character, release after the last. */
async function selectWithMouse(page: Page, words: string) {
  const box = await page.getByTestId('review-text').evaluate((root: any, w: string) => {
    const walker = document.createTreeWalker(root, 4);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.indexOf(w);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      range.startContainer.parentElement.scrollIntoView({ block: 'center' });
      const first = range.getBoundingClientRect();
      range.setStart(node, at + w.length - 1);
      range.setEnd(node, at + w.length);
      const last = range.getBoundingClientRect();
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    }
    return null;
  }, words);
  if (!box) throw new Error(`“${words}” is not in one text node of the article`);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, box.y2, { steps: 4 });
  await page.mouse.move(box.x2, box.y2, { steps: 4 });
  await page.mouse.up();
}

/** Presses Tab until `target` has the focus (it must be reachable by Tab, within `most` presses). */
async function tabTo(page: Page, target: Locator, most = 120, back = false) {
  const handle = await target.elementHandle();
  for (let i = 0; i < most; i++) {
    if (await page.evaluate((el) => document.activeElement === el, handle)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab did not reach ${target} in ${most} presses`);
}

/**
 * The focused element shows a visible focus ring. The page moves the focus on the next frame
 * after a key, so this waits for it; a failure names the element that has the focus.
 */
async function expectVisibleFocus(page: Page) {
  const ring = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      return `${style.outlineStyle} ${style.outlineWidth} on <${el.tagName.toLowerCase()} class="${el.className}">`;
    });
  await eventually(ring, /^(?!none )(?!\S+ 0px )/);
}

/** Creates a draft of `text` through the new-article form, answers its review page's draft id. */
async function createDraft(page: Page, text: string, title: string): Promise<string> {
  await page.goto('/drafts/new');
  await page.getByLabel('Article text').fill(text);
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByRole('button', { name: 'Find statements and start the review' }).click();
  await page.waitForURL(/\/drafts\/draft:/);
  await page.locator('.review-item').first().waitFor();
  return decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
}

let draftId = '';

describe('adding and reviewing an article', () => {
  it('takes a newcomer from pasted text to published statements, and through a correction', async () => {
    const page = await open();
    const requests = recordRequests(page);

    // Without a key the view says what to do.
    await page.goto('/drafts/new');
    await page.getByRole('heading', { name: 'Editor key needed' }).waitFor();
    await page.getByLabel('Editor key', { exact: true }).fill(EDITORS.alice);
    await page.getByRole('button', { name: 'Use this key' }).click();

    // Paste the article and describe it; the publisher is new to the graph.
    await page.getByLabel('Article text').fill(ARTICLE_TEXT);
    await page.getByLabel('Title', { exact: true }).fill(TITLE);
    await page.getByLabel('Language').selectOption('de');
    await page.getByLabel('Publication date').fill('2026-03-03');
    await page.getByLabel('Address (URL)').fill('https://kurier.example/neue-bruecke');
    await page.getByText('Publisher not in the graph?').click();
    await page.getByLabel('Name').fill('Fährhafener Kurier');
    await page.getByRole('button', { name: 'Create' }).click();
    // The new publisher's id is checked against the graph first, then it fills the picker.
    await page.waitForFunction(() => document.querySelector('input[name="publisher"]')?.value === 'Fährhafener Kurier');
    await page.getByRole('button', { name: 'Find statements and start the review' }).click();
    await page.waitForURL(/\/drafts\/draft:/);
    draftId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    expect(page.url()).not.toContain(EDITORS.alice);

    // The proposals, highlighted in the text and listed beside it with their confidence.
    await item(page, 'Wir bauen diese Brücke').waitFor();
    const proposals = await page.locator('.review-item').count();
    expect(proposals).toBeGreaterThanOrEqual(6);
    await eventually(() => page.getByTestId('review-progress').innerText(), new RegExp(`^0 of ${proposals} reviewed`));
    expect(await page.locator('.review-body .hl.mode-direct_quote').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.review-body .mention').count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('.review-body .cue').count()).toBeGreaterThanOrEqual(4);
    expect(await item(page, 'Wir bauen diese Brücke').locator('.confidence').innerText()).toMatch(/^0\.\d\d$/);

    // Clicking the text selects the statement in the list too.
    await page.locator('.review-body .hl', { hasText: 'die Kosten seien bisher nicht gedeckt' }).first().click();
    await item(page, 'die Kosten seien').and(page.locator('.selected')).waitFor();
    expect(page.url()).toMatch(/\?s=p\d+/);

    // Accept three proposals, reject one.
    for (const words of ['die Kosten seien', 'Die Anwohner fordern', 'die Förderung bereits zugesagt']) {
      await (await selectItem(page, words)).getByRole('button', { name: /^Accept/ }).click();
      await expectDecision(page, words, 'ACCEPTED');
    }
    await (await selectItem(page, 'kritisierte die Pläne')).getByRole('button', { name: /^Reject/ }).click();
    await expectDecision(page, 'kritisierte die Pläne', 'REJECTED');
    expect(await page.locator('.review-body .hl.rejected').count()).toBeGreaterThanOrEqual(1);

    // Correct a speaker: the extractor gave Kellermann's quote to someone else; he is new to the graph.
    let it = await selectItem(page, 'Eine Brücke allein');
    await it.getByRole('button', { name: /^Edit/ }).click();
    await it.getByText('Speaker not in the graph?').click();
    const newSpeaker = it.getByRole('group', { name: 'New speaker' });
    await newSpeaker.getByLabel('Name').fill('Tom Kellermann');
    await newSpeaker.getByRole('button', { name: 'Create' }).click();
    await eventually(() => it.getByRole('combobox', { name: 'Speaker', exact: true }).inputValue(), 'Tom Kellermann');
    await it.getByRole('button', { name: 'Accept with these changes' }).click();
    await eventually(() => item(page, 'Eine Brücke allein').locator('.review-speaker').innerText(), 'Tom Kellermann');
    await eventually(() => item(page, 'Eine Brücke allein').locator('[data-badge="decision"]').innerText(), 'Accepted · edited');

    // "Brandtner" is the mayor the draft already names: any spelling finds her.
    it = await selectItem(page, 'der Bau werde die Altstadt');
    await it.getByRole('button', { name: /^Edit/ }).click();
    await pick(it, 'Speaker', 'Brandtner', 'Ilse Brandtner');
    await it.getByRole('button', { name: 'Accept with these changes' }).click();
    await eventually(() => item(page, 'der Bau werde die Altstadt').locator('.review-speaker').innerText(), 'Ilse Brandtner');

    // The mayor's quote supports a new topic.
    it = await selectItem(page, 'Wir bauen diese Brücke');
    await it.getByRole('button', { name: /^Edit/ }).click();
    await it.getByText('Topic not in the graph?').click();
    const newTopic = it.getByRole('group', { name: 'New topic' });
    await newTopic.getByLabel('Name').fill('Bau der Kanalbrücke');
    await newTopic.getByRole('button', { name: 'Create' }).click();
    await it.getByLabel('Stance', { exact: true }).selectOption('SUPPORT');
    await it.getByRole('button', { name: 'Add stance' }).click();
    await it.getByRole('button', { name: 'Accept with these changes' }).click();
    await eventually(() => item(page, 'Wir bauen diese Brücke').getByTestId('detail-stances').innerText(), '+ Supports Bau der Kanalbrücke');

    // Add the statement the extractor missed by selecting its words; the evidence is its sentence.
    await selectWithMouse(page, 'Ohne neue Buslinien bleibt der Stau');
    await eventually(() => page.getByTestId('pending-words').locator('q').innerText(), 'Ohne neue Buslinien bleibt der Stau');
    await page.getByRole('button', { name: 'Add as a statement' }).click();
    it = item(page, 'Ohne neue Buslinien');
    await it.locator('.statement-editor').waitFor();
    await pick(it, 'Speaker', 'Kellermann', 'Tom Kellermann');
    // A statement a person adds is hand-coded, so it must say what it is about.
    await pick(it, 'Add what it is about', 'Kanalbrücke', 'Bau der Kanalbrücke');
    await it.getByRole('button', { name: 'Accept with these changes' }).click();
    await eventually(() => it.locator('.review-detail dd').first().innerText(), 'Für Kellermann steht fest: Ohne neue Buslinien bleibt der Stau.');

    // Whatever is left is above the confidence the proposals were made with.
    const pendingLeft = await page.locator('.review-item[data-decision="PENDING"]').count();
    if (pendingLeft > 0) {
      await page.getByLabel('Confidence at least').fill('0');
      await page.getByRole('button', { name: /^Accept \d+ pending above/ }).click();
    }
    const total = proposals + 1;
    await eventually(() => page.getByTestId('review-progress').innerText(), new RegExp(`^${total} of ${total} reviewed`));
    const version = await saved(page);
    await screenshot(page, 'review');
    await page.screenshot({ path: 'test/.artifacts/screenshots/review-viewport.png' });

    // Reload: the draft is kept, and is in the drafts list.
    await page.goto('/drafts');
    const listed = page.locator(`.draft-item[data-draft-id="${draftId}"]`);
    await listed.waitFor();
    expect(await listed.innerText()).toContain(`${total} of ${total} reviewed`);
    await listed.getByRole('link', { name: TITLE }).click();
    await item(page, 'Ohne neue Buslinien').waitFor();
    expect(await saved(page)).toBe(version);
    await eventually(() => page.getByTestId('review-progress').innerText(), new RegExp(`^${total} of ${total} reviewed`));

    // Publish, then follow the links to the statements and the entity pages.
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    const published = page.getByTestId('published');
    await published.or(page.getByTestId('save-problems')).first().waitFor();
    if (!(await published.isVisible())) {
      const at = await page.locator('.statement-problems').allInnerTexts();
      throw new Error(`Publishing was refused: ${await page.getByTestId('save-problems').innerText()} ${at.join(' ')}`);
    }
    expect(await published.getByTestId('publication').innerText()).toMatch(/alice published/);
    await published.getByRole('link', { name: 'Tom Kellermann' }).waitFor();
    await published.getByRole('link', { name: 'See the article’s statements' }).click();
    await page.waitForURL(/\/statements\?article=/);
    const added = page.locator('.statements-table tr', { hasText: 'Ohne neue Buslinien bleibt der Stau' });
    await added.waitFor();
    expect(await added.locator('[data-badge="provenance"]').innerText()).toBe('Curated');
    const reviewed = page.locator('.statements-table tr', { hasText: 'Eine Brücke allein' });
    expect(await reviewed.locator('[data-badge="provenance"]').innerText()).toMatch(/^Reviewed/);
    expect(await page.locator('.statements-table tbody tr').count()).toBe(total - 1);
    expect(await page.locator('.statements-table', { hasText: 'kritisierte die Pläne' }).count()).toBe(0);

    // Search finds the new speaker; his page shows what he said, with provenance.
    await page.goto('/');
    await page.getByRole('searchbox', { name: /search names and aliases/i }).fill('Kellermann');
    await page.locator('.result-group[data-type="Person"] a', { hasText: 'Tom Kellermann' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tom Kellermann' }).waitFor();
    const quote = page.locator('#said article.statement', { hasText: 'Eine Brücke allein' });
    await quote.waitFor();
    expect(await quote.locator('[data-badge="provenance"]').innerText()).toMatch(/^Reviewed/);
    expect(await page.locator('#said article.statement', { hasText: 'Ohne neue Buslinien' }).locator('[data-badge="provenance"]').innerText()).toBe('Curated');

    // The stance is in the matrix.
    await page.goto('/matrix');
    const cell = page.locator('tr', { hasText: 'Ilse Brandtner' }).locator(`td[data-topic-id="${TOPIC}"]`);
    await cell.waitFor();
    expect(await cell.getAttribute('data-stance')).toBe('SUPPORT');

    // Correct the article from its page: the mayor opposes after all.
    await page.goto(`/article/${ARTICLE}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await page.locator('.facts-list').innerText()).toContain('Fährhafener Kurier');
    await page.getByTestId('publication').first().waitFor();
    expect(await page.getByTestId('publication').count()).toBe(1);
    await page.getByRole('button', { name: 'Correct this article' }).click();
    await page.waitForURL(/\/drafts\/draft:/);
    expect(decodeURIComponent(page.url())).not.toContain(draftId);
    await item(page, 'Wir bauen diese Brücke').waitFor();
    await eventually(() => page.getByTestId('review-progress').innerText(), new RegExp(`^${total - 1} of ${total - 1} reviewed`));
    it = await selectItem(page, 'Wir bauen diese Brücke');
    await it.getByRole('button', { name: /^Edit/ }).click();
    await it.getByLabel('Stance on Bau der Kanalbrücke', { exact: true }).selectOption('OPPOSE');
    await it.getByRole('button', { name: 'Accept with these changes' }).click();
    await eventually(() => item(page, 'Wir bauen diese Brücke').getByTestId('detail-stances').innerText(), '− Opposes Bau der Kanalbrücke');
    await saved(page);
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByTestId('published').waitFor();

    // The change is in the stance matrix and in the publish record.
    await page.goto('/matrix');
    await cell.waitFor();
    expect(await cell.getAttribute('data-stance')).toBe('OPPOSE');
    await page.goto(`/article/${ARTICLE}`);
    await page.getByTestId('publication').nth(1).waitFor();
    const newest = page.getByTestId('publication').first();
    expect(await newest.innerText()).toMatch(/alice published/);
    expect(await newest.locator('[data-change="changed"]').innerText()).toMatch(/^Changed \(1\)/i);
    expect(await newest.locator('[data-change="added"]').count()).toBe(0);
    expect(await page.getByTestId('publication').nth(1).locator('[data-change="added"]').innerText()).toMatch(new RegExp(`^Added \\(${total - 1}\\)`, 'i'));
    expect(await page.getByTestId('article-review').innerText()).toMatch(/added by hand/);

    // Everything came from the app's own origin.
    const origin = new URL(suite.app.baseUrl).origin;
    expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'))).toEqual([]);
  });

  it('refuses to publish while statements are pending, says so at each of them, and writes nothing', async () => {
    const page = await open('alice');
    articles.add('article:streit-um-den-schulneubau');
    await createDraft(page, SCHOOL_TEXT, 'Streit um den Schulneubau');
    const first = page.locator('.review-item').first();
    await first.locator('.review-line').click();
    await first.getByRole('button', { name: /^Accept/ }).click();
    await saved(page);
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByTestId('save-problems').waitFor();
    const pending = page.locator('.review-item[data-decision="PENDING"]');
    const count = await pending.count();
    expect(count).toBeGreaterThanOrEqual(1);
    for (let i = 0; i < count; i++) {
      expect(await pending.nth(i).locator('.statement-problems').innerText()).toMatch(/not reviewed yet/);
    }
    expect(await first.locator('.statement-problems').count()).toBe(0);
    const { article } = await graphqlData(suite.app.graphqlUrl, { query: '{ article(id: "article:streit-um-den-schulneubau") { id } }' });
    expect(article).toBeNull();
    await page.getByRole('button', { name: 'Discard draft…' }).click();
    await page.getByRole('button', { name: 'Yes, discard it' }).click();
    await page.waitForURL(/\/drafts$/);
  });

  it('shows who else has a draft open, and offers to reload when someone saved first', async () => {
    const bob = await open('bob');
    const id = await createDraft(bob, SCHOOL_TEXT, 'Streit um den Schulneubau');
    const alice = await open('alice');
    await alice.goto(`/drafts/${id}`);
    await alice.getByTestId('also-open').waitFor();
    expect(await alice.getByTestId('also-open').innerText()).toBe('Also open: bob');

    // Bob decides first; alice's decision was made on the version before.
    const line = (p: Page) => p.locator('.review-item').first();
    await line(bob).locator('.review-line').click();
    await line(bob)
      .getByRole('button', { name: /^Reject/ })
      .click();
    await saved(bob);
    watchedOf(alice).allow.push(/status of 409/);
    await line(alice).locator('.review-line').click();
    await line(alice)
      .getByRole('button', { name: /^Accept/ })
      .click();
    const alert = alice.getByTestId('save-problems');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/was saved by bob at .* \(version 2\) after the version 1 you opened; nothing was saved/);
    await alert.getByRole('button', { name: 'Reload the draft' }).click();
    await alice.locator('.review-item[data-decision="REJECTED"]').first().waitFor();
    expect(await alice.getByTestId('save-problems').count()).toBe(0);
    await screenshot(alice, 'review-conflict');
    await alice.getByRole('button', { name: 'Discard draft…' }).click();
    await alice.getByRole('button', { name: 'Yes, discard it' }).click();
    await alice.waitForURL(/\/drafts$/);
  });

  it('works with the keyboard alone, with the focus always visible', async () => {
    const page = await open();
    await page.goto('/drafts/new');
    await tabTo(page, page.getByLabel('Editor key', { exact: true }));
    await page.keyboard.type(EDITORS.alice);
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByLabel('Article text'));
    await page.keyboard.insertText(SCHOOL_TEXT);
    await tabTo(page, page.getByLabel('Title', { exact: true }));
    await page.keyboard.type('Streit um den Schulneubau');
    await expectVisibleFocus(page);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/drafts\/draft:/);
    await page.locator('.review-item').first().waitFor();
    const total = await page.locator('.review-item').count();

    // j/k move; the selection follows in the list and the text.
    const selectedKey = () => page.locator('.review-item.selected').getAttribute('data-key');
    const keys = await page.locator('.review-item').evaluateAll((items) => items.map((el: any) => el.dataset.key));
    await page.keyboard.press('j');
    expect(await selectedKey()).toBe(keys[1]);
    await page.keyboard.press('k');
    expect(await selectedKey()).toBe(keys[0]);
    await expectVisibleFocus(page);
    expect(await page.locator('.review-body .hl.selected').count()).toBeGreaterThanOrEqual(1);

    // / goes to the speaker's search; the rector is a person the graph does not know yet.
    await page.keyboard.press('/');
    await page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'speaker');
    const editor = page.locator('.statement-editor');
    await tabTo(page, editor.getByText('Speaker not in the graph?'));
    await page.keyboard.press('Enter');
    const newSpeaker = editor.getByRole('group', { name: 'New speaker' });
    await tabTo(page, newSpeaker.getByLabel('Name'));
    await page.keyboard.type('Hanna Oberländer');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('.statement-editor input[name="speaker"]')?.value === 'Hanna Oberländer');
    await tabTo(page, editor.getByRole('button', { name: 'Accept with these changes' }));
    await expectVisibleFocus(page);
    await page.keyboard.press('Enter');
    await page.locator(`.review-item[data-key="${keys[0]}"][data-decision="ACCEPTED"] .review-speaker`, { hasText: 'Hanna Oberländer' }).waitFor();

    // a accepts and moves on; e opens the editor, Escape closes it; r rejects.
    await page.keyboard.press('j');
    await page.keyboard.press('a');
    await page.locator(`.review-item[data-key="${keys[1]}"][data-decision="ACCEPTED"]`).waitFor();
    expect(await selectedKey()).toBe(keys[2]);
    await page.keyboard.press('e');
    await editor.waitFor();
    await page.keyboard.press('Escape');
    await editor.waitFor({ state: 'detached' });
    await page.keyboard.press('r');
    await page.locator(`.review-item[data-key="${keys[2]}"][data-decision="REJECTED"]`).waitFor();

    // n adds a statement: type its words, Enter finds them, then the button; the speaker by name and arrows.
    await page.keyboard.press('n');
    await page.waitForFunction(() => document.activeElement?.id === 'find-words');
    await page.keyboard.type('Jede Verzögerung schadet den Kindern');
    await page.keyboard.press('Enter');
    await page.getByTestId('pending-words').waitFor();
    await tabTo(page, page.getByRole('button', { name: 'Add as a statement' }));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'speaker');
    await page.keyboard.type('Vossberg');
    await page
      .getByRole('option', { name: /Piet Vossberg/ })
      .first()
      .waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    // What it is about (a hand-coded statement needs it): the entity made for the first statement.
    await tabTo(page, page.getByRole('combobox', { name: 'Add what it is about', exact: true }));
    await page.keyboard.type('Oberländer');
    await page
      .getByRole('option', { name: /Hanna Oberländer/ })
      .first()
      .waitFor();
    await page.keyboard.press('Enter');
    await tabTo(page, page.locator('.statement-editor').getByRole('button', { name: 'Accept with these changes' }));
    await page.keyboard.press('Enter');
    await item(page, 'Jede Verzögerung').locator('.review-detail').waitFor();
    expect(await item(page, 'Jede Verzögerung').locator('.review-speaker').innerText()).toBe('Piet Vossberg');
    await eventually(() => page.getByTestId('review-progress').innerText(), new RegExp(`^${total + 1} of ${total + 1} reviewed`));
    await saved(page);

    // Publish, reached with Shift+Tab.
    await tabTo(page, page.getByRole('button', { name: 'Publish', exact: true }), 200, true);
    await expectVisibleFocus(page);
    await page.keyboard.press('Enter');
    await page.getByTestId('published').waitFor();
  });
});

describe('the review views', () => {
  it('say what to do without a key, refuse a wrong one, and forget the key on request', async () => {
    const page = await open();
    watchedOf(page).allow.push(/status of 401/);
    for (const url of ['/drafts', `/drafts/${draftId}`, '/drafts/new']) {
      await page.goto(url);
      await page.getByRole('heading', { name: 'Editor key needed' }).waitFor();
    }
    await page.goto(`/article/${ARTICLE}`);
    await page
      .getByText(/enter an editor key on the drafts page/i)
      .first()
      .waitFor();
    await page.goto('/drafts');
    await page.getByLabel('Editor key', { exact: true }).fill('not-a-key-of-this-server');
    await page.getByRole('button', { name: 'Use this key' }).click();
    await page.getByText(/This key was not accepted: The API key is not valid/).waitFor();
    await page.getByLabel('Editor key', { exact: true }).fill(EDITORS.bob);
    await page.getByRole('button', { name: 'Use this key' }).click();
    await page.getByRole('link', { name: 'Under review' }).waitFor();
    expect(await page.evaluate((k) => [sessionStorage.getItem(k), localStorage.length, document.cookie], EDITOR_KEY_STORAGE)).toEqual([EDITORS.bob, 0, '']);
    await page.getByRole('button', { name: 'Forget key' }).click();
    await page.getByRole('heading', { name: 'Editor key needed' }).waitFor();
    expect(await page.evaluate((k) => sessionStorage.getItem(k), EDITOR_KEY_STORAGE)).toBeNull();
  });

  it('read the article text of an uploaded HTML page in the browser', async () => {
    const page = await open('alice');
    await page.goto('/drafts/new');
    const html = `<!doctype html><html><head><title>Kurier · Brücke</title>
      <link rel="canonical" href="https://kurier.example/bruecke">
      <meta property="article:published_time" content="2026-03-03T08:00:00+01:00"></head>
      <body><nav><p>Start · Politik</p></nav><main><article><h1>Neue Brücke über den Kanal</h1>
      <p>„Wir bauen   diese Brücke“, sagte
      Ilse Brandtner.</p><aside><p>Auch interessant</p></aside><blockquote><p>Ein Zitat.</p></blockquote>
      <script>var x = 1;</script></article></main><footer><p>Impressum</p></footer></body></html>`;
    await page.getByLabel('Or upload a .txt or .html file').setInputFiles({ name: 'bruecke.html', mimeType: 'text/html', buffer: Buffer.from(html) });
    const text = page.getByLabel('Article text');
    await page.waitForFunction(() => document.querySelector('#article-text').value !== '');
    expect(await text.inputValue()).toBe('Neue Brücke über den Kanal\n\n„Wir bauen diese Brücke“, sagte Ilse Brandtner.\n\nEin Zitat.');
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe('Neue Brücke über den Kanal');
    expect(await page.getByLabel('Address (URL)').inputValue()).toBe('https://kurier.example/bruecke');
    expect(await page.getByLabel('Publication date').inputValue()).toBe('2026-03-03');
    await page
      .getByLabel('Or upload a .txt or .html file')
      .setInputFiles({ name: 'kurz.txt', mimeType: 'text/plain', buffer: Buffer.from('\uFEFFZeile eins\r\nZeile zwei\r\n') });
    await page.waitForFunction(() => document.querySelector('#article-text').value.startsWith('Zeile'));
    expect(await text.inputValue()).toBe('Zeile eins\nZeile zwei');
  });

  it('lay out without sideways scrolling at 768 px', async () => {
    const page = await open('alice', { width: 768, height: 1000 });
    const reopened = await graphqlData(suite.app.graphqlUrl, { query: `mutation { reopenArticle(articleId: "${ARTICLE}") { id } }` }, editorHeaders('alice'));
    for (const [url, ready, name] of [
      ['/drafts', '.draft-item', 'review-drafts-768'],
      ['/drafts/new', '#article-text', 'review-new-768'],
      [`/drafts/${reopened.reopenArticle.id}`, '.review-item', 'review-draft-768'],
      [`/article/${ARTICLE}`, '[data-testid="publication"]', 'review-article-768'],
      [`/statements?article=${encodeURIComponent(ARTICLE)}`, '.statements-table', 'review-statements-768'],
    ] as const) {
      await page.goto(url);
      await page.locator(ready).first().waitFor();
      if (name === 'review-draft-768') {
        await page.locator('.review-item .review-line').first().click();
        await page.keyboard.press('e');
        await page.locator('.statement-editor').waitFor();
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect({ url, overflow }).toEqual({ url, overflow: 0 });
      await screenshot(page, name);
    }
    await graphqlData(
      suite.app.graphqlUrl,
      { query: `mutation { discardDraft(id: "${reopened.reopenArticle.id}", baseVersion: 1) { id } }` },
      editorHeaders('alice'),
    );
  });
});
