import neo4j from 'neo4j-driver';
import path from 'node:path';

import { Database } from '../../src/db/database';
import { loadQueries } from '../../src/db/queries';
import { ROOT, withTestQueries } from '../harness/database';
import { Api, nodes, startApi } from '../harness/api';

/**
 * Keyset pagination stays cheap deep into a long list: a page near the end of 3,000 statements
 * reads about as much of the database as the first page (measured with PROFILE), and returns
 * the right statements. The suite creates its synthetic article and removes it afterwards.
 */
const ARTICLE = 'article:api-bulk-test';
const SPEAKER = 'person:api-test-bulk-speaker';
const COUNT = 3000;
const QUERIES = loadQueries(path.join(ROOT, 'cypher'));

let api: Api;
let db: Database;
beforeAll(async () => {
  api = await startApi();
  db = withTestQueries(api.connection);
  await db.write('test/delete-article', { articleId: ARTICLE });
  await db.write('test/create-bulk-statements', { articleId: ARTICLE, speaker: SPEAKER, count: neo4j.int(COUNT) });
});
afterAll(async () => {
  await db.write('test/delete-article', { articleId: ARTICLE });
  await db.write('test/delete-entities', { ids: [SPEAKER] });
  await api.close();
});

const id = (i: number) => `statement:api-bulk-test-${String(i).padStart(5, '0')}`;

/** Total database hits of one named query, from its PROFILE plan. */
async function dbHits(name: string, params: Record<string, unknown>): Promise<number> {
  const session = api.connection.db.driver.session();
  try {
    const result = await session.run(`PROFILE ${QUERIES[name]}`, params);
    const sum = (plan: any): number => (plan.dbHits ?? 0) + plan.children.reduce((n: number, c: any) => n + sum(c), 0);
    return sum(result.summary.profile);
  } finally {
    await session.close();
  }
}

const PAGE = `query($after: String, $orderBy: StatementOrder) {
  statements(filter: { article: "${ARTICLE}" }, first: 50, after: $after, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id date } }
  }
}`;

describe('deep pages of a long list', () => {
  it('return the right statements in reading order, far into the list', async () => {
    const first = await api.ok(PAGE);
    expect(first.statements.totalCount).toBe(COUNT);
    // Walk to the last pages by cursor, as a client would, checking each page's continuity.
    let after = first.statements.pageInfo.endCursor;
    let seen = 50;
    while (seen < COUNT - 50) {
      const page = await api.ok(PAGE, { after });
      const ids = nodes<any>(page.statements).map((s) => s.id);
      expect(ids[0]).toBe(id(seen));
      seen += ids.length;
      after = page.statements.pageInfo.endCursor;
    }
    const last = await api.ok(PAGE, { after });
    expect(nodes<any>(last.statements).map((s) => s.id)).toEqual(Array.from({ length: COUNT - seen }, (_, k) => id(seen + k)));
    expect(last.statements.pageInfo.hasNextPage).toBe(false);
  });

  it('read about as much of the database at the end as at the start (reading order)', async () => {
    const base = { lo: ARTICLE, hi: ARTICLE, filter: { mode: null, attribution: null, from: null, to: null }, undatedOnly: false, limit: neo4j.int(51) };
    const firstPage = await dbHits('statement/page-statements-in-reading-order', { ...base, cursorArticle: '', cursorStart: 0, cursorId: '' });
    const deepPage = await dbHits('statement/page-statements-in-reading-order', {
      ...base,
      lo: `${ARTICLE}\u0000`,
      cursorArticle: ARTICLE,
      cursorStart: (COUNT - 60) * 10,
      cursorId: id(COUNT - 60),
    });
    // A scan of the list would read at least two hits per statement (6,000 here); a page reads
    // its rows' properties and speakers, about 35 hits per row returned, wherever it starts.
    expect(firstPage).toBeLessThan(COUNT);
    expect(deepPage).toBeLessThan(firstPage * 2 + 100);
    expect(deepPage).toBeLessThan(COUNT);
  });

  it('read about as much of the database at the end as at the start (newest first)', async () => {
    const base = { desc: true, lo: ARTICLE, hi: ARTICLE, filter: { mode: null, attribution: null, from: null, to: null }, limit: neo4j.int(51) };
    const firstPage = await dbHits('statement/page-dated-statements', { ...base, cursorDay: '', cursorArticle: '', cursorStart: 0, cursorId: '' });
    const deepPage = await dbHits('statement/page-dated-statements', {
      ...base,
      cursorDay: '2020-01-20',
      cursorArticle: ARTICLE,
      cursorStart: 190,
      cursorId: id(19),
    });
    expect(firstPage).toBeLessThan(COUNT);
    expect(deepPage).toBeLessThan(firstPage * 2 + 100);
    expect(deepPage).toBeLessThan(COUNT / 2);
  });

  it('put undated statements after the dated ones in date orders, across the page where they meet', async () => {
    const datedCount = COUNT - Math.floor((COUNT + 1) / 7);
    const ids: string[] = [];
    const dates: (string | null)[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await api.ok(PAGE.replace('first: 50', 'first: 100'), { after, orderBy: 'DATE_ASC' });
      for (const s of nodes<any>(page.statements)) {
        ids.push(s.id);
        dates.push(s.date);
      }
      if (!page.statements.pageInfo.hasNextPage) break;
      after = page.statements.pageInfo.endCursor;
    }
    expect(ids).toHaveLength(COUNT);
    expect(new Set(ids).size).toBe(COUNT);
    expect(dates.slice(0, datedCount).every((d) => d !== null)).toBe(true);
    expect(dates.slice(datedCount).every((d) => d === null)).toBe(true);
    const dated = dates.slice(0, datedCount) as string[];
    expect(dated).toEqual([...dated].sort());
  });
});
