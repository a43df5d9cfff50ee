import { readAnnotationFile } from '../../src/ingest/read';
import { ARTICLE_ANNOTATION } from '../harness/database';
import { Api, IDS, nodes, startApi } from '../harness/api';

/**
 * Cursor pagination: opaque cursors, a deterministic order, bounded pages, exact totals.
 * Expected orders are computed here from the annotation, independently of the Cypher.
 */
const annotation = readAnnotationFile(ARTICLE_ANNOTATION);
const text = annotation.article.text;
type S = (typeof annotation.statements)[number];
const names = new Map(annotation.entities.map((e) => [e.id, e.name.toLowerCase()]));
/** The sort name of a statement's speaker ('' for none: the curated article names every speaker). */
const speakerName = (s: S) => names.get(s.speaker ?? '') ?? '';
const byReading = (a: S, b: S) => text.indexOf(a.excerpt) - text.indexOf(b.excerpt) || (a.id < b.id ? -1 : 1);
const undatedLast = (a: S, b: S) => (a.date === undefined ? 1 : 0) - (b.date === undefined ? 1 : 0);
const ORDERS: Record<string, (a: S, b: S) => number> = {
  READING_ORDER: byReading,
  DATE_ASC: (a, b) => undatedLast(a, b) || (a.date ?? '').localeCompare(b.date ?? '') || byReading(a, b),
  DATE_DESC: (a, b) => undatedLast(a, b) || (b.date ?? '').localeCompare(a.date ?? '') || byReading(a, b),
  SPEAKER_ASC: (a, b) => (speakerName(a) < speakerName(b) ? -1 : speakerName(a) > speakerName(b) ? 1 : 0) || byReading(a, b),
  SPEAKER_DESC: (a, b) => (speakerName(a) > speakerName(b) ? -1 : speakerName(a) < speakerName(b) ? 1 : 0) || byReading(a, b),
};
const expected = (order: string, keep: (s: S) => boolean = () => true) =>
  annotation.statements
    .filter(keep)
    .sort(ORDERS[order])
    .map((s) => s.id);

let api: Api;
beforeAll(async () => (api = await startApi()));
afterAll(() => api.close());

const PAGE = `query($first: Int, $after: String, $orderBy: StatementOrder, $filter: StatementFilter) {
  statements(first: $first, after: $after, orderBy: $orderBy, filter: $filter) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id } }
  }
}`;

/** Walks a list page by page; returns the ids in order and the totals seen. */
async function walk(variables: Record<string, unknown>): Promise<{ ids: string[]; totals: number[]; pages: number }> {
  const ids: string[] = [];
  const totals: number[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const data: any = await api.ok(PAGE, { ...variables, after });
    const c = data.statements;
    pages++;
    totals.push(c.totalCount);
    ids.push(...nodes<{ id: string }>(c).map((n) => n.id));
    if (c.edges.length) expect(c.pageInfo.endCursor).toBe(c.edges[c.edges.length - 1].cursor);
    // Relay's PageInfo: the first page has nothing before it, every later one does.
    expect(c.pageInfo.hasPreviousPage).toBe(after !== null);
    expect(c.pageInfo.startCursor).toBe(c.edges.length ? c.edges[0].cursor : null);
    if (!c.pageInfo.hasNextPage) break;
    after = c.pageInfo.endCursor;
    expect(pages).toBeLessThan(100);
  }
  return { ids, totals, pages };
}

describe('walking a list page by page', () => {
  it.each(Object.keys(ORDERS))('visits every statement once, in %s, with the same exact totalCount on every page', async (orderBy) => {
    const all = expected(orderBy);
    const { ids, totals, pages } = await walk({ first: 7, orderBy });
    expect(ids).toEqual(all);
    expect(pages).toBe(Math.ceil(all.length / 7));
    expect(new Set(totals)).toEqual(new Set([all.length]));
  });

  it.each([
    ['a speaker (general query)', { speaker: IDS.zelenskyy }, (s: S) => s.speaker === IDS.zelenskyy],
    ['whom it is about (general query)', { about: IDS.ukraine }, (s: S) => s.about.includes(IDS.ukraine)],
    ['a property (index fast path)', { mode: 'INDIRECT_SPEECH' }, (s: S) => s.mode === 'INDIRECT_SPEECH'],
    ['a date range (index fast path)', { from: '2025-10-16', to: '2025-10-17' }, (s: S) => !!s.date && s.date >= '2025-10-16' && s.date <= '2025-10-17'],
  ])('filtered by %s, in every order', async (_what, filter, keep) => {
    for (const orderBy of Object.keys(ORDERS)) {
      const { ids, totals } = await walk({ first: 4, orderBy, filter });
      expect({ orderBy, ids }).toEqual({ orderBy, ids: expected(orderBy, keep) });
      expect(totals[0]).toBe(ids.length);
    }
  });

  it('gives the same pages to nested lists, batched over many parents', async () => {
    const data = await api.ok(`{
      a: node(id: "${IDS.trump}") { ... on Actor { statements(first: 5, orderBy: DATE_DESC) { pageInfo { endCursor } edges { node { id } } } } }
      b: node(id: "${IDS.zelenskyy}") { ... on Actor { statements(first: 5, orderBy: DATE_DESC) { edges { node { id } } } } }
    }`);
    expect(nodes<any>(data.a.statements).map((s) => s.id)).toEqual(expected('DATE_DESC', (s) => s.speaker === IDS.trump).slice(0, 5));
    expect(nodes<any>(data.b.statements).map((s) => s.id)).toEqual(expected('DATE_DESC', (s) => s.speaker === IDS.zelenskyy).slice(0, 5));
    const next = await api.ok(
      `query($after: String) { node(id: "${IDS.trump}") { ... on Actor { statements(first: 5, orderBy: DATE_DESC, after: $after) { edges { node { id } } } } } }`,
      {
        after: data.a.statements.pageInfo.endCursor,
      },
    );
    expect(nodes<any>(next.node.statements).map((s) => s.id)).toEqual(expected('DATE_DESC', (s) => s.speaker === IDS.trump).slice(5, 10));
  });
});

