import neo4j from 'neo4j-driver';

import { Row } from '../../src/db/database';
import { NO_STATEMENT_FILTER } from '../../src/graph/statement/list';
import { readAnnotationFile } from '../../src/ingest/read';
import { ARTICLE_ANNOTATION } from '../harness/database';
import { Api, IDS, nodes, startApi } from '../harness/api';

/**
 * The fast paths of statement lists (statement/page-statements-by-relation, -by-text, and the
 * total read with the unfiltered reading-order page) must answer exactly what the general query
 * (statement/page-statements with statement/count-statements) answers: the same rows in the same
 * order, page by page, and the same totals. Both are run here on the bundled article, directly
 * by name, over every entity, relation and a set of searches.
 */
const annotation = readAnnotationFile(ARTICLE_ANNOTATION);
const ENTITY_IDS = [...annotation.entities.map((e) => e.id), 'person:nobody-at-all', 'weapon:no-such-weapon'];

let api: Api;
beforeAll(async () => (api = await startApi()));
afterAll(() => api.close());

const FIRST_PAGE = { none: true, k: 0, name: '', articleId: '', start: 0, id: '' };
type PageRow = { statement: { id: string; articleId: string; start: number }; k: number; name: string };

/** The cursor after a row, as the repository builds it from a row's sort key. */
const after = (row: PageRow) => ({
  none: false,
  k: row.k,
  name: row.name,
  articleId: row.statement.articleId,
  start: row.statement.start,
  id: row.statement.id,
});

/** Pages through a list with `read(after)` (one row per key), `size` rows a page; returns every page's ids. */
async function walk(read: (cursor: Record<string, unknown>) => Promise<Row[]>, key: string, size: number): Promise<{ pages: string[][]; totals: unknown[] }> {
  const pages: string[][] = [];
  const totals: unknown[] = [];
  let cursor: Record<string, unknown> = FIRST_PAGE;
  for (;;) {
    const row = (await read(cursor)).find((r) => r.key === undefined || r.key === key);
    const rows = (row?.rows ?? []) as PageRow[];
    totals.push(row?.total);
    pages.push(rows.slice(0, size).map((r) => r.statement.id));
    if (rows.length <= size) return { pages, totals };
    cursor = after(rows[size - 1]);
    expect(pages.length).toBeLessThan(100);
  }
}

/** The general query's pages and count for a list anchored as the repository anchors it. */
async function general(
  keys: string[],
  list: { scope: string; anchor: string; anchorIds: string[]; filter: Record<string, unknown>; text?: string },
  size: number,
) {
  const text = list.text ?? '';
  const params = { keys, anchorIds: list.anchorIds, scope: list.scope, anchor: list.anchor, filter: list.filter, textDe: text, textEn: text };
  const counts = await api.connection.db.read('statement/count-statements', params);
  return Promise.all(
    keys.map(async (key) => ({
      pages: (
        await walk(
          (a) => api.connection.db.read('statement/page-statements', { ...params, order: 'READING_ORDER', after: a, limit: neo4j.int(size + 1) }),
          key,
          size,
        )
      ).pages,
      total: counts.find((c) => c.key === key)?.total,
    })),
  );
}

/**
 * The ways statement/page-statements-by-relation can find a page: as the repository asks; always
 * walking the reading-order index; walking a window too short for most pages, then expanding the
 * anchor; always expanding it.
 */
const STRATEGIES = {
  'as the repository asks': { walkRatio: 2, walkWindow: neo4j.int(10_000) },
  'always walking the index': { walkRatio: 0, walkWindow: neo4j.int(10_000) },
  'walking a short window, then expanding': { walkRatio: 0, walkWindow: neo4j.int(3) },
  'always expanding the anchor': { walkRatio: 1e9, walkWindow: neo4j.int(10_000) },
};
type Strategy = keyof typeof STRATEGIES;

