import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

import { FIXTURES, graphCounts, withTestQueries } from '../harness/database';
import { TestServer, startTestServer } from '../harness/server';
import { INJECTIONS } from './injections';

/**
 * Hostile input through the one write path, `ingestArticle`, with an editor's key: every answer
 * is a clean BAD_USER_INPUT or a write that stores the string verbatim, as data, with its evidence
 * offsets still pointing at it. Afterwards the graph is exactly as before.
 */
const EDITOR_KEY = 'editor-key-hostile-0123456789';
const editor = { authorization: `Bearer ${EDITOR_KEY}` };
const ARTICLE_ID = 'article:hostile-mutation';
const ENTITY_IDS = ['person:hostile-anna', 'person:hostile-bert', 'country:hostile-land', 'topic:hostile-topic'];
const INGEST = `mutation Ingest($input: IngestArticleInput!) {
  ingestArticle(input: $input) { articleId statements }
}`;
const READ_BACK = `query ReadBack($article: ID!, $speaker: ID!, $statement: ID!) {
  article(id: $article) { title text }
  speaker: node(id: $speaker) { ... on Person { name aliases } }
  statement: node(id: $statement) { ... on Statement { text evidence { start end excerpt } } }
}`;

/** The mini fixture under ids of this suite's own, so that cleaning up touches nothing else. */
function input(edit: (raw: any, text: { value: string }) => void = () => undefined): { annotation: string; text: string } {
  const source = fs.readFileSync(path.join(FIXTURES, 'mini.yaml'), 'utf8');
  const ids = ['person:anna-beispiel', 'person:bert-muster', 'country:germany-mini', 'topic:missile-delivery-mini'];
  const renamed = ids.reduce((yaml, id, i) => yaml.split(id).join(ENTITY_IDS[i]), source);
  const raw = YAML.parse(renamed);
  delete raw.article.file;
  raw.article.id = ARTICLE_ID;
  raw.statements.forEach((s: any, i: number) => (s.id = `statement:hostile-mutation-0${i + 1}`));
  const text = { value: fs.readFileSync(path.join(FIXTURES, 'mini-article.txt'), 'utf8') };
  edit(raw, text);
  return { annotation: YAML.stringify(raw), text: text.value };
}

let server: TestServer;
let countsBefore: Record<string, number>;

beforeAll(async () => {
  server = await startTestServer({ NODE_ENV: 'production', API_KEYS: `editor:${EDITOR_KEY}` });
  countsBefore = await graphCounts(server.connection);
});
afterAll(async () => {
  const db = withTestQueries(server.connection);
  await db.write('test/delete-article', { articleId: ARTICLE_ID });
  await db.write('test/delete-entities', { ids: ENTITY_IDS });
  expect(await graphCounts(server.connection)).toEqual(countsBefore);
  await server.stop();
});

async function ingest(value: { annotation: string; text: string }): Promise<{ status: number; body: any }> {
  return server.graphql(INGEST, { input: value }, editor);
}

/** A clean refusal: 4xx or 200, BAD_USER_INPUT, nothing of the server's insides, nothing written. */
async function expectRefusedCleanly(res: { status: number; body: any }, label: string, before = countsBefore): Promise<void> {
  expect({ label, status: res.status < 500, code: res.body.errors?.[0]?.extensions?.code }).toEqual({ label, status: true, code: 'BAD_USER_INPUT' });
  expect(JSON.stringify(res.body)).not.toMatch(/stacktrace|at .+\.js:\d+|Neo4jError|MERGE \(|UNWIND \$/);
  expect(await graphCounts(server.connection)).toEqual(before);
}

describe('ingestArticle under hostile input', () => {
  it.each(INJECTIONS.map((s) => [JSON.stringify(s.slice(0, 30)), s]))('refuses %s as the whole annotation, writing nothing', async (_, injection) => {
    await expectRefusedCleanly(await ingest({ annotation: injection, text: 'Kurzmeldung.' }), `annotation ${injection.slice(0, 30)}`);
  });

  it.each(INJECTIONS.map((s) => [JSON.stringify(s.slice(0, 30)), s]))(
    'refuses %s as the article text of a valid annotation, writing nothing',
    async (_, injection) => {
      await expectRefusedCleanly(await ingest(input((_raw, text) => (text.value = injection))), `text ${injection.slice(0, 30)}`);
    },
  );

  it.each(INJECTIONS.map((s) => [JSON.stringify(s.slice(0, 30)), s]))('refuses %s as an entity id, naming the path', async (_, injection) => {
    const res = await ingest(input((raw) => (raw.entities[0].id = injection)));
    await expectRefusedCleanly(res, `entity id ${injection.slice(0, 30)}`);
    expect(res.body.errors[0].extensions.problems.map((p: { path: string }) => p.path)).toContain('entities[0].id');
  });

  it.each(INJECTIONS.map((s) => [JSON.stringify(s.slice(0, 30)), s]))(
    'stores %s verbatim as a name, a title and a quote with evidence offsets that find it, or refuses it naming the field',
    async (_, injection) => {
      const quote = `Anna Beispiel sagte: „${injection}“`;
      // An earlier case of this test may have written the article: a refusal must leave that as it was.
      const before = await graphCounts(server.connection);
      const res = await ingest(
        input((raw, text) => {
          raw.article.title = injection;
          raw.entities[0].name = injection;
          raw.entities[0].aliases = [injection];
          text.value = `${text.value.trimEnd()}\n${quote}\n`;
          raw.statements[0].text = injection;
          raw.statements[0].excerpt = quote;
        }),
      );
      if (res.body.errors) {
        // The validator may refuse a string (a control character, a length); then nothing is written.
        await expectRefusedCleanly(res, `stored ${injection.slice(0, 30)}`, before);
        expect(res.body.errors[0].extensions.problems.map((p: { path: string }) => p.path)).toContain('entities[0].name');
        return;
      }
      expect(res.body.data.ingestArticle).toEqual({ articleId: ARTICLE_ID, statements: 2 });
      const back = await server.graphql(READ_BACK, { article: ARTICLE_ID, speaker: ENTITY_IDS[0], statement: 'statement:hostile-mutation-01' });
      expect(back.body.errors).toBeUndefined();
      const { article, speaker, statement } = back.body.data;
      expect(article.title).toBe(injection);
      expect(speaker).toEqual({ name: injection, aliases: [injection] });
      expect(statement.text).toBe(injection);
      expect(statement.evidence.excerpt).toBe(quote);
      // Offsets count code points, so emoji and RTL marks must not shift the span.
      expect([...article.text].slice(statement.evidence.start, statement.evidence.end).join('')).toBe(quote);
    },
  );
});
