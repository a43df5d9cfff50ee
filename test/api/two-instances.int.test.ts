import { AppProcess, buildApp, startHealthyApp } from '../harness/app';
import { connectTestDatabase, loadArticle, testNeo4jUri, withTestQueries } from '../harness/database';
import { errorCodes, graphqlData, postGraphql } from '../harness/graphql';
import { Connection } from '../../src/db/connect';

/**
 * Two app processes on one Neo4j, as behind a load balancer: the app keeps no state of its own
 * (drafts, their versions and who has them open are in the graph; API keys are configuration),
 * so either instance answers any request as the other would. Builds the server first.
 */
const ARTICLE = 'article:two-instances-test';
const KEYS = 'alice=editor:alice-key-two-instances,rita=reader:rita-key-two-instances';
const editor = { headers: { authorization: 'Bearer alice-key-two-instances' } };
const reader = { headers: { authorization: 'Bearer rita-key-two-instances' } };

let a: AppProcess;
let b: AppProcess;
let connection: Connection;
beforeAll(async () => {
  buildApp();
  connection = await connectTestDatabase();
  await loadArticle(connection);
  const options = { neo4jUri: testNeo4jUri(), env: { API_KEYS: KEYS } };
  [a, b] = await Promise.all([startHealthyApp(options), startHealthyApp(options)]);
}, 240_000);
afterAll(async () => {
  await withTestQueries(connection).write('test/delete-drafts', { articleId: ARTICLE });
  await Promise.all([a?.stop(), b?.stop()]);
  await connection.close();
});

const SAVE = 'mutation($input: DraftInput!) { saveDraft(input: $input) { id version text savedBy } }';
const draftInput = (extra: Record<string, unknown>) => ({ title: 'Zwei Instanzen', language: 'de', entities: [], statements: [], ...extra });

describe('two app instances on one Neo4j', () => {
  it('answer the same questions identically', async () => {
    const questions = [
      '{ positions(topic: "topic:tomahawk-delivery-to-ukraine") { stance statementCount actor { id name } statements(first: 2) { edges { cursor node { id } } } } }',
      '{ statements(first: 5, filter: { speaker: "person:donald-trump" }) { totalCount pageInfo { endCursor } edges { node { id text } } } }',
      '{ search(query: "Selenskyj") { score node { id } } }',
    ];
    for (const query of questions) {
      const [fromA, fromB] = await Promise.all([graphqlData(a.graphqlUrl, { query }), graphqlData(b.graphqlUrl, { query })]);
      expect(fromB).toEqual(fromA);
    }
  });

  it('take a cursor handed out by the other', async () => {
    const query = 'query($after: String) { statements(first: 3, after: $after) { edges { node { id } } pageInfo { endCursor } } }';
    const first = await graphqlData(a.graphqlUrl, { query });
    const fromA = await graphqlData(a.graphqlUrl, { query, variables: { after: first.statements.pageInfo.endCursor } });
    const fromB = await graphqlData(b.graphqlUrl, { query, variables: { after: first.statements.pageInfo.endCursor } });
    expect(fromB).toEqual(fromA);
  });

  it('share drafts: created on one, read and saved on the other, and a stale save refused on either', async () => {
    const created = (
      await graphqlData(a.graphqlUrl, { query: SAVE, variables: { input: draftInput({ text: 'Ein kurzer Text.', articleId: ARTICLE }) } }, editor)
    ).saveDraft;
    expect(created).toMatchObject({ version: 1, savedBy: 'alice' });
    const read = await graphqlData(b.graphqlUrl, { query: `{ draft(id: "${created.id}") { id version text } }` }, editor);
    expect(read.draft).toEqual({ id: created.id, version: 1, text: 'Ein kurzer Text.' });
    const saved = (await graphqlData(b.graphqlUrl, { query: SAVE, variables: { input: draftInput({ id: created.id, baseVersion: 1 }) } }, editor)).saveDraft;
    expect(saved.version).toBe(2);
    const stale = await postGraphql(a.graphqlUrl, { query: SAVE, variables: { input: draftInput({ id: created.id, baseVersion: 1 }) } }, editor);
    expect(errorCodes(stale.body)).toEqual(['CONFLICT']);
  });

  it('accept the same keys with the same roles', async () => {
    for (const app of [a, b]) {
      const anonymous = await postGraphql(app.graphqlUrl, { query: SAVE, variables: { input: draftInput({ text: 'x', articleId: ARTICLE }) } });
      const asReader = await postGraphql(app.graphqlUrl, { query: SAVE, variables: { input: draftInput({ text: 'x', articleId: ARTICLE }) } }, reader);
      expect([errorCodes(anonymous.body), errorCodes(asReader.body)]).toEqual([['UNAUTHENTICATED'], ['FORBIDDEN']]);
    }
  });
});
