import { validateAnnotation } from '../../src/ingest/validate';
import { ingest } from '../../src/ingest/write';
import { withTestQueries } from '../harness/database';
import { Api, nodes, startApi } from '../harness/api';

/**
 * Provenance through the API: a draft with a hand-coded statement, a machine-proposed one with
 * its speaker mention and cue, and one nobody could be named for. Each answers who made it, and
 * every span it gives selects exactly its text in `Article.text`. The article is written for
 * this test and removed afterwards.
 */
const ARTICLE = 'article:provenance-test';
const TEXT = [
  'Streit um Brücke',
  '„Die Brücke wird gebaut“, sagte die Bürgermeisterin Eva Lindqvist am Montag.',
  'Der Stadtrat Paul Ohm warnte, die Kosten seien nicht gedeckt.',
  'Die Pläne seien ohnehin veraltet.',
].join('\n');

let api: Api;
beforeAll(async () => {
  api = await startApi();
  const at = (part: string) => [...TEXT.slice(0, TEXT.indexOf(part))].length;
  const annotation = validateAnnotation(
    {
      article: { id: ARTICLE, title: 'Streit um Brücke', language: 'de' },
      entities: [
        { id: 'person:eva-lindqvist-test', name: 'Eva Lindqvist (test)' },
        { id: 'person:paul-ohm-test', name: 'Paul Ohm (test)' },
        { id: 'topic:bridge-test', name: 'Building the bridge (test)' },
      ],
      statements: [
        {
          id: 'statement:provenance-test-01',
          speaker: 'person:eva-lindqvist-test',
          text: 'Die Brücke wird gebaut',
          translation: 'The bridge will be built',
          mode: 'DIRECT_QUOTE',
          attribution: 'ON_RECORD',
          about: ['topic:bridge-test'],
          excerpt: '„Die Brücke wird gebaut“, sagte die Bürgermeisterin Eva Lindqvist am Montag.',
        },
        {
          id: 'statement:provenance-test-02',
          speaker: 'person:paul-ohm-test',
          text: 'die Kosten seien nicht gedeckt',
          mode: 'INDIRECT_SPEECH',
          attribution: 'ON_RECORD',
          about: [],
          excerpt: 'Der Stadtrat Paul Ohm warnte, die Kosten seien nicht gedeckt.',
          speakerMention: { start: at('Paul Ohm'), end: at('Paul Ohm') + 8, text: 'Paul Ohm' },
          cue: { start: at('warnte'), end: at('warnte') + 6, text: 'warnte' },
          provenance: 'AUTOMATIC',
          confidence: 0.71,
          extractor: 'stancegraph-extract 1.0',
        },
        {
          id: 'statement:provenance-test-03',
          text: 'Die Pläne seien ohnehin veraltet.',
          mode: 'FREE_INDIRECT_SPEECH',
          attribution: 'ON_RECORD',
          excerpt: 'Die Pläne seien ohnehin veraltet.',
          provenance: 'REVIEWED',
          confidence: 0.4,
        },
      ],
    },
    TEXT,
    'provenance test',
  );
  await ingest(api.connection.db, annotation);
});
afterAll(async () => {
  const db = withTestQueries(api.connection);
  await db.write('test/delete-article', { articleId: ARTICLE });
  await db.write('test/delete-entities', { ids: ['person:eva-lindqvist-test', 'person:paul-ohm-test', 'topic:bridge-test'] });
  await api.close();
});

const LIST = `query($filter: StatementFilter) { statements(filter: $filter) { totalCount edges { node {
  id provenance confidence extractor mode speaker { id }
  textSpan { start end text } speakerMention { start end text } cue { start end text }
  text article { text } } } } }`;

/** The article's text between code points [start, end). */
const slice = (text: string, s: { start: number; end: number }) => [...text].slice(s.start, s.end).join('');

describe('statements and who made them', () => {
  it('answers provenance, confidence and extractor, and null for a speaker nobody could name', async () => {
    const data = await api.ok(LIST, { filter: { article: ARTICLE } });
    expect(nodes<any>(data.statements).map((s) => [s.id.slice(-2), s.provenance, s.confidence, s.extractor, s.mode, s.speaker?.id ?? null])).toEqual([
      ['01', 'CURATED', null, null, 'DIRECT_QUOTE', 'person:eva-lindqvist-test'],
      ['02', 'AUTOMATIC', 0.71, 'stancegraph-extract 1.0', 'INDIRECT_SPEECH', 'person:paul-ohm-test'],
      ['03', 'REVIEWED', 0.4, null, 'FREE_INDIRECT_SPEECH', null],
    ]);
  });

  it('gives spans that select exactly their text in the article', async () => {
    const data = await api.ok(LIST, { filter: { article: ARTICLE } });
    const [quote, machine] = nodes<any>(data.statements);
    for (const s of nodes<any>(data.statements)) expect(slice(s.article.text, s.textSpan)).toBe(s.text);
    expect(quote.textSpan.text).toBe('Die Brücke wird gebaut');
    expect(slice(machine.article.text, machine.speakerMention)).toBe('Paul Ohm');
    expect(slice(machine.article.text, machine.cue)).toBe('warnte');
    expect(quote.cue).toBeNull();
  });

  it.each([
    ['in one article (index strategy)', { article: ARTICLE }],
    ['by a speaker (general strategy)', { article: ARTICLE, speaker: 'person:paul-ohm-test' }],
  ])('filters by provenance %s', async (_, filter) => {
    const automatic = await api.ok(LIST, { filter: { ...filter, provenance: 'AUTOMATIC' } });
    expect(nodes<any>(automatic.statements).map((s) => s.id)).toEqual(['statement:provenance-test-02']);
    expect(automatic.statements.totalCount).toBe(1);
  });

  it('counts the curated article as hand-coded throughout', async () => {
    const all = await api.ok('{ statements(filter: { article: "article:trump-tomahawk-2025-10" }) { totalCount } }');
    const curated = await api.ok('{ statements(filter: { article: "article:trump-tomahawk-2025-10", provenance: CURATED }) { totalCount } }');
    expect(curated.statements.totalCount).toBe(all.statements.totalCount);
    expect(curated.statements.totalCount).toBeGreaterThan(60);
  });
});