/** The by-relation fast path's pages and totals, all keys in one query per page. */
async function byRelation(keys: string[], relation: string, anchorIds: string[], size: number, strategy: Strategy) {
  return Promise.all(
    keys.map(async (key) => {
      const { pages, totals } = await walk(
        (a) =>
          api.connection.db.read('statement/page-statements-by-relation', {
            keys,
            anchorIds,
            relation,
            after: a,
            limit: neo4j.int(size + 1),
            ...STRATEGIES[strategy],
          }),
        key,
        size,
      );
      // Every page of one list carries the same total.
      expect(new Set(totals).size).toBe(1);
      return { pages, total: totals[0] };
    }),
  );
}

describe('statement/page-statements-by-relation answers what the general query answers', () => {
  const cases = ['speaker', 'about', 'reportedBy', 'event'].flatMap((relation) =>
    (Object.keys(STRATEGIES) as Strategy[]).map((strategy) => [relation, strategy] as const),
  );
  it.each(cases)('for the %s filter alone, %s, over every entity id, page by page and in total', async (relation, strategy) => {
    let nonEmpty = 0;
    for (const id of ENTITY_IDS) {
      const expected = await general([''], { scope: '', anchor: relation, anchorIds: [id], filter: { ...NO_STATEMENT_FILTER, [relation]: id } }, 3);
      const actual = await byRelation([''], relation, [id], 3, strategy);
      expect({ id, answer: actual }).toEqual({ id, answer: expected });
      if (expected[0].total) nonEmpty++;
    }
    // The comparison is not vacuous: many entities have statements in this relation.
    expect(nonEmpty).toBeGreaterThan(relation === 'reportedBy' || relation === 'event' ? 0 : 10);
  });

  it.each(['speaker', 'about', 'event'])(
    'for the %s lists of all entities batched in one query (as nested fields ask), on a first and a later page',
    async (scope) => {
      const keys = ENTITY_IDS;
      const generalParams = { keys, anchorIds: keys, scope, anchor: scope, filter: NO_STATEMENT_FILTER, textDe: '', textEn: '', order: 'READING_ORDER' };
      const ids = (rows: Row[]) => Object.fromEntries(rows.map((r) => [r.key as string, (r.rows as PageRow[]).map((x) => x.statement.id)]));
      const totals = (rows: Row[]) => Object.fromEntries(rows.map((r) => [r.key as string, r.total]));
      const firstPage = await api.connection.db.read('statement/page-statements', { ...generalParams, after: FIRST_PAGE, limit: neo4j.int(4) });
      // A later page: every list resumes after the second statement of the longest list.
      const longest = firstPage.map((r) => r.rows as PageRow[]).reduce((a, b) => (b.length > a.length ? b : a));
      for (const cursor of [FIRST_PAGE, after(longest[1])]) {
        const expected = await api.connection.db.read('statement/page-statements', { ...generalParams, after: cursor, limit: neo4j.int(4) });
        for (const strategy of Object.values(STRATEGIES)) {
          const actual = await api.connection.db.read('statement/page-statements-by-relation', {
            keys,
            anchorIds: keys,
            relation: scope,
            after: cursor,
            limit: neo4j.int(4),
            ...strategy,
          });
          expect(ids(actual)).toEqual(ids(expected));
          expect(totals(actual)).toEqual(totals(await api.connection.db.read('statement/count-statements', generalParams)));
        }
      }
    },
  );
});

describe('statement/page-statements-by-text answers what the general query answers', () => {
  const SEARCHES = ['Tomahawk', 'Rakete', 'Krieg', 'Trump', 'Ukraine', 'realist', 'Frieden Verhandlungen', 'wordthatoccursnowhere'];
  // The same strategies as for the relations: sorting the hits stands where expanding the anchor does.
  const cases = SEARCHES.flatMap((words) => (Object.keys(STRATEGIES) as Strategy[]).map((strategy) => [words, strategy] as const));
  it.each(cases)('for the search %j, %s, page by page and in total', async (words, strategy) => {
    const lucene = words
      .toLowerCase()
      .split(' ')
      .map((w) => `+${w}`)
      .join(' ');
    const [expected] = await general([''], { scope: '', anchor: 'text', anchorIds: [''], filter: NO_STATEMENT_FILTER, text: lucene }, 2);
    const { pages, totals } = await walk(
      (a) =>
        api.connection.db.read('statement/page-statements-by-text', { textDe: lucene, textEn: lucene, after: a, limit: neo4j.int(3), ...STRATEGIES[strategy] }),
      '',
      2,
    );
    expect(new Set(totals).size).toBe(1);
    expect({ pages, total: totals[0] }).toEqual(expected);
  });
});

