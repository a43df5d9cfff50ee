import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import YAML from 'yaml';

import { FIXTURES, graphCounts, withTestQueries } from '../harness/database';
import { TestServer, startTestServer } from '../harness/server';

/**
 * Every write through the API leaves two traces: one structured log line (`"audit":"write"`:
 * who by key name, which article, how many statements, which provenances) and a Publication
 * record that an editor lists with `publications`. A refused write leaves neither.
 */
const ALICE = 'alice-audit-key-0123456789abcdef';
const READER = 'reader-audit-key-0123456789abcdef';
const ARTICLE = 'article:mini-audit';
const INGEST = `mutation Ingest($input: IngestArticleInput!) {
  ingestArticle(input: $input) { articleId statements publication { via by draftId statements provenance addedStatements removedStatements changedStatements } }
}`;
const LIST = `query List($article: ID!) { publications(article: $article) {
  totalCount edges { node { via by articleId draftId statements provenance addedStatements removedStatements changedStatements } } } }`;

const lines: Record<string, unknown>[] = [];
let server: TestServer;

function input(edit: (raw: any) => void = () => undefined): { annotation: string; text: string } {
  const raw = YAML.parse(fs.readFileSync(path.join(FIXTURES, 'mini.yaml'), 'utf8'));
  delete raw.article.file;
  raw.article.id = ARTICLE;
  raw.statements.forEach((s: any, i: number) => (s.id = `statement:mini-audit-0${i + 1}`));
  edit(raw);
  return { annotation: YAML.stringify(raw), text: fs.readFileSync(path.join(FIXTURES, 'mini-article.txt'), 'utf8') };
}
const alice = { authorization: `Bearer ${ALICE}` };
const audits = () => lines.filter((l) => l.audit === 'write');

beforeAll(async () => {
  const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(JSON.parse(String(chunk))), done()) });
  server = await startTestServer({ API_KEYS: `alice=editor:${ALICE},reader:${READER}` }, undefined, pino({ level: 'info' }, sink));
});
afterAll(async () => {
  await withTestQueries(server.connection).write('test/delete-article', { articleId: ARTICLE });
  await server.stop();
});

describe('the audit of writes', () => {
  it('logs an ingestArticle as one structured line naming the key, the article, the statements and their provenance', async () => {
    const res = await server.graphql(INGEST, { input: input() }, alice);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.ingestArticle.publication).toEqual({
      via: 'INGEST',
      by: 'alice',
      draftId: null,
      statements: 2,
      provenance: ['CURATED'],
      addedStatements: ['statement:mini-audit-01', 'statement:mini-audit-02'],
      removedStatements: [],
      changedStatements: [],
    });
    expect(audits()).toEqual([
      expect.objectContaining({
        audit: 'write',
        by: 'alice',
        via: 'INGEST',
        articleId: ARTICLE,
        statements: 2,
        provenance: ['CURATED'],
        added: 2,
        removed: 0,
        changed: 0,
      }),
    ]);
    // The key itself is never logged.
    expect(JSON.stringify(lines)).not.toContain(ALICE);
  });

  it('records what a second write changed, and lists both writes to an editor, newest first', async () => {
    await server.graphql(INGEST, { input: input((raw) => (raw.statements = raw.statements.slice(0, 1))) }, alice);
    const listed = await server.graphql(LIST, { article: ARTICLE }, alice);
    expect(listed.body.errors).toBeUndefined();
    expect(listed.body.data.publications.totalCount).toBe(2);
    expect(listed.body.data.publications.edges.map((e: any) => e.node)).toEqual([
      expect.objectContaining({ via: 'INGEST', by: 'alice', statements: 1, addedStatements: [], removedStatements: ['statement:mini-audit-02'] }),
      expect.objectContaining({ via: 'INGEST', by: 'alice', statements: 2 }),
    ]);
    expect(audits()).toHaveLength(2);
    expect(audits()[1]).toMatchObject({ statements: 1, removed: 1 });
  });

  it('writes no record and no line for a refused write, and leaves the graph as it was', async () => {
    const before = await graphCounts(server.connection);
    const res = await server.graphql(INGEST, { input: input((raw) => (raw.statements[0].speaker = 'person:nobody-known')) }, alice);
    expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await graphCounts(server.connection)).toEqual(before);
    expect(audits()).toHaveLength(2);
  });

  it('lists writes to editors only', async () => {
    const res = await server.graphql(LIST, { article: ARTICLE }, { authorization: `Bearer ${READER}` });
    expect(res.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });
});
