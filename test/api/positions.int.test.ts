import path from 'node:path';

import { Database } from '../../src/db/database';
import { ingest, readAnnotationFile } from '../../src/ingest/ingest';
import { withTestQueries } from '../support/database';
import { Api, IDS, nodes, startApi } from './support/api';

/**
 * Positions aggregate stances per actor and topic, and never hide a contradiction: a speaker
 * who both supports and opposes a topic has two positions. This suite adds a small article of
 * its own (test/api/fixtures/contradiction.yaml) and removes it afterwards.
 */
const FIXTURE = path.join(__dirname, 'fixtures', 'contradiction.yaml');
const ARTICLE = 'article:api-contradiction-test';
const SPEAKER = 'person:api-test-erika-wendehals';
const TOPIC = 'topic:api-test-missile-delivery';

let api: Api;
let db: Database;
beforeAll(async () => {
  api = await startApi();
  db = withTestQueries(api.connection);
  await ingest(api.connection.db, readAnnotationFile(FIXTURE));
});
afterAll(async () => {
  await db.write('test/delete-article', { articleId: ARTICLE });
  await db.write('test/delete-entities', { ids: [SPEAKER, TOPIC] });
  await api.close();
});

const POSITION = 'stance statementCount actor { id } topic { id } statements { id stances { stance topic { id } } }';

describe('an actor who both supports and opposes a topic', () => {
  it('has two positions on it in positions(topic)', async () => {
    const data = await api.ok(`{ positions(topic: "${TOPIC}") { ${POSITION} } }`);
    expect(data.positions).toEqual([
      {
        stance: 'SUPPORT',
        statementCount: 1,
        actor: { id: SPEAKER },
        topic: { id: TOPIC },
        statements: [{ id: 'statement:api-contradiction-test-01', stances: [{ stance: 'SUPPORT', topic: { id: TOPIC } }] }],
      },
      {
        stance: 'OPPOSE',
        statementCount: 1,
        actor: { id: SPEAKER },
        topic: { id: TOPIC },
        statements: [{ id: 'statement:api-contradiction-test-02', stances: [{ stance: 'OPPOSE', topic: { id: TOPIC } }] }],
      },
    ]);
  });

  it('has the same two in Actor.positions and Topic.positions', async () => {
    const data = await api.ok(`{
      actor: node(id: "${SPEAKER}") { ... on Actor { positions { stance topic { id } } } }
      topic: node(id: "${TOPIC}") { ... on Topic { positions { stance actor { id } } } }
      filtered: node(id: "${SPEAKER}") { ... on Actor { positions(topic: "${IDS.tomahawkDelivery}") { stance } } }
    }`);
    expect(data.actor.positions).toEqual([
      { stance: 'SUPPORT', topic: { id: TOPIC } },
      { stance: 'OPPOSE', topic: { id: TOPIC } },
    ]);
    expect(data.topic.positions).toEqual([
      { stance: 'SUPPORT', actor: { id: SPEAKER } },
      { stance: 'OPPOSE', actor: { id: SPEAKER } },
    ]);
    expect(data.filtered.positions).toEqual([]);
  });

  it('shows up among the supporters and among the opponents in the actor filter', async () => {
    const data = await api.ok(`{
      supporters: actors(filter: { topic: "${TOPIC}", stance: SUPPORT }) { edges { node { id } } }
      opponents: actors(filter: { topic: "${TOPIC}", stance: OPPOSE }) { edges { node { id } } }
      neutral: actors(filter: { topic: "${TOPIC}", stance: NEUTRAL }) { totalCount }
    }`);
    expect(nodes<any>(data.supporters)).toEqual([{ id: SPEAKER }]);
    expect(nodes<any>(data.opponents)).toEqual([{ id: SPEAKER }]);
    expect(data.neutral.totalCount).toBe(0);
  });
});

describe('positions', () => {
  it('are empty for a well-formed topic id that matches nothing', async () => {
    expect(await api.ok('{ positions(topic: "topic:no-such-topic") { stance } }')).toEqual({ positions: [] });
  });

  it('count the statements of each actor and stance in the bundled article', async () => {
    const data = await api.ok(`{ node(id: "${IDS.trump}") { ... on Actor { positions { stance statementCount topic { id } statements { id } } } } }`);
    const onDelivery = data.node.positions.filter((p: any) => p.topic.id === IDS.tomahawkDelivery);
    expect(onDelivery).toEqual([
      {
        stance: 'OPPOSE',
        statementCount: 3,
        topic: { id: IDS.tomahawkDelivery },
        statements: ['08', '09', '13'].map((n) => ({ id: `statement:trump-tomahawk-2025-10-${n}` })),
      },
    ]);
  });
});

describe('articles', () => {
  it('are listed newest first, and each lists its own statements', async () => {
    const data = await api.ok(`{
      articles(first: 10) { totalCount edges { node { id publishedAt statements { totalCount } } } }
      article(id: "${ARTICLE}") { title publishedAt source { id } mentions { entity { id } excerpt } statements { edges { node { id } } } }
    }`);
    const ids = nodes<any>(data.articles).map((a) => a.id);
    expect(ids.indexOf(ARTICLE)).toBeLessThan(ids.indexOf(IDS.article));
    expect(nodes<any>(data.articles).find((a) => a.id === ARTICLE).statements.totalCount).toBe(2);
    expect(data.article.publishedAt).toBe('2025-11-01');
    expect(data.article.source).toBeNull();
    expect(data.article.mentions.map((m: any) => m.entity.id).sort()).toEqual([SPEAKER, TOPIC].sort());
    expect(nodes<any>(data.article.statements).map((s) => s.id)).toEqual(['statement:api-contradiction-test-01', 'statement:api-contradiction-test-02']);
  });

  it('keep their statements apart in batched lists', async () => {
    const data = await api.ok(`{
      articles { edges { node { id statements(first: 100) { totalCount edges { node { evidence { article { id } } } } } } } }
    }`);
    for (const a of nodes<any>(data.articles)) {
      expect(nodes<any>(a.statements).every((s) => s.evidence.article.id === a.id)).toBe(true);
      expect(a.statements.totalCount).toBe(a.statements.edges.length);
    }
  });
});
