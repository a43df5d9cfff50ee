import neo4j from 'neo4j-driver';
import path from 'node:path';

import { Database } from '../../src/db/database';
import { readAnnotationFile } from '../../src/ingest/read';
import { ingest } from '../../src/ingest/write';
import { FIXTURES, withTestQueries } from '../harness/database';
import { Api, IDS, nodes, startApi } from '../harness/api';

/**
 * Positions aggregate stances per actor and topic, and never hide a contradiction: a speaker
 * who both supports and opposes a topic has two positions. This suite adds a small article of
 * its own (test/fixtures/contradiction.yaml) and removes it afterwards.
 */
const FIXTURE = path.join(FIXTURES, 'contradiction.yaml');
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

const POSITION = 'stance statementCount actor { id } topic { id } statements { edges { node { id stances { stance topic { id } } } } }';

describe('an actor who both supports and opposes a topic', () => {
  it('has two positions on it in positions(topic)', async () => {
    const data = await api.ok(`{ positions(topic: "${TOPIC}") { ${POSITION} } }`);
    expect(data.positions).toEqual([
      {
        stance: 'SUPPORT',
        statementCount: 1,
        actor: { id: SPEAKER },
        topic: { id: TOPIC },
        statements: { edges: [{ node: { id: 'statement:api-contradiction-test-01', stances: [{ stance: 'SUPPORT', topic: { id: TOPIC } }] } }] },
      },
      {
        stance: 'OPPOSE',
        statementCount: 1,
        actor: { id: SPEAKER },
        topic: { id: TOPIC },
        statements: { edges: [{ node: { id: 'statement:api-contradiction-test-02', stances: [{ stance: 'OPPOSE', topic: { id: TOPIC } }] } }] },
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
    const data = await api.ok(
      `{ node(id: "${IDS.trump}") { ... on Actor { positions { stance statementCount topic { id } statements { edges { node { id } } } } } } }`,
    );
    const onDelivery = data.node.positions.filter((p: any) => p.topic.id === IDS.tomahawkDelivery);
    expect(onDelivery).toEqual([
      {
        stance: 'OPPOSE',
        statementCount: 3,
        topic: { id: IDS.tomahawkDelivery },
        statements: { edges: ['08', '09', '13'].map((n) => ({ node: { id: `statement:trump-tomahawk-2025-10-${n}` } })) },
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

describe('the statements of a position', () => {
  const TRUMP_ON_DELIVERY = ['08', '09', '13'].map((n) => `statement:trump-tomahawk-2025-10-${n}`);
  // [what is selected, the selection of a statement node, fragments of the document]
  const ID_ONLY = [
    ['id', '{ id }', ''],
    ['__typename and id', '{ __typename id }', ''],
    ['a fragment of ids', '{ ...Ids }', 'fragment Ids on Statement { id ...MoreIds } fragment MoreIds on Node { id }'],
    ['an inline fragment of ids', '{ ... on Node { id } }', ''],
  ];

  it.each(ID_ONLY)('are answered from the position query alone when only ids are asked (%s)', async (_name, selection, fragments) => {
    const { data, errors, calls } = await api.run(
      `{ node(id: "${IDS.trump}") { ... on Actor { positions { stance topic { id } statements { totalCount edges { node ${selection} } } } } } } ${fragments}`,
    );
    expect(errors).toBeUndefined();
    // The actor, its positions; no statement is loaded.
    expect(calls.map((c) => c.name)).toEqual(['node/find-entities-by-ids', 'position/find-positions-by-actors']);
    const onDelivery = data.node.positions.filter((p: any) => p.topic.id === IDS.tomahawkDelivery);
    expect(nodes<any>(onDelivery[0].statements).map((s) => s.id)).toEqual(TRUMP_ON_DELIVERY);
    expect(onDelivery[0].statements.totalCount).toBe(3);
    if (selection.includes('__typename')) expect(nodes<any>(onDelivery[0].statements)[0].__typename).toBe('Statement');
  });

  it('are loaded in one batch, in reading order, when other fields are asked', async () => {
    const { data, errors, calls } = await api.run(`{ positions(topic: "${IDS.tomahawkDelivery}") { actor { id } statements { edges { node { id text } } } } }`);
    expect(errors).toBeUndefined();
    expect(calls.map((c) => c.name)).toEqual(['position/find-positions-by-topics', 'statement/find-statements-by-ids']);
    const trump = data.positions.find((p: any) => p.actor.id === IDS.trump);
    expect(nodes<any>(trump.statements).map((s) => s.id)).toEqual(TRUMP_ON_DELIVERY);
    expect(nodes<any>(trump.statements).every((s) => typeof s.text === 'string' && s.text.length > 0)).toBe(true);
  });

  it('read only as many statements per position as the largest first page asked for, and no ids unless statementIds is asked', async () => {
    const { data, errors, calls } = await api.run(`{ positions(topic: "${IDS.tomahawkDelivery}") {
      actor { id } statementCount one: statements(first: 1) { edges { node { id } } } two: statements(first: 2) { edges { node { id } } } } }`);
    expect(errors).toBeUndefined();
    expect(calls.map((c) => c.name)).toEqual(['position/find-positions-by-topics']);
    expect(calls[0].params).toMatchObject({ preview: neo4j.int(3), withIds: false });
    const trump = data.positions.find((p: any) => p.actor.id === IDS.trump);
    expect(nodes<any>(trump.one).map((s) => s.id)).toEqual(TRUMP_ON_DELIVERY.slice(0, 1));
    expect(nodes<any>(trump.two).map((s) => s.id)).toEqual(TRUMP_ON_DELIVERY.slice(0, 2));
  });

  it('page on after a cursor of the first page, as a statement list filtered by the topic and stance', async () => {
    const position = `node(id: "${IDS.trump}") { ... on Actor { positions(topic: "${IDS.tomahawkDelivery}") { statements(first: 1%s) {
      totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id } } } } } }`;
    const first = await api.ok(`{ ${position.replace('%s', '')} }`);
    const page1 = first.node.positions[0].statements;
    expect(page1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, endCursor: page1.edges[0].cursor });
    const { data, errors, calls } = await api.run(`{ ${position.replace('%s', `, after: "${page1.pageInfo.endCursor}"`)} }`);
    expect(errors).toBeUndefined();
    expect(calls.map((c) => c.name)).toEqual(['node/find-entities-by-ids', 'position/find-positions-by-actors', 'statement/page-statements']);
    const page2 = data.node.positions[0].statements;
    expect(nodes<any>(page2).map((s) => s.id)).toEqual(TRUMP_ON_DELIVERY.slice(1, 2));
    expect(page2.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    expect(page2.totalCount).toBe(3);
    // The cursor a page after the first hands out continues the list too.
    const last = await api.ok(`{ ${position.replace('%s', `, after: "${page2.pageInfo.endCursor}"`)} }`);
    expect(nodes<any>(last.node.positions[0].statements).map((s) => s.id)).toEqual(TRUMP_ON_DELIVERY.slice(2));
    expect(last.node.positions[0].statements.pageInfo.hasNextPage).toBe(false);
  });

  it('refuse a first page size out of range, naming the argument', async () => {
    const { errors } = await api.run(`{ positions(topic: "${IDS.tomahawkDelivery}") { statements(first: 101) { totalCount } } }`);
    expect(errors?.[0].message).toBe('Argument "first" is 101, but it must be a whole number from 0 to 100.');
  });

  it('are listed as statementIds, the same ids in the same order, with the position query alone', async () => {
    const { data, errors, calls } = await api.run(
      `{ positions(topic: "${IDS.tomahawkDelivery}") { actor { id } statementCount statementIds statements(first: 100) { edges { node { id } } } } }`,
    );
    expect(errors).toBeUndefined();
    expect(calls.map((c) => c.name)).toEqual(['position/find-positions-by-topics']);
    expect(calls[0].params).toMatchObject({ withIds: true });
    expect(data.positions.length).toBeGreaterThan(1);
    for (const p of data.positions) {
      expect(p.statementIds).toEqual(nodes<any>(p.statements).map((s) => s.id));
      expect(p.statementIds).toHaveLength(p.statementCount);
    }
    const trump = data.positions.find((p: any) => p.actor.id === IDS.trump);
    expect(trump.statementIds).toEqual(TRUMP_ON_DELIVERY);
  });

  it('are loaded when a fragment asks for more than ids', async () => {
    const { data, errors, calls } = await api.run(
      `{ positions(topic: "${TOPIC}") { statements { edges { node { id ...Text } } } } } fragment Text on Statement { text }`,
    );
    expect(errors).toBeUndefined();
    expect(calls.map((c) => c.name)).toContain('statement/find-statements-by-ids');
    expect(data.positions.map((p: any) => nodes<any>(p.statements)[0].text.length > 0)).toEqual([true, true]);
  });
});

describe('the actor of a position', () => {
  it('comes with the position when only its id and name are asked', async () => {
    const { data, errors, calls } = await api.run(`{ positions(topic: "${IDS.tomahawkDelivery}") { actor { __typename id name } } }`);
    expect(errors).toBeUndefined();
    expect(calls.map((c) => c.name)).toEqual(['position/find-positions-by-topics']);
    expect(data.positions.find((p: any) => p.actor.id === IDS.trump).actor).toEqual({ __typename: 'Person', id: IDS.trump, name: 'Donald Trump' });
  });

  it('is loaded, in one batch, when other fields are asked', async () => {
    const { data, errors, calls } = await api.run(`{ positions(topic: "${IDS.tomahawkDelivery}") { actor { id aliases } } }`);
    expect(errors).toBeUndefined();
    expect(calls.map((c) => c.name)).toEqual(['position/find-positions-by-topics', 'node/find-entities-by-ids']);
    expect(data.positions.every((p: any) => Array.isArray(p.actor.aliases))).toBe(true);
  });
});
