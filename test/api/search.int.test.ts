import { Api, IDS, nodes, startApi } from '../harness/api';

/** Name search (Query.search) and full-text statement search (StatementFilter.text). */
let api: Api;
beforeAll(async () => (api = await startApi()));
afterAll(() => api.close());

const SEARCH = `query($q: String!, $first: Int, $types: [EntityType!]) { search(query: $q, first: $first, types: $types) { score node { __typename id name } } }`;
const TEXT = `query($f: StatementFilter) { statements(filter: $f, first: 100) { totalCount edges { node { id text translation speaker { id } } } } }`;

/** Characters and words with a meaning in Lucene's query syntax, and worse. */
const HOSTILE = [
  '"}) OR [ ~ \\ /',
  '*',
  '?',
  'AND',
  'Trump AND',
  'OR OR',
  'NOT',
  'title:foo',
  '\\',
  '(((',
  '"unterminated',
  'a~2^3',
  '[a TO z]',
  '{!',
  '&&||',
  '-Putin',
  '+',
  '/regex/',
  "'; MATCH (n) DETACH DELETE n //",
];

describe('search', () => {
  it.each(['Selenskyj', 'zelenskyy', 'Wolodymyr Selenskyj', 'ZELENSKYY', 'Sélenskyj', 'Zelenskyi', 'zelensky', 'selenskyjs'])(
    'ranks Volodymyr Zelenskyy first for %p',
    async (q) => {
      const data = await api.ok(SEARCH, { q });
      expect(data.search[0].node).toEqual({ __typename: 'Person', id: IDS.zelenskyy, name: 'Volodymyr Zelenskyy' });
    },
  );

  it.each([
    ['Polen', IDS.poland],
    ['Russlands', IDS.russia],
    ['Peskow', IDS.peskov],
    ['Kiew', IDS.ukraine],
    ['tomahawk', IDS.tomahawk],
    ['Raytheon', IDS.raytheon],
  ])('ranks the right entity first for %p', async (q, id) => {
    const data = await api.ok(SEARCH, { q });
    expect(data.search[0].node.id).toBe(id);
  });

  it('gives Float scores from 1 down, best first, at most `first` hits', async () => {
    const data = await api.ok(SEARCH, { q: 'Trump', first: 5 });
    const scores = data.search.map((h: { score: number }) => h.score);
    expect(data.search.length).toBeLessThanOrEqual(5);
    expect(data.search.length).toBeGreaterThan(1);
    expect(scores[0]).toBe(1);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores.every((s: number) => s >= 0 && s <= 1)).toBe(true);
    expect(scores.some((s: number) => !Number.isInteger(s))).toBe(true);
    expect(data.search[0].node.id).toBe(IDS.trump);
  });

  it('keeps only the asked-for types', async () => {
    const data = await api.ok(SEARCH, { q: 'Ukraine', first: 20, types: ['COUNTRY'] });
    expect(data.search.length).toBeGreaterThan(0);
    expect(data.search.every((h: any) => h.node.__typename === 'Country')).toBe(true);
    const all = await api.ok(SEARCH, { q: 'Ukraine', first: 20 });
    expect(all.search.some((h: any) => h.node.__typename === 'Topic')).toBe(true);
  });

  it.each(HOSTILE)('never fails on search syntax in the query: %p', async (q) => {
    const { errors, data } = await api.run(SEARCH, { q });
    expect(errors).toBeUndefined();
    expect(Array.isArray(data.search)).toBe(true);
  });

  it.each(['', '   ', '\n\t'])('refuses a blank query %p with BAD_USER_INPUT', async (q) => {
    const { errors } = await api.run(SEARCH, { q });
    expect(errors![0].message).toBe('Argument "query" is blank; give a name or words to search for.');
    expect(errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});

describe('statements(filter: { text })', () => {
  it('finds inflected forms with German stemming: "Rakete" finds "Raketen"', async () => {
    const data = await api.ok(TEXT, { f: { text: 'Rakete' } });
    const texts = nodes<any>(data.statements).map((s) => s.text);
    expect(texts).toContain('Wir brauchen Frieden, nicht mehr Raketen');
    expect(texts.some((t) => /\bRakete\b/.test(t))).toBe(true);
    expect(data.statements.totalCount).toBe(texts.length);
  });

  it('searches the English translations with English stemming', async () => {
    const data = await api.ok(TEXT, { f: { text: 'missile' } });
    const found = nodes<any>(data.statements);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((s) => /missile/i.test(s.translation) || /Rakete|Marschflugk/i.test(s.text))).toBe(true);
    expect(found.map((s) => s.id)).toContain('statement:trump-tomahawk-2025-10-13');
  });

  it('requires every word', async () => {
    const one = await api.ok(TEXT, { f: { text: 'Frieden' } });
    const two = await api.ok(TEXT, { f: { text: 'Frieden Raketen' } });
    expect(two.statements.totalCount).toBeLessThan(one.statements.totalCount);
    expect(nodes<any>(two.statements).map((s) => s.id)).toEqual(['statement:trump-tomahawk-2025-10-13']);
  });

  it('combines with the other filters', async () => {
    const data = await api.ok(TEXT, { f: { text: 'Raketen', speaker: IDS.trump } });
    const found = nodes<any>(data.statements);
    expect(found.map((s) => s.id).sort()).toEqual(['statement:trump-tomahawk-2025-10-08', 'statement:trump-tomahawk-2025-10-13']);
    const alleged = await api.ok(TEXT, { f: { text: 'Raketen', attribution: 'ALLEGED' } });
    expect(nodes<any>(alleged.statements).map((s) => s.id)).toEqual(['statement:trump-tomahawk-2025-10-13']);
  });

  it.each(HOSTILE)('never fails on search syntax in the text: %p', async (text) => {
    const { errors, data } = await api.run(TEXT, { f: { text } });
    expect(errors).toBeUndefined();
    expect(data.statements.totalCount).toBe(data.statements.edges.length);
  });

  it('finds nothing, without an error, in text that has no words', async () => {
    const data = await api.ok(TEXT, { f: { text: '?!…' } });
    expect(data.statements).toEqual({ totalCount: 0, edges: [] });
  });

  it('refuses a blank text with BAD_USER_INPUT naming the field', async () => {
    const { errors } = await api.run(TEXT, { f: { text: '  ' } });
    expect(errors![0].message).toBe('Argument "filter.text" is blank; give words to search for, or leave it out.');
    expect(errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});
