import 'reflect-metadata';

import { GraphQLSchema, graphql } from 'graphql';
import neo4j from 'neo4j-driver';

import { Database, QueryListener, Row } from '../../db/database';
import { createContext } from '../context';
import { createSchema } from '../schema';

/**
 * TCK-style: GraphQL operations run against a recording fake database, and the tests assert
 * which named queries ran with which parameters. No Neo4j needed: this pins the choice of query
 * (index fast path or general query), the anchor, the batching and the parameters.
 */
type Reply = (params: Record<string, unknown>) => Row[];

function fakeDatabase(replies: Record<string, Reply>, calls: [string, Record<string, unknown>][]): Database {
  const make = (listener?: QueryListener): Database =>
    ({
      observed: (l: QueryListener) => make(l),
      forRequest: (l: QueryListener) => make(l),
      async read(name: string, params: Record<string, unknown> = {}) {
        listener?.(name, params);
        calls.push([name, params]);
        const reply = replies[name];
        if (!reply) throw new Error(`unexpected query ${name}`);
        return reply(params);
      },
    }) as unknown as Database;
  return make();
}

const statement = (n: number, speaker = 'person:a') => ({
  statement: { id: `statement:s-${n}`, text: `t${n}`, language: 'de', translation: null, mode: 'DIRECT_QUOTE', attribution: 'ON_RECORD', start: n, end: n + 1, excerpt: 'x', articleId: 'article:a', date: null, notes: [] },
  k: 0,
  name: '',
  speaker,
});
const person = (id: string) => ({ id, type: 'Person', name: id, aliases: [], notes: [] });

let schema: GraphQLSchema;
beforeAll(async () => (schema = await createSchema()));

async function run(source: string, replies: Record<string, Reply>) {
  const calls: [string, Record<string, unknown>][] = [];
  const contextValue = createContext(fakeDatabase(replies, calls), { principal: { role: null }, requestId: 't' });
  const result = await graphql({ schema, source, contextValue });
  expect(result.errors).toBeUndefined();
  return { data: result.data as any, calls };
}

const FILTER_NONE = { speaker: null, about: null, topic: null, stance: null, mode: null, attribution: null, reportedBy: null, article: null, event: null, from: null, to: null };

describe('choosing the query', () => {
  it('walks the (articleId, start) index for a list filtered only by properties', async () => {
    const { calls } = await run('{ statements(filter: { mode: DIRECT_QUOTE }, first: 5) { edges { node { id } } } }', {
      'statement/page-statements-in-reading-order': () => [{ rows: [statement(1)] }],
    });
    expect(calls).toEqual([
      [
        'statement/page-statements-in-reading-order',
        {
          cursorArticle: '',
          cursorStart: 0,
          cursorId: '',
          lo: '',
          hi: '\uffff',
          filter: { mode: 'DIRECT_QUOTE', attribution: null, from: null, to: null },
          undatedOnly: false,
          limit: neo4j.int(6),
        },
      ],
    ]);
  });

  it('walks the date index, then the undated statements, for newest first', async () => {
    const { calls } = await run('{ statements(orderBy: DATE_DESC, first: 2) { edges { node { id } } } }', {
      'statement/page-dated-statements': () => [{ rows: [{ ...statement(1), k: -20251017 }] }],
      'statement/page-statements-in-reading-order': () => [{ rows: [statement(2)] }],
    });
    expect(calls.map(([name, p]) => [name, p.limit, p.desc ?? p.undatedOnly])).toEqual([
      ['statement/page-dated-statements', neo4j.int(3), true],
      ['statement/page-statements-in-reading-order', neo4j.int(2), true],
    ]);
  });

  it('starts from the speaker for a speaker filter, with every other filter still checked', async () => {
    const { calls } = await run('{ statements(filter: { speaker: "person:a", stance: OPPOSE }, first: 5) { totalCount edges { node { id } } } }', {
      'statement/page-statements': () => [{ key: '', rows: [statement(1)] }],
      'statement/count-statements': () => [{ key: '', total: 1 }],
    });
    const filter = { ...FILTER_NONE, speaker: 'person:a', stance: 'OPPOSE' };
    expect(calls.map(([name]) => name).sort()).toEqual(['statement/count-statements', 'statement/page-statements']);
    expect(calls.find(([n]) => n === 'statement/page-statements')![1]).toEqual({
      keys: [''],
      anchor: 'speaker',
      anchorIds: ['person:a'],
      scope: '',
      filter,
      textDe: '',
      textEn: '',
      order: 'READING_ORDER',
      after: { none: true, k: 0, name: '', articleId: '', start: 0, id: '' },
      limit: neo4j.int(6),
    });
  });

  it('starts from the full-text hits for a text filter, escaping what the user typed', async () => {
    const { calls } = await run('{ statements(filter: { text: "Rakete\\") OR (x:*" }) { edges { node { id } } } }', {
      'statement/page-statements': () => [{ key: '', rows: [] }],
    });
    expect(calls[0][1]).toMatchObject({ anchor: 'text', textDe: '+rakete +or +x', textEn: '+rakete +or +x' });
  });

  it('sends no query at all for a text without words', async () => {
    const { data, calls } = await run('{ statements(filter: { text: "?!" }) { totalCount edges { node { id } } } }', {});
    expect(data.statements).toEqual({ totalCount: 0, edges: [] });
    expect(calls).toEqual([]);
  });
});

describe('batching nested lists', () => {
  it('asks for the statements of all speakers in one query, keyed by speaker', async () => {
    const { data, calls } = await run('{ statements(first: 3) { edges { node { speaker { id statements(first: 1) { edges { node { id } } } } } } } }', {
      'statement/page-statements-in-reading-order': () => [{ rows: [statement(1), statement(2), statement(3)] }],
      'statement/find-speakers': (p) => (p.ids as string[]).map((id, i) => ({ id, entity: person(i === 2 ? 'person:b' : 'person:a') })),
      'statement/page-statements': (p) => (p.keys as string[]).map((key) => ({ key, rows: [statement(key === 'person:a' ? 1 : 3)] })),
    });
    expect(calls.map(([name, p]) => [name, p.ids ?? p.keys ?? null])).toEqual([
      ['statement/page-statements-in-reading-order', null],
      ['statement/find-speakers', ['statement:s-1', 'statement:s-2', 'statement:s-3']],
      ['statement/page-statements', ['person:a', 'person:b']],
    ]);
    expect(calls[2][1]).toMatchObject({ scope: 'speaker', anchor: 'speaker', anchorIds: ['person:a', 'person:b'] });
    expect(data.statements.edges.map((e: any) => e.node.speaker.statements.edges[0].node.id)).toEqual(['statement:s-1', 'statement:s-1', 'statement:s-3']);
  });
});
