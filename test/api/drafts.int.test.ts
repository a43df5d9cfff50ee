import { Api, nodes, startApi } from '../harness/api';
import { graphCounts, withTestQueries } from '../harness/database';

/**
 * The review workflow through the API: a draft is created with the extractor's proposals, saved
 * over the version it was opened at (a stale save is refused), seen open by another editor,
 * published (refused while a proposal is pending, then written with provenance and a record of
 * who published what), reopened, corrected and published again. The article and its entities
 * are written for this test and removed afterwards.
 */
const ALICE = { role: 'editor' as const, name: 'alice' };
const BOB = { role: 'editor' as const, name: 'bob' };
const ARTICLE = 'article:drafts-test-bruecke';
const TEXT = [
  'Brücke',
  '„Wir bauen die Brücke“, sagte Bürgermeisterin Eva Lindqvist.',
  'Der Stadtrat Paul Ohm warnte, die Kosten seien nicht gedeckt.',
  'Die Opposition kritisierte die Pläne.',
].join('\n');
const at = (part: string) => [...TEXT.slice(0, TEXT.indexOf(part))].length;
const span = (part: string) => ({ start: at(part), end: at(part) + [...part].length, text: part });

/** A draft statement's fields: exactly what a save sends back (DraftStatementInput). */
const STATEMENT = `key origin decision edited statementId start end text excerptStart excerptEnd mode attribution speaker
  speakerMention { start end text } cue { start end text } reportedBy event about stances { topic stance }
  provenance confidence extractor date translation notes`;
const FIELDS = `id version status articleId title text review { statements reviewed proposed accepted edited rejected added }
  statements { ${STATEMENT} } entities { id name } openBy { name } savedBy`;
const SAVE = `mutation($input: DraftInput!) { saveDraft(input: $input) { ${FIELDS} } }`;

/** A proposal as the extractor makes it, for the part of the text given. */
function proposal(key: string, content: string, excerpt: string, extra: Record<string, unknown> = {}) {
  return {
    key,
    origin: 'PROPOSED',
    decision: 'PENDING',
    start: at(content),
    end: at(content) + [...content].length,
    text: content,
    excerptStart: at(excerpt),
    excerptEnd: at(excerpt) + [...excerpt].length,
    mode: 'INDIRECT_SPEECH',
    attribution: 'ON_RECORD',
    confidence: 0.7,
    extractor: 'stancegraph-extract 1.0',
    ...extra,
  };
}

const PROPOSALS = [
  proposal('p1', 'Wir bauen die Brücke', '„Wir bauen die Brücke“, sagte Bürgermeisterin Eva Lindqvist.', {
    mode: 'DIRECT_QUOTE',
    speaker: 'person:eva-lindqvist-drafts',
    speakerMention: span('Eva Lindqvist'),
    cue: span('sagte'),
  }),
  proposal('p2', 'die Kosten seien nicht gedeckt', 'Der Stadtrat Paul Ohm warnte, die Kosten seien nicht gedeckt.', { speaker: 'person:paul-ohm-drafts' }),
  proposal('p3', 'kritisierte die Pläne', 'Die Opposition kritisierte die Pläne.', { mode: 'REPORTED_SPEECH', confidence: 0.3 }),
];
const ENTITIES = [
  { id: 'person:eva-lindqvist-drafts', type: 'PERSON', name: 'Eva Lindqvist (drafts test)', aliases: ['Lindqvist'] },
  { id: 'person:paul-ohm-drafts', type: 'PERSON', name: 'Paul Ohm (drafts test)', aliases: [] },
  { id: 'topic:bridge-drafts', type: 'TOPIC', name: 'Building the bridge (drafts test)', aliases: [] },
];

let api: Api;
beforeAll(async () => (api = await startApi()));
afterAll(async () => {
  const db = withTestQueries(api.connection);
  await db.write('test/delete-article', { articleId: ARTICLE });
  await db.write('test/delete-entities', { ids: ENTITIES.map((e) => e.id) });
  await db.write('test/delete-drafts', { articleId: ARTICLE });
  await api.close();
});

const input = (draft: { id?: string; version?: number }, statements: unknown[], extra: Record<string, unknown> = {}) => ({
  ...(draft.id ? { id: draft.id, baseVersion: draft.version } : { text: TEXT, articleId: ARTICLE }),
  title: 'Brücke',
  language: 'de',
  entities: ENTITIES,
  statements,
  ...extra,
});

