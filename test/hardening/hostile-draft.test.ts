import { graphCounts, withTestQueries } from '../harness/database';
import { TestServer, startTestServer } from '../harness/server';
import { INJECTIONS } from './injections';

/**
 * Hostile drafts through HTTP with an editor's key, the server in production mode: injection
 * strings in every field are stored verbatim as data or refused cleanly; offsets outside the text,
 * a 5 MB paste and a stale save are refused with a sentence that says what is wrong; nothing of
 * the server's insides leaks, and the graph's articles and statements are unchanged.
 */
const EDITOR_KEY = 'editor-key-hostile-draft-0123456789';
const editor = { authorization: `Bearer ${EDITOR_KEY}` };
const ARTICLE = 'article:hostile-draft';
const TEXT = 'Kurzmeldung\n„Wir liefern nichts“, sagte Anna Beispiel.';
const SAVE = `mutation Save($input: DraftInput!) { saveDraft(input: $input) { id version title statements { key text notes } entities { name aliases } } }`;

const at = (part: string) => [...TEXT.slice(0, TEXT.indexOf(part))].length;
const statement = (extra: Record<string, unknown> = {}) => ({
  key: 'p1',
  origin: 'PROPOSED',
  decision: 'PENDING',
  start: at('Wir liefern nichts'),
  end: at('Wir liefern nichts') + 18,
  text: 'Wir liefern nichts',
  excerptStart: 0,
  excerptEnd: [...TEXT].length,
  mode: 'DIRECT_QUOTE',
  attribution: 'ON_RECORD',
  ...extra,
});
const draftInput = (extra: Record<string, unknown> = {}) => ({
  text: TEXT,
  articleId: ARTICLE,
  title: 'Kurzmeldung',
  language: 'de',
  statements: [statement()],
  ...extra,
});

let server: TestServer;
let before: Record<string, number>;
beforeAll(async () => {
  server = await startTestServer({ NODE_ENV: 'production', API_KEYS: `tester=editor:${EDITOR_KEY}` });
  before = await graphCounts(server.connection);
});
afterAll(async () => {
  await withTestQueries(server.connection).write('test/delete-drafts', { articleId: ARTICLE });
  await server.stop();
});

/** The graph's counts without the drafts this suite makes. */
async function contentCounts(): Promise<Record<string, number>> {
  const counts = await graphCounts(server.connection);
  return Object.fromEntries(Object.entries(counts).filter(([k]) => k !== ':Draft'));
}

function expectClean(res: { status: number; body: any }, code: string): void {
  expect({ status: res.status < 500, code: res.body.errors?.[0]?.extensions?.code }).toEqual({ status: true, code });
  expect(JSON.stringify(res.body)).not.toMatch(/stacktrace|at .+\.js:\d+|Neo4jError|UNWIND \$|MATCH \(d/);
}

describe('saveDraft under hostile input', () => {
  it.each(INJECTIONS.map((s) => [JSON.stringify(s.slice(0, 30)), s]))('stores %s verbatim in every free-text field', async (_, injection) => {
    const res = await server.graphql(
      SAVE,
      {
        input: draftInput({
          title: injection,
          entities: [{ id: 'person:hostile-draft-anna', type: 'PERSON', name: injection, aliases: [injection] }],
          statements: [statement({ notes: [injection], translation: injection })],
        }),
      },
      editor,
    );
    if (res.body.errors) {
      // A string over a field's bound (the 10 KB one) is refused, naming the field.
      expectClean(res, 'BAD_USER_INPUT');
      expect(res.body.errors[0].message).toMatch(/is \d+ characters long; at most 2000/);
    } else {
      expect(res.body.data.saveDraft).toMatchObject({
        title: injection,
        entities: [{ name: injection, aliases: [injection] }],
        statements: [{ notes: [injection] }],
      });
    }
    expect(await contentCounts()).toEqual(Object.fromEntries(Object.entries(before).filter(([k]) => k !== ':Draft')));
  });

  it.each([
    ['offsets outside the text', { statements: [statement({ start: 40, end: 4000 })] }, /not a span of the article, which has \d+ characters/],
    ['a text that is not at its offsets', { statements: [statement({ text: 'Wir liefern alles!' })] }, /is not the text at \d+-\d+/],
    ['malformed ids', { entities: [{ id: 'person:"}) DETACH DELETE n', type: 'PERSON', name: 'x', aliases: [] }] }, /is not an id of the form/],
    ['an id of the wrong type', { entities: [{ id: 'org:acme', type: 'PERSON', name: 'x', aliases: [] }] }, /must start with "person:" for a Person/],
  ])('refuses %s with a sentence, writing nothing', async (_, extra, message) => {
    const res = await server.graphql(SAVE, { input: draftInput(extra) }, editor);
    expectClean(res, 'BAD_USER_INPUT');
    expect(res.body.errors[0].message).toMatch(message);
    expect(await contentCounts()).toEqual(Object.fromEntries(Object.entries(before).filter(([k]) => k !== ':Draft')));
  });

  it('refuses a 5 MB paste with a sentence naming the limit', async () => {
    const res = await server.graphql(SAVE, { input: draftInput({ text: `${TEXT}\n${'Ein Satz. '.repeat(520_000)}` }) }, editor);
    expect(res.status).toBe(413);
    expect(JSON.stringify(res.body)).toMatch(/MAX_BODY_BYTES/);
  });

  it('refuses a stale save, saying who saved the newer version', async () => {
    const created = (await server.graphql(SAVE, { input: draftInput() }, editor)).body.data.saveDraft;
    const first = await server.graphql(SAVE, { input: { ...draftInput(), text: undefined, id: created.id, baseVersion: 1, title: 'Neu' } }, editor);
    expect(first.body.data.saveDraft.version).toBe(2);
    const stale = await server.graphql(SAVE, { input: { ...draftInput(), text: undefined, id: created.id, baseVersion: 1, title: 'Alt' } }, editor);
    expectClean(stale, 'CONFLICT');
    expect(stale.body.errors[0].message).toMatch(/was saved by tester at .* \(version 2\) after the version 1 you opened; nothing was saved/);
  });

  it('refuses every draft operation without an editor key', async () => {
    const res = await server.graphql(SAVE, { input: draftInput() });
    expectClean(res, 'UNAUTHENTICATED');
  });
});