describe('page sizes', () => {
  it('defaults to 20', async () => {
    const data = await api.ok(`{ statements { edges { node { id } } pageInfo { hasNextPage } } }`);
    expect(data.statements.edges).toHaveLength(20);
    expect(data.statements.pageInfo.hasNextPage).toBe(true);
  });

  it('accepts 0: no edges, but the total and whether there is anything', async () => {
    const data = await api.ok(`{ statements(first: 0) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`);
    expect(data.statements).toEqual({ totalCount: annotation.statements.length, edges: [], pageInfo: { hasNextPage: true, endCursor: null } });
  });

  it.each([
    [101, 'Argument "first" is 101, but it must be a whole number from 0 to 100.'],
    [-1, 'Argument "first" is -1, but it must be a whole number from 0 to 100.'],
  ])('refuses first: %s with BAD_USER_INPUT naming the argument and value', async (first, message) => {
    const { errors, data } = await api.run(`query($first: Int) { statements(first: $first) { totalCount } }`, { first });
    expect(data).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors![0].message).toBe(message);
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first', value: first });
  });

  it('bounds nested lists and other lists the same way', async () => {
    for (const query of [
      `{ node(id: "${IDS.trump}") { ... on Actor { statements(first: 500) { totalCount } } } }`,
      `{ actors(first: 101) { totalCount } }`,
      `{ articles(first: 1000) { totalCount } }`,
      `{ search(query: "Trump", first: 51) { score } }`,
    ]) {
      const { errors } = await api.run(query);
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0]?.message).toMatch(/^Argument "first" is \d+, but it must be a whole number from 0 to \d+\.$/);
    }
  });
});

describe('cursors', () => {
  it('are opaque strings that resume exactly after their item', async () => {
    const first = await api.ok(PAGE, { first: 10 });
    const edges = first.statements.edges;
    const resumed = await api.ok(PAGE, { first: 3, after: edges[4].cursor });
    expect(nodes<any>(resumed.statements).map((n) => n.id)).toEqual(edges.slice(5, 8).map((e: any) => e.node.id));
    expect(edges[0].cursor).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it.each([
    ['garbage', 'not a cursor'],
    ['valid base64url of something else', Buffer.from('{"a":1}').toString('base64url')],
    ['a cursor of another list', Buffer.from(JSON.stringify(['actors:NAME', 0, 'x', 'person:x'])).toString('base64url')],
  ])('refuses %s with BAD_USER_INPUT', async (_what, after) => {
    const { errors } = await api.run(PAGE, { first: 3, after });
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    expect(errors![0].message).toMatch(/^Argument "after" has the invalid cursor .*; pass an endCursor returned by this same field with the same orderBy\.$/);
  });

  it('refuses a cursor of the same list in another order', async () => {
    const data = await api.ok(PAGE, { first: 3, orderBy: 'DATE_DESC' });
    const { errors } = await api.run(PAGE, { first: 3, orderBy: 'READING_ORDER', after: data.statements.pageInfo.endCursor });
    expect(errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('page actors and articles too', async () => {
    const all = await api.ok(`{ actors(first: 100) { totalCount edges { node { id name } } } }`);
    const walked: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await api.ok(`query($after: String) { actors(first: 9, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }`, {
        after,
      });
      walked.push(...nodes<any>(page.actors).map((a) => a.id));
      if (!page.actors.pageInfo.hasNextPage) break;
      after = page.actors.pageInfo.endCursor;
    }
    expect(walked).toEqual(nodes<any>(all.actors).map((a) => a.id));
    expect(all.actors.totalCount).toBe(walked.length);
    const sorted = nodes<any>(all.actors).map((a) => a.name.toLowerCase());
    expect(sorted).toEqual([...sorted].sort());
    const articles = await api.ok(`{ articles { totalCount edges { node { id } } } }`);
    expect(nodes<any>(articles.articles).map((a) => a.id)).toContain(IDS.article);
  });
});
