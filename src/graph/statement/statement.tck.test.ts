import 'reflect-metadata';

import { GraphQLSchema, graphql } from 'graphql';
import neo4j from 'neo4j-driver';

import { Database, QueryListener, Row } from '../../db/database';
import { createContext } from '../context';
import { NO_STATEMENT_FILTER, STATEMENT_LIST_STRATEGIES, StatementScope, chooseStrategy } from './list';
import { StatementListArgs, statementListQuery } from './statement.args';
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
  statement: {
    id: `statement:s-${n}`,
    text: `t${n}`,
    language: 'de',
    translation: null,
    mode: 'DIRECT_QUOTE',
    attribution: 'ON_RECORD',
    start: n,
    end: n + 1,
    excerpt: 'x',
    articleId: 'article:a',
    date: null,
    notes: [],
    provenance: 'CURATED',
  },
  dateKey: 0,
  speakerKey: '',
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

/** The filter parameter of the general query for a list without a filter (the text goes as textDe/textEn). */
const { text: _text, ...FILTER_NONE } = NO_STATEMENT_FILTER;

/** The `after` parameter of a first page: no cursor to resume after. */
const FIRST_PAGE = { none: true, dateKey: 0, speakerKey: '', articleId: '', start: 0, id: '' };
/** How the walking fast paths are asked to walk the reading-order index (list/page-rows.ts WALK). */
const WALKING = { walkRatio: 2, walkWindow: neo4j.int(10000) };

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
          filter: { mode: 'DIRECT_QUOTE', attribution: null, provenance: null, from: null, to: null },
          undatedOnly: false,
          limit: neo4j.int(6),
        },
      ],
    ]);
  });

  it('walks the date index, then the undated statements, for newest first', async () => {
    const { calls } = await run('{ statements(orderBy: DATE_DESC, first: 2) { edges { node { id } } } }', {
      'statement/page-dated-statements': () => [{ rows: [{ ...statement(1), dateKey: -20251017 }] }],
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
      after: FIRST_PAGE,
      limit: neo4j.int(6),
    });
  });

  it('sorts the full-text hits for a text filter alone, escaping what the user typed, total in the same query', async () => {
    const { data, calls } = await run('{ statements(filter: { text: "Rakete\\") OR (x:*" }) { totalCount edges { node { id } } } }', {
      'statement/page-statements-by-text': () => [{ rows: [statement(1)], total: 7 }],
    });
    expect(calls).toEqual([
      [
        'statement/page-statements-by-text',
        {
          textDe: '+rakete +or +x',
          textEn: '+rakete +or +x',
          after: FIRST_PAGE,
          limit: neo4j.int(21),
          ...WALKING,
        },
      ],
    ]);
    expect(data.statements.totalCount).toBe(7);
  });

  it('starts from the full-text hits for a text filter combined with another filter', async () => {
    const { calls } = await run('{ statements(filter: { text: "Rakete", mode: DIRECT_QUOTE }) { edges { node { id } } } }', {
      'statement/page-statements': () => [{ key: '', rows: [] }],
    });
    expect(calls.map(([name]) => name)).toEqual(['statement/page-statements']);
    expect(calls[0][1]).toMatchObject({ anchor: 'text', textDe: '+rakete', textEn: '+rakete', filter: { ...FILTER_NONE, mode: 'DIRECT_QUOTE' } });
  });

  it.each([
    ['speaker', 'person:a'],
    ['about', 'weapon:w'],
    ['reportedBy', 'org:r'],
    ['event', 'event:e'],
  ])('walks the relation for the %s filter alone, the total in the same query', async (field, id) => {
    const { data, calls } = await run(`{ statements(filter: { ${field}: "${id}" }, first: 5) { totalCount edges { node { id } } } }`, {
      'statement/page-statements-by-relation': () => [{ key: '', rows: [statement(1)], total: 12 }],
    });
    expect(calls).toEqual([
      [
        'statement/page-statements-by-relation',
        {
          keys: [''],
          anchorIds: [id],
          relation: field,
          after: FIRST_PAGE,
          limit: neo4j.int(6),
          ...WALKING,
        },
      ],
    ]);
    expect(data.statements.totalCount).toBe(12);
  });

  it('resumes the relation walk after the cursor of the previous page', async () => {
    const replies = { 'statement/page-statements-by-relation': () => [{ key: '', rows: [statement(4)], total: 9 }] };
    const first = await run('{ statements(filter: { about: "weapon:w" }, first: 1) { pageInfo { endCursor } } }', replies);
    const cursor = first.data.statements.pageInfo.endCursor;
    const { calls } = await run(`{ statements(filter: { about: "weapon:w" }, first: 1, after: "${cursor}") { edges { node { id } } } }`, replies);
    expect(calls[0][1].after).toEqual({ none: false, dateKey: 0, speakerKey: '', articleId: 'article:a', start: 4, id: 'statement:s-4' });
  });

  it.each([
    ['another filter', '{ statements(filter: { about: "weapon:w", mode: DIRECT_QUOTE }) { edges { node { id } } } }'],
    ['two relations', '{ statements(filter: { about: "weapon:w", speaker: "person:a" }) { edges { node { id } } } }'],
    ['a topic', '{ statements(filter: { topic: "topic:t" }) { edges { node { id } } } }'],
    ['another order', '{ statements(filter: { about: "weapon:w" }, orderBy: DATE_DESC) { edges { node { id } } } }'],
  ])('takes the general query for a relation filter with %s', async (_, source) => {
    const { calls } = await run(source, { 'statement/page-statements': () => [{ key: '', rows: [] }] });
    expect(calls.map(([name]) => name)).toEqual(['statement/page-statements']);
  });

  it('reads the total of the unfiltered list with its page (one round trip)', async () => {
    const { data, calls } = await run('{ statements(first: 2) { totalCount edges { node { id } } } }', {
      'statement/page-statements-in-reading-order': () => [{ rows: [statement(1)], statements: 1000 }],
    });
    expect(calls.map(([name]) => name)).toEqual(['statement/page-statements-in-reading-order']);
    expect(data.statements.totalCount).toBe(1000);
  });

  it('counts a filtered list with a query of its own, only when totalCount is asked for', async () => {
    const replies = {
      'statement/page-statements-in-reading-order': () => [{ rows: [statement(1)], statements: 1000 }],
      'statement/count-statements-by-properties': () => [{ total: 3 }],
    };
    const without = await run('{ statements(filter: { mode: DIRECT_QUOTE }) { edges { node { id } } } }', replies);
    expect(without.calls.map(([name]) => name)).toEqual(['statement/page-statements-in-reading-order']);
    const withCount = await run('{ statements(filter: { mode: DIRECT_QUOTE }) { totalCount } }', replies);
    expect(withCount.calls.map(([name]) => name)).toEqual(['statement/page-statements-in-reading-order', 'statement/count-statements-by-properties']);
    expect(withCount.data.statements.totalCount).toBe(3);
  });

  it('sends no query at all for a text without words', async () => {
    const { data, calls } = await run('{ statements(filter: { text: "?!" }) { totalCount edges { node { id } } } }', {});
    expect(data.statements).toEqual({ totalCount: 0, edges: [] });
    expect(calls).toEqual([]);
  });
});

