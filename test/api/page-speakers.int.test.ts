import { readAnnotationFile } from '../../src/ingest/read';
import {
  NO_STATEMENT_FILTER,
  StatementFilterValues,
  StatementListQuery,
  StatementOrderName,
  StatementScope,
  chooseStrategy,
  pageStatements,
} from '../../src/graph/statement/list';
import { statementRepository } from '../../src/graph/statement/statement.repository';
import { ARTICLE_ANNOTATION } from '../harness/database';
import { Api, IDS, nodes, startApi } from '../harness/api';

/**
 * Every statement page query reads each row's speaker, and the page loader primes the speaker
 * loader with it (StatementPageRow.speaker). A primed value must be exactly what the speaker
 * loader (statement/find-speakers) would have loaded, on every path a page can take: the
 * fast paths (index, date index, relation, text) and the general query, batched or not.
 */
const annotation = readAnnotationFile(ARTICLE_ANNOTATION);

let api: Api;
beforeAll(async () => (api = await startApi()));
afterAll(() => api.close());

const list = (
  filter: Partial<StatementFilterValues>,
  order: StatementOrderName = 'READING_ORDER',
  scope: StatementScope | null = null,
): StatementListQuery => ({
  scope,
  filter: { ...NO_STATEMENT_FILTER, ...filter },
  order,
  after: null,
  first: 100,
});

const speakerIds = [...new Set(annotation.statements.flatMap((s) => (s.speaker ? [s.speaker] : [])))];

/** [what the list is, its strategy, its keys, the question]: every way a page can be found. */
const LISTS: [string, string, string[], StatementListQuery][] = [
  ['every statement in reading order (index)', 'index', [''], list({})],
  ['newest first (date index, then the undated)', 'index', [''], list({}, 'DATE_DESC')],
  ['oldest first, direct quotes only (date index)', 'index', [''], list({ mode: 'DIRECT_QUOTE' }, 'DATE_ASC')],
  ['about the Tomahawk (relation)', 'relation', [''], list({ about: IDS.tomahawk })],
  ['by Trump (relation)', 'relation', [''], list({ speaker: IDS.trump })],
  ['reported by Axios (relation)', 'relation', [''], list({ reportedBy: IDS.axios })],
  ['the search "Tomahawk" (text)', 'text', [''], list({ text: 'Tomahawk' })],
  ['the search "Krieg" by speaker name (general query)', 'general', [''], list({ text: 'Krieg' }, 'SPEAKER_ASC')],
  ['on a topic (general query)', 'general', [''], list({ topic: IDS.tomahawkDelivery })],
  ['of every speaker, batched (relation)', 'relation', speakerIds, list({}, 'READING_ORDER', 'speaker')],
  ['of every speaker, direct quotes only, batched (general query)', 'general', speakerIds, list({ mode: 'DIRECT_QUOTE' }, 'READING_ORDER', 'speaker')],
];

describe('the speaker read with a page', () => {
  it.each(LISTS)('is what statement/find-speakers loads, for %s', async (_, strategy, keys, q) => {
    const db = api.connection.db;
    expect(chooseStrategy(keys, q).strategy.name).toBe(strategy);
    const rows = (await pageStatements(db, keys, q)).flatMap((page) => page.rows);
    const ids = rows.map((r) => r.statement.id);
    const loaded = await statementRepository.findOneEntity(db, 'find-speakers', ids);
    expect(rows.map((r) => ({ id: r.statement.id, speaker: r.speaker }))).toEqual(ids.map((id) => ({ id, speaker: loaded.get(id) ?? null })));
    // Not vacuous: the lists have rows, and each came with its speaker (the article names one for each statement).
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.speaker !== undefined && r.speaker !== null)).toBe(true);
  });
});

describe('a statement list that shows speakers', () => {
  const SEARCH = `query($q: String!) { statements(filter: { text: $q }, first: 10) {
    totalCount edges { node { id text speaker { __typename id name aliases description notes wikidataId ... on Person { roles } } } } } }`;

  it('answers a search with speakers in one round trip', async () => {
    const { data, errors, calls } = await api.run(SEARCH, { q: 'Tomahawk' });
    expect(errors).toBeUndefined();
    expect(calls.map((c) => c.name)).toEqual(['statement/page-statements-by-text']);
    expect(nodes(data.statements).length).toBeGreaterThan(2);
  });

  it('shows the same speakers as when they are loaded by statement/find-speakers', async () => {
    const { data } = await api.run(SEARCH, { q: 'Tomahawk' });
    // The same operation, each statement's speaker asked for by statement id: no page primes them.
    const ids = nodes<any>(data.statements).map((s) => s.id);
    const { data: loaded, calls } = await api.run(
      `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Statement { id text speaker { __typename id name aliases description notes wikidataId ... on Person { roles } } } } }`,
      { ids },
    );
    expect(calls.map((c) => c.name)).toContain('statement/find-speakers');
    expect(nodes<any>(data.statements)).toEqual(loaded.nodes);
  });
});