describe('the total read with the unfiltered reading-order page', () => {
  it('is the count of statement/count-all-statements, on every page', async () => {
    const [{ total }] = await api.connection.db.read('statement/count-all-statements');
    const read = (cursor: { articleId: string; start: number; id: string } | null) =>
      api.connection.db.read('statement/page-statements-in-reading-order', {
        cursorArticle: cursor?.articleId ?? '',
        cursorStart: cursor?.start ?? 0,
        cursorId: cursor?.id ?? '',
        lo: cursor ? `${cursor.articleId}\u0000` : '',
        hi: '\uffff',
        filter: { mode: null, attribution: null, from: null, to: null },
        undatedOnly: false,
        limit: neo4j.int(5),
      });
    const first = await read(null);
    const last = (first[0].rows as PageRow[])[3].statement;
    const second = await read(last);
    expect([first[0].statements, second[0].statements]).toEqual([total, total]);
    expect(total).toBeGreaterThan(60);
  });
});

describe('lists that one relation or the text decides alone, through the API', () => {
  const ABOUT = `query($id: ID!, $first: Int, $after: String) { statements(filter: { about: $id }, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id speaker { id } about { id } } } } }`;

  it('answer "who said what about X" in two round trips: the page with its total and speakers, then the targets', async () => {
    const { data, errors, calls } = await api.run(ABOUT, { id: IDS.tomahawk, first: 5 });
    expect(errors).toBeUndefined();
    expect(calls.map((c) => c.name)).toEqual(['statement/page-statements-by-relation', 'statement/find-about-targets']);
    const about = annotation.statements.filter((s) => s.about.includes(IDS.tomahawk));
    expect(data.statements.totalCount).toBe(about.length);
    expect(nodes<any>(data.statements).every((s) => s.about.some((e: { id: string }) => e.id === IDS.tomahawk))).toBe(true);
  });

  it('give the same pages as the same list through the general query (the filter given twice, as scope and filter)', async () => {
    const LIST = `query($id: ID!, $after: String) { node(id: $id) { ... on Entity {
      fast: statementsAbout(first: 4, after: $after) { totalCount pageInfo { endCursor } edges { cursor node { id } } }
      general: statementsAbout(first: 4, after: $after, filter: { about: $id }) { totalCount pageInfo { endCursor } edges { cursor node { id } } } } } }`;
    let cursor: string | null = null;
    let pages = 0;
    do {
      const { data, calls }: { data: any; calls: { name: string }[] } = await api.run(LIST, { id: IDS.trump, after: cursor });
      expect(calls.map((c) => c.name)).toEqual(
        expect.arrayContaining(['statement/page-statements-by-relation', 'statement/page-statements', 'statement/count-statements']),
      );
      expect(data.node.fast).toEqual(data.node.general);
      cursor = data.node.fast.pageInfo.endCursor;
      pages++;
    } while (cursor !== null && pages < 50);
    expect(pages).toBeGreaterThan(2);
  });

  it('answer a search alone with its total in one round trip', async () => {
    const { data, calls } = await api.run('{ statements(filter: { text: "Tomahawk" }, first: 2) { totalCount edges { node { id } } } }');
    expect(calls.map((c) => c.name)).toEqual(['statement/page-statements-by-text']);
    expect(data.statements.totalCount).toBeGreaterThan(2);
  });
});