describe('the statement list strategies', () => {
  /** [list shape, its arguments, its scope and keys, the strategy that answers it]. */
  const SHAPES: [string, Partial<StatementListArgs>, [StatementScope | null, string[]], string][] = [
    ["another article's statements of an article", { filter: { article: 'article:b' } }, ['article', ['article:a']], 'nothing'],
    ['a text without words', { filter: { text: '?!' } }, [null, ['']], 'nothing'],
    ['every statement', {}, [null, ['']], 'index'],
    ['direct quotes, newest first', { filter: { mode: 'DIRECT_QUOTE' }, orderBy: 'DATE_DESC' as never }, [null, ['']], 'index'],
    ["an article's statements from a day on", { filter: { from: '2025-10-17' } }, ['article', ['article:a']], 'index'],
    ["an actor's statements, batched", {}, ['speaker', ['person:a', 'person:b']], 'relation'],
    ['statements about one entity', { filter: { about: 'weapon:w' } }, [null, ['']], 'relation'],
    ['a search', { filter: { text: 'Rakete' } }, [null, ['']], 'text'],
    ['a search by speaker name', { filter: { text: 'Rakete' }, orderBy: 'SPEAKER_ASC' as never }, [null, ['']], 'general'],
    ['two filters', { filter: { about: 'weapon:w', stance: 'OPPOSE' } }, [null, ['']], 'general'],
    ["an actor's direct quotes, batched", { filter: { mode: 'DIRECT_QUOTE' } }, ['speaker', ['person:a', 'person:b']], 'general'],
    ['statements about an entity, oldest first', { filter: { about: 'weapon:w' }, orderBy: 'DATE_ASC' as never }, [null, ['']], 'general'],
  ];

  it.each(SHAPES)('answers %s with the %4$s strategy', (_, args, [scope, keys], name) => {
    expect(chooseStrategy(keys, statementListQuery({ first: 5, ...args } as StatementListArgs, scope)).strategy.name).toBe(name);
  });

  it('tries them in one order, the general one last, and each names its Cypher files', () => {
    expect(STATEMENT_LIST_STRATEGIES.map((s) => s.name)).toEqual(['nothing', 'index', 'relation', 'text', 'general']);
    for (const s of STATEMENT_LIST_STRATEGIES) for (const q of s.queries) expect(q).toMatch(/^statement\//);
  });

  it('runs only the Cypher files of the strategy it chose', async () => {
    const replies: Record<string, Reply> = {
      'statement/page-statements-by-relation': () => [{ key: '', rows: [statement(1)], total: 1 }],
      'statement/page-statements': () => [{ key: '', rows: [statement(1)] }],
      'statement/count-statements': () => [{ key: '', total: 1 }],
    };
    const relation = await run('{ statements(filter: { about: "weapon:w" }) { totalCount edges { node { id } } } }', replies);
    const general = await run('{ statements(filter: { about: "weapon:w", mode: DIRECT_QUOTE }) { totalCount edges { node { id } } } }', replies);
    expect(relation.calls.map(([n]) => n)).toEqual(['statement/page-statements-by-relation']);
    expect(general.calls.map(([n]) => n).sort()).toEqual(['statement/count-statements', 'statement/page-statements']);
  });
});

describe('speakers read with the page', () => {
  const withSpeaker = (n: number, speakers: unknown[]) => ({ ...statement(n), speakers });

  it('answer Statement.speaker without a query of their own, for the search and for a relation list', async () => {
    const search = await run('{ statements(filter: { text: "Rakete" }, first: 2) { totalCount edges { node { id speaker { id name } } } } }', {
      'statement/page-statements-by-text': () => [{ rows: [withSpeaker(1, [person('person:a')]), withSpeaker(2, [person('person:b')])], total: 2 }],
    });
    expect(search.calls.map(([name]) => name)).toEqual(['statement/page-statements-by-text']);
    expect(search.data.statements.edges.map((e: any) => e.node.speaker)).toEqual([
      { id: 'person:a', name: 'person:a' },
      { id: 'person:b', name: 'person:b' },
    ]);
    const about = await run('{ statements(filter: { about: "weapon:w" }, first: 1) { edges { node { speaker { id } } } } }', {
      'statement/page-statements-by-relation': () => [{ key: '', rows: [withSpeaker(1, [person('person:a')])], total: 1 }],
    });
    expect(about.calls.map(([name]) => name)).toEqual(['statement/page-statements-by-relation']);
  });

  it('make the speaker known to the entity loader too, as the speaker loader does', async () => {
    const contextValue = createContext(fakeDatabase({}, []), { principal: { role: null }, requestId: 't' });
    const { loaders } = contextValue;
    const speaker = { ...person('person:a'), __typename: 'Person' as const, type: 'Person' as const };
    const row = { ...statement(1).statement, __typename: 'Statement' as const };
    loaders.primeStatement(row, speaker);
    // The fake database answers no query: each of these comes from a loader's cache.
    expect(await loaders.statement.load(row.id)).toBe(row);
    expect(await loaders.speaker.load(row.id)).toBe(speaker);
    expect(await loaders.entity.load('person:a')).toBe(speaker);
  });

  it('leave a statement without a speaker without one, and one with several to the speaker loader', async () => {
    const calls: [string, Record<string, unknown>][] = [];
    const replies: Record<string, Reply> = {
      'statement/page-statements-by-text': () => [{ rows: [withSpeaker(1, []), withSpeaker(2, [person('person:a'), person('person:b')])], total: 2 }],
      'statement/find-speakers': (p) => (p.ids as string[]).map((id) => ({ id, entity: person('person:b') })),
    };
    const contextValue = createContext(fakeDatabase(replies, calls), { principal: { role: null }, requestId: 't' });
    const result: any = await graphql({
      schema,
      source: '{ statements(filter: { text: "Rakete" }, first: 2) { edges { node { id speaker { id } } } } }',
      contextValue,
    });
    expect(calls.map(([name, p]) => [name, p.ids ?? null])).toEqual([
      ['statement/page-statements-by-text', null],
      ['statement/find-speakers', ['statement:s-2']],
    ]);
    // A statement nobody could be named for answers null, with no query of its own.
    expect(result.errors).toBeUndefined();
    expect(result.data.statements.edges.map((e: any) => e.node.speaker)).toEqual([null, { id: 'person:b' }]);
  });
});

describe('batching nested lists', () => {
  it('asks for the statements of all speakers in one query, keyed by speaker', async () => {
    const { data, calls } = await run(
      '{ statements(first: 3) { edges { node { speaker { id statements(first: 1) { totalCount edges { node { id } } } } } } } }',
      {
        'statement/page-statements-in-reading-order': () => [{ rows: [statement(1), statement(2), statement(3)], statements: 3 }],
        'statement/find-speakers': (p) => (p.ids as string[]).map((id, i) => ({ id, entity: person(i === 2 ? 'person:b' : 'person:a') })),
        'statement/page-statements-by-relation': (p) =>
          (p.keys as string[]).map((key) => ({ key, rows: [statement(key === 'person:a' ? 1 : 3)], total: key === 'person:a' ? 2 : 1 })),
      },
    );
    expect(calls.map(([name, p]) => [name, p.ids ?? p.keys ?? null])).toEqual([
      ['statement/page-statements-in-reading-order', null],
      ['statement/find-speakers', ['statement:s-1', 'statement:s-2', 'statement:s-3']],
      ['statement/page-statements-by-relation', ['person:a', 'person:b']],
    ]);
    expect(calls[2][1]).toMatchObject({ relation: 'speaker', anchorIds: ['person:a', 'person:b'] });
    expect(data.statements.edges.map((e: any) => e.node.speaker.statements.edges[0].node.id)).toEqual(['statement:s-1', 'statement:s-1', 'statement:s-3']);
    expect(data.statements.edges.map((e: any) => e.node.speaker.statements.totalCount)).toEqual([2, 2, 1]);
  });

  it('asks for filtered statements of all speakers in one general query, keyed by speaker', async () => {
    const { calls } = await run(
      '{ statements(first: 3) { edges { node { speaker { statements(first: 1, filter: { mode: DIRECT_QUOTE }) { edges { node { id } } } } } } } }',
      {
        'statement/page-statements-in-reading-order': () => [{ rows: [statement(1), statement(2), statement(3)], statements: 3 }],
        'statement/find-speakers': (p) => (p.ids as string[]).map((id, i) => ({ id, entity: person(i === 2 ? 'person:b' : 'person:a') })),
        'statement/page-statements': (p) => (p.keys as string[]).map((key) => ({ key, rows: [] })),
      },
    );
    expect(calls[2]).toEqual([
      'statement/page-statements',
      expect.objectContaining({ keys: ['person:a', 'person:b'], scope: 'speaker', anchor: 'speaker', anchorIds: ['person:a', 'person:b'] }),
    ]);
  });
});