describe('reviewing a draft', () => {
  let draft: any;

  it('is created with its proposals, all pending', async () => {
    draft = (await api.ok(SAVE, { input: input({}, PROPOSALS) }, ALICE)).saveDraft;
    expect(draft).toMatchObject({ version: 1, status: 'OPEN', articleId: ARTICLE, savedBy: 'alice' });
    expect(draft.review).toEqual({ statements: 3, reviewed: 0, proposed: 3, accepted: 0, edited: 0, rejected: 0, added: 0 });
  });

  it('is refused for a reader and for anonymous callers', async () => {
    const reader = await api.run(`{ draft(id: "${draft.id}") { id } }`, {}, { role: 'reader', name: 'r' });
    expect(reader.errors?.map((e) => e.extensions.code)).toEqual(['FORBIDDEN']);
    const anonymous = await api.run(`{ drafts { totalCount } }`);
    expect(anonymous.errors?.map((e) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
  });

  it('shows who else has it open', async () => {
    await api.ok(`mutation { touchDraft(id: "${draft.id}") { name } }`, {}, BOB);
    const seen = await api.ok(`{ draft(id: "${draft.id}") { openBy { name } } }`, {}, ALICE);
    expect(seen.draft.openBy).toEqual([{ name: 'bob' }]);
  });

  it('refuses a save over a newer one, saying who saved it, and changes nothing', async () => {
    const reviewed = PROPOSALS.map((p) => ({ ...p, decision: p.key === 'p3' ? 'REJECTED' : 'ACCEPTED' }));
    const saved = (await api.ok(SAVE, { input: input(draft, reviewed) }, ALICE)).saveDraft;
    expect(saved.version).toBe(2);
    const stale = await api.run(SAVE, { input: input(draft, PROPOSALS) }, BOB);
    expect(stale.errors?.map((e) => e.extensions.code)).toEqual(['CONFLICT']);
    expect(stale.errors?.[0].message).toMatch(/was saved by alice at .* \(version 2\) after the version 1 you opened; nothing was saved/);
    draft = (await api.ok(`{ draft(id: "${draft.id}") { ${FIELDS} } }`, {}, ALICE)).draft;
    expect(draft.review).toMatchObject({ reviewed: 3, accepted: 2, rejected: 1 });
    // The list of open drafts shows the same progress, without the text.
    const list = await api.ok('{ drafts(first: 100) { edges { node { id text review { statements reviewed } } } } }', {}, ALICE);
    expect(nodes<any>(list.drafts).find((d) => d.id === draft.id)).toEqual({ id: draft.id, text: null, review: { statements: 3, reviewed: 3 } });
  });

  it('refuses offsets outside the text and a span that does not select its text, naming the statement', async () => {
    const hostile = [
      { ...PROPOSALS[0], end: 10_000 },
      { ...PROPOSALS[1], cue: { start: 0, end: 6, text: 'sagte' } },
    ];
    const answer = await api.run(SAVE, { input: input(draft, hostile) }, ALICE);
    expect(answer.errors?.map((e) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
    const problems = answer.errors![0].extensions.problems as { statementKey: string; path: string }[];
    expect(problems.map((p) => [p.statementKey, p.path])).toEqual([
      ['p1', 'statements[0].start'],
      ['p1', 'statements[0].excerptStart'],
      ['p2', 'statements[1].cue.text'],
    ]);
  });

  it('refuses to publish while a statement is pending, writing nothing', async () => {
    const before = await graphCounts(api.connection);
    const pending = (await api.ok(SAVE, { input: input(draft, [...draft.statements.map(clean), { ...PROPOSALS[2], key: 'p4' }]) }, ALICE)).saveDraft;
    const answer = await api.run(`mutation { publishDraft(id: "${pending.id}", baseVersion: ${pending.version}) { articleId } }`, {}, ALICE);
    expect(answer.errors?.map((e) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
    expect((answer.errors![0].extensions.problems as { statementKey: string }[]).map((p) => p.statementKey)).toEqual(['p4']);
    expect(await graphCounts(api.connection)).toEqual(before);
    draft = (await api.ok(SAVE, { input: input(pending, draft.statements.map(clean)) }, ALICE)).saveDraft;
  });

  it('publishes the accepted statements with their provenance, and records who and what', async () => {
    // A person corrects p2's stance and adds a statement the extractor missed.
    const statements = [
      ...draft.statements
        .map(clean)
        .map((s: any) => (s.key === 'p2' ? { ...s, edited: true, stances: [{ topic: 'topic:bridge-drafts', stance: 'OPPOSE' }] } : s)),
      {
        ...proposal('a1', 'Die Opposition kritisierte die Pläne.', 'Die Opposition kritisierte die Pläne.'),
        origin: 'ADDED',
        decision: 'ACCEPTED',
        mode: 'REPORTED_SPEECH',
        speaker: 'person:paul-ohm-drafts',
        about: ['topic:bridge-drafts'],
        confidence: null,
        extractor: null,
      },
    ];
    draft = (await api.ok(SAVE, { input: input(draft, statements) }, ALICE)).saveDraft;
    const published = await api.ok(
      `mutation { publishDraft(id: "${draft.id}", baseVersion: ${draft.version}) { articleId draft { status }
        publication { by proposed accepted edited rejected added statements addedStatements removedStatements } } }`,
      {},
      ALICE,
    );
    expect(published.publishDraft).toMatchObject({ articleId: ARTICLE, draft: { status: 'PUBLISHED' } });
    expect(published.publishDraft.publication).toMatchObject({
      by: 'alice',
      proposed: 3,
      accepted: 1,
      edited: 1,
      rejected: 1,
      added: 1,
      statements: 3,
      removedStatements: [],
    });
    expect(published.publishDraft.publication.addedStatements).toHaveLength(3);
    const article = await api.ok(
      `{ article(id: "${ARTICLE}") { review { proposed accepted edited rejected added } statements { edges { node { text provenance speaker { id } stances { stance } } } } } }`,
    );
    expect(article.article.review).toEqual({ proposed: 3, accepted: 1, edited: 1, rejected: 1, added: 1 });
    expect(nodes<any>(article.article.statements).map((s) => [s.text, s.provenance, s.speaker?.id, s.stances.map((x: any) => x.stance)])).toEqual([
      ['Wir bauen die Brücke', 'REVIEWED', 'person:eva-lindqvist-drafts', []],
      ['die Kosten seien nicht gedeckt', 'REVIEWED', 'person:paul-ohm-drafts', ['OPPOSE']],
      ['Die Opposition kritisierte die Pläne.', 'CURATED', 'person:paul-ohm-drafts', []],
    ]);
  });

  it('can be reopened, corrected and published again, the change recorded', async () => {
    const reopened = (await api.ok(`mutation { reopenArticle(articleId: "${ARTICLE}") { ${FIELDS} } }`, {}, BOB)).reopenArticle;
    expect(reopened.statements.map((s: any) => [s.origin, s.decision, s.provenance])).toEqual([
      ['PUBLISHED', 'ACCEPTED', 'REVIEWED'],
      ['PUBLISHED', 'ACCEPTED', 'REVIEWED'],
      ['PUBLISHED', 'ACCEPTED', 'CURATED'],
    ]);
    const changed = reopened.statements
      .map(clean)
      .map((s: any, i: number) => (i === 1 ? { ...s, edited: true, stances: [{ topic: 'topic:bridge-drafts', stance: 'NEUTRAL' }] } : s));
    const saved = (await api.ok(SAVE, { input: { ...input(reopened, changed), entities: [] } }, BOB)).saveDraft;
    const again = await api.ok(
      `mutation { publishDraft(id: "${saved.id}", baseVersion: ${saved.version}) { publication { by changedStatements addedStatements } } }`,
      {},
      BOB,
    );
    expect(again.publishDraft.publication).toEqual({ by: 'bob', changedStatements: [reopened.statements[1].statementId], addedStatements: [] });
    const records = await api.ok(`{ article(id: "${ARTICLE}") { publications { totalCount edges { node { by } } } } }`, {}, ALICE);
    expect(records.article.publications).toEqual({ totalCount: 2, edges: [{ node: { by: 'bob' } }, { node: { by: 'alice' } }] });
  });
});

/** A draft statement as the API answers it is the input a save sends back. */
const clean = (s: any) => ({ ...s });

describe('proposals for a new article', () => {
  const NEWS = [
    'Gespräche in Kiew',
    '„Wir brauchen mehr Luftabwehr“, sagte Selenskyj am Dienstag in Kiew.',
    'Der Bürgermeister Jonas Wendt erklärte, die Stadt sei vorbereitet.',
  ].join('\n');

  it("are the extractor's, linked to the graph, with spans that select their text, and save as a draft", async () => {
    const extracted = (
      await api.ok(
        `query($text: String!) { extractDraft(text: $text, title: "Gespräche in Kiew") { language extractor statements { ${STATEMENT} } entities { id type name } } }`,
        {
          text: NEWS,
        },
      )
    ).extractDraft;
    expect(extracted.language).toBe('de');
    expect(extracted.statements.length).toBeGreaterThanOrEqual(2);
    const points = [...NEWS];
    for (const st of extracted.statements) {
      expect([st.origin, st.decision]).toEqual(['PROPOSED', 'PENDING']);
      expect(points.slice(st.start, st.end).join('')).toBe(st.text);
      if (st.speakerMention) expect(points.slice(st.speakerMention.start, st.speakerMention.end).join('')).toBe(st.speakerMention.text);
    }
    const quote = extracted.statements.find((st: any) => st.mode === 'DIRECT_QUOTE');
    expect(quote).toMatchObject({ text: 'Wir brauchen mehr Luftabwehr', speaker: 'person:volodymyr-zelenskyy', extractor: 'stancegraph-extract 1.0' });
    // Saving the proposals as they come makes a draft to review.
    const saved = await api.ok(
      SAVE,
      {
        input: {
          text: NEWS,
          articleId: 'article:drafts-test-kiew',
          title: 'Gespräche in Kiew',
          language: 'de',
          entities: extracted.entities,
          statements: extracted.statements,
        },
      },
      ALICE,
    );
    expect(saved.saveDraft.review).toMatchObject({ statements: extracted.statements.length, reviewed: 0, proposed: extracted.statements.length });
    await withTestQueries(api.connection).write('test/delete-drafts', { articleId: 'article:drafts-test-kiew' });
  });

  it('refuses a text in neither language, saying what to do', async () => {
    const answer = await api.run('{ extractDraft(text: "1234 5678 90") { language } }');
    expect(answer.errors?.map((e) => [e.extensions.code, e.message])).toEqual([
      ['BAD_USER_INPUT', 'The text is neither clearly German nor clearly English; say which it is with "language" ("de" or "en").'],
    ]);
  });
});
