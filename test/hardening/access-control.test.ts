import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

import { FIXTURES, graphCounts, withTestQueries } from '../harness/database';
import { TestServer, startTestServer } from '../harness/server';

const EDITOR_KEY = 'editor-key-0123456789abcdef';
const READER_KEY = 'reader-key-0123456789abcdef';
const INGEST = `mutation Ingest($input: IngestArticleInput!) {
  ingestArticle(input: $input) { articleId entities relations facts statements }
}`;

/** The mini fixture as the mutation takes it: annotation text without `file`, plus the text. */
function miniInput(edit: (raw: any) => void = () => undefined): { annotation: string; text: string } {
  const raw = YAML.parse(fs.readFileSync(path.join(FIXTURES, 'mini.yaml'), 'utf8'));
  delete raw.article.file;
  raw.article.id = 'article:mini-mutation';
  raw.statements.forEach((s: any, i: number) => (s.id = `statement:mini-mutation-0${i + 1}`));
  edit(raw);
  return { annotation: YAML.stringify(raw), text: fs.readFileSync(path.join(FIXTURES, 'mini-article.txt'), 'utf8') };
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ API_KEYS: `editor:${EDITOR_KEY},reader:${READER_KEY}` });
});
afterAll(async () => {
  await withTestQueries(server.connection).write('test/delete-article', { articleId: 'article:mini-mutation' });
  await server.stop();
});

describe('access control', () => {
  it('leaves reads open by default', async () => {
    const res = await server.graphql('{ health { status } }');
    expect(res.body).toEqual({ data: { health: { status: 'ok' } } });
  });

  it('refuses a mutation without a key as UNAUTHENTICATED, writing nothing', async () => {
    const before = await graphCounts(server.connection);
    const res = await server.graphql(INGEST, { input: miniInput() });
    expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(res.body.errors[0].message).toMatch(/needs an API key with the "editor" role/);
    expect(await graphCounts(server.connection)).toEqual(before);
  });

  it('refuses a mutation with a reader key as FORBIDDEN', async () => {
    const res = await server.graphql(INGEST, { input: miniInput() }, { authorization: `Bearer ${READER_KEY}` });
    expect(res.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(res.status).toBe(403);
  });

  it('refuses an unknown key as UNAUTHENTICATED and never echoes it', async () => {
    const res = await server.graphql('{ health { status } }', undefined, { 'x-api-key': 'not-a-key-but-long-enough' });
    expect(res.status).toBe(401);
    expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(res.body)).not.toContain('not-a-key-but-long-enough');
  });

  it('accepts an editor key as a bearer token or as X-API-Key', async () => {
    const bearer = await server.graphql(INGEST, { input: miniInput() }, { authorization: `Bearer ${EDITOR_KEY}` });
    expect(bearer.body).toEqual({ data: { ingestArticle: { articleId: 'article:mini-mutation', entities: 4, relations: 1, facts: 0, statements: 2 } } });
    const header = await server.graphql(INGEST, { input: miniInput() }, { 'x-api-key': EDITOR_KEY });
    expect(header.body.data.ingestArticle.statements).toBe(2);
  });

  it('answers a GET query without a preflight header as an anonymous read, and refuses a write over GET', async () => {
    const read = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ health { status } }')}`);
    expect(read.status).toBe(200);
    const write = await fetch(`${server.url}/graphql?query=${encodeURIComponent('mutation { discardDraft(id: "draft:x", baseVersion: 1) { id } }')}`);
    expect(write.status).toBe(405);
  });
});

describe('reads can require a key', () => {
  let closed: TestServer;
  beforeAll(async () => {
    closed = await startTestServer({ API_KEYS: `reader:${READER_KEY}`, READ_REQUIRES_KEY: 'true' }, server.connection);
  });
  afterAll(() => closed.stop());

  it('refuses an anonymous query and accepts a reader key', async () => {
    const anonymous = await closed.graphql('{ health { status } }');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const reader = await closed.graphql('{ health { status } }', undefined, { authorization: `Bearer ${READER_KEY}` });
    expect(reader.body).toEqual({ data: { health: { status: 'ok' } } });
  });
});

describe('the ingestArticle mutation', () => {
  const editor = { authorization: `Bearer ${EDITOR_KEY}` };

  it('is idempotent: the same input twice leaves identical counts, but for the record of the second write', async () => {
    await server.graphql(INGEST, { input: miniInput() }, editor);
    const before = await graphCounts(server.connection);
    const again = await server.graphql(INGEST, { input: miniInput() }, editor);
    expect(again.body.errors).toBeUndefined();
    // Every write through the API is recorded (README, "Who wrote what"): one Publication more.
    const records = { ':Publication': before[':Publication'] + 1, '[:HAS_PUBLICATION]': before['[:HAS_PUBLICATION]'] + 1 };
    expect(await graphCounts(server.connection)).toEqual({ ...before, ...records });
  });

  it('reports every problem with its path as BAD_USER_INPUT and writes nothing', async () => {
    const before = await graphCounts(server.connection);
    const res = await server.graphql(
      INGEST,
      {
        input: miniInput((raw) => {
          raw.statements[0].speaker = 'person:nobody';
          raw.statements[1].excerpt = 'Dieser Satz fehlt.';
        }),
      },
      editor,
    );
    expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors[0].extensions.problems).toEqual([
      { path: 'statements[0].speaker', message: 'unknown entity "person:nobody".' },
      { path: 'statements[1].excerpt', message: 'the excerpt "Dieser Satz fehlt." does not occur in the article text.' },
      { path: 'statements[1].text', message: 'the text "widersprach ihr" is not part of its excerpt; quote it verbatim.' },
    ]);
    expect(await graphCounts(server.connection)).toEqual(before);
  });

  it('refuses `article.file`: the text comes with the input', async () => {
    const res = await server.graphql(INGEST, { input: miniInput((raw) => (raw.article.file = '/etc/passwd')) }, editor);
    expect(res.body.errors[0].extensions.problems).toEqual([{ path: 'article.file', message: 'is not accepted here: the text comes in `input.text`.' }]);
  });

  it("replaces the article's statements when the annotation changes", async () => {
    const res = await server.graphql(INGEST, { input: miniInput((raw) => raw.statements.pop()) }, editor);
    expect(res.body.data.ingestArticle.statements).toBe(1);
    const rows = await withTestQueries(server.connection).read('test/article-statement-ids', { articleId: 'article:mini-mutation' });
    expect(rows.map((r) => r.id)).toEqual(['statement:mini-mutation-01']);
  });
});
