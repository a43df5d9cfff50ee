import type { DraftStatementData } from '../../web/src/api/types';
import { articleFromPlainText } from '../../web/src/lib/article-html';
import {
  STATEMENT_INPUT_FIELDS,
  acceptAbove,
  addedStatement,
  applyEdit,
  decide,
  inReadingOrder,
  keptEntities,
  newEntityId,
  nextAddedKey,
  problemsByKey,
  progressLine,
  progressOf,
  sentenceAround,
  statementInput,
  trimSpan,
} from '../../web/src/lib/draft';
import { csvField, parseCsv, toCsv } from '../../web/src/lib/csv';
import { addRelations, addStatements, emptyModel } from '../../web/src/lib/graph-model';
import { attributionLabel, combineStances } from '../../web/src/lib/labels';
import { buildMatrix, cellKey } from '../../web/src/lib/matrix';
import { pathWords, relationWords } from '../../web/src/lib/relations';
import { CSV_HEADER, csvFileName, csvRow } from '../../web/src/lib/statement-csv';
import { Route, parseRoute, routeUrl } from '../../web/src/lib/route';
import { codePointOffset, findCodePoints, segmentText, sliceCodePoints } from '../../web/src/lib/text';

/** The dashboard's pure logic (web/src/lib): no browser needed. */

describe('CSV', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['„Ich bin Realist“, sagte er.', '"„Ich bin Realist“, sagte er."'],
    ['say "no"', '"say ""no"""'],
    ['two\nlines', '"two\nlines"'],
    [null, ''],
    [1600, '1600'],
    [-3, '-3'],
  ])('quotes fields with commas, quotes and line breaks, doubling quotes: %p as %p', (field, written) => {
    expect(csvField(field)).toBe(written);
  });

  it('guards fields a spreadsheet would run as formulas', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@cmd')).toBe("'@cmd");
  });

  it('writes CRLF lines with an optional BOM and reads them back', () => {
    const rows = [
      ['a', 'b, c', 'd "e"'],
      ['', 'x\r\ny', 'ü'],
    ];
    const csv = toCsv(['h1', 'h2', 'h3'], rows, { withBom: true });
    expect(csv.startsWith('\uFEFFh1,h2,h3\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parseCsv(csv)).toEqual([['h1', 'h2', 'h3'], ...rows]);
  });
});

describe('code-point text', () => {
  it('slices by code points, not UTF-16 units', () => {
    const text = 'a😀b„c“d';
    expect(sliceCodePoints(text, 2, 3)).toBe('b');
    expect(sliceCodePoints(text, 3, 6)).toBe('„c“');
  });

  it('cuts text into segments that rebuild the text and each span exactly', () => {
    const text = 'Er sagte: „Ich bin Realist“, sagte er. 😀 Danach mehr.';
    const spans = [
      { id: 'a', start: 10, end: 27 },
      { id: 'b', start: 0, end: 38 },
      { id: 'c', start: 39, end: 47 },
      { id: 'd', start: 10, end: 27 },
    ];
    const segments = segmentText(text, spans);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    for (const span of spans) {
      const marked = segments
        .filter((s) => s.ids.includes(span.id))
        .map((s) => s.text)
        .join('');
      expect(marked).toBe(sliceCodePoints(text, span.start, span.end));
    }
    expect(segments.find((s) => s.text === '„Ich bin Realist“')?.ids.sort()).toEqual(['a', 'b', 'd']);
  });

  it('clips spans outside the text and ignores empty ones', () => {
    const segments = segmentText('abc', [
      { id: 'x', start: 2, end: 10 },
      { id: 'y', start: 1, end: 1 },
    ]);
    expect(segments).toEqual([
      { text: 'ab', start: 0, end: 2, ids: [] },
      { text: 'c', start: 2, end: 3, ids: ['x'] },
    ]);
  });
});

describe('routes', () => {
  const routes: Route[] = [
    { view: 'search', q: '' },
    { view: 'search', q: 'Wolodymyr Selenskyj' },
    { view: 'entity', id: 'person:donald-trump' },
    { view: 'graph', id: 'person:donald-trump', expand: ['person:vladimir-putin', 'topic:x'], all: false },
    { view: 'graph', expand: [], all: true },
    { view: 'matrix', cell: { actor: 'person:donald-trump', topic: 'topic:tomahawk-delivery-to-ukraine' }, types: ['Person'] },
    { view: 'statements', query: { speaker: 'person:donald-trump', stance: 'OPPOSE', text: 'Raketen & Frieden?', from: '2025-10-01', after: 'abc==' } },
    { view: 'evidence', id: 'statement:trump-tomahawk-2025-10-28' },
    { view: 'connect', from: 'person:keir-starmer', to: 'person:vladimir-putin', hops: 3 },
    { view: 'connect', hops: 4 },
    { view: 'article', id: 'article:trump-tomahawk-2025-10' },
    { view: 'drafts', status: 'OPEN' },
    { view: 'drafts', status: 'PUBLISHED' },
    { view: 'new-draft' },
    { view: 'review', id: 'draft:3f2a9c1e-0000-4000-8000-000000000001' },
    { view: 'review', id: 'draft:3f2a9c1e-0000-4000-8000-000000000001', selected: 'p3' },
  ];
  it.each(routes.map((r) => [routeUrl(r), r]))('%s reads back as the same route', (url, route) => {
    const [pathname, search = ''] = (url as string).split('?');
    expect(parseRoute(pathname, search ? `?${search}` : '')).toEqual(route);
  });

  it('keeps ids readable in paths', () => {
    expect(routeUrl({ view: 'entity', id: 'person:donald-trump' })).toBe('/entity/person:donald-trump');
  });

  it('treats unknown paths as not found', () => {
    expect(parseRoute('/nope', '')).toEqual({ view: 'notfound', path: '/nope' });
  });
});

describe('stances', () => {
  it('shows contradictions as mixed', () => {
    expect(combineStances(['SUPPORT', 'SUPPORT'])).toBe('SUPPORT');
    expect(combineStances(['SUPPORT', 'OPPOSE'])).toBe('MIXED');
    expect(combineStances(['NEUTRAL', 'OPPOSE'])).toBe('MIXED');
    expect(combineStances([])).toBeUndefined();
  });

  it('names the reporter', () => {
    expect(attributionLabel('REPORTED', 'Axios')).toBe('Reported by Axios');
    expect(attributionLabel('ALLEGED', 'Insiders')).toBe('Alleged (reported by Insiders)');
    expect(attributionLabel('ON_RECORD')).toBe('On record');
  });
});

describe('stance matrix', () => {
  const trump = { __typename: 'Person', id: 'person:t', name: 'Trump' };
  const zel = { __typename: 'Person', id: 'person:z', name: 'Zelenskyy' };
  const ua = { __typename: 'Country', id: 'country:ua', name: 'Ukraine' };
  const tomahawk = { id: 'topic:tomahawk', name: 'Tomahawk' };
  const peace = { id: 'topic:peace', name: 'Peace' };
  const positions = [
    { stance: 'OPPOSE' as const, actor: trump, topic: tomahawk, statementCount: 2 },
    { stance: 'SUPPORT' as const, actor: trump, topic: peace, statementCount: 1 },
    { stance: 'OPPOSE' as const, actor: trump, topic: peace, statementCount: 1 },
    { stance: 'SUPPORT' as const, actor: zel, topic: tomahawk, statementCount: 3 },
    { stance: 'SUPPORT' as const, actor: ua, topic: tomahawk, statementCount: 1 },
  ];

  it('counts statements per cell and marks contradictions mixed', () => {
    const m = buildMatrix(positions);
    expect(m.cells.get(cellKey('person:t', 'topic:tomahawk'))).toMatchObject({ stance: 'OPPOSE', total: 2 });
    expect(m.cells.get(cellKey('person:t', 'topic:peace'))).toMatchObject({ stance: 'MIXED', counts: { SUPPORT: 1, OPPOSE: 1, NEUTRAL: 0 } });
    expect(m.cells.get(cellKey('person:z', 'topic:tomahawk'))).toMatchObject({ stance: 'SUPPORT', total: 3 });
    expect(m.topics.map((t) => t.id)).toEqual(['topic:tomahawk', 'topic:peace']);
    expect(m.actors.map((a) => a.id)).toEqual(['person:t', 'person:z', 'country:ua']);
  });

  it('filters actors by type', () => {
    expect(buildMatrix(positions, ['Country']).actors.map((a) => a.id)).toEqual(['country:ua']);
  });
});

describe('graph model', () => {
  const trump = { __typename: 'Person', id: 'person:t', name: 'Trump' };
  const zel = { __typename: 'Person', id: 'person:z', name: 'Zelenskyy' };
  const tomahawk = { __typename: 'Topic', id: 'topic:tomahawk', name: 'Tomahawk' };

  it('merges statements into one edge per speaker and target, coloured by the stance on topics', () => {
    const model = emptyModel();
    addStatements(model, [
      { id: 's1', speaker: trump, about: [zel, tomahawk], stances: [{ stance: 'OPPOSE', topic: tomahawk }] },
      { id: 's2', speaker: trump, about: [tomahawk], stances: [{ stance: 'OPPOSE', topic: tomahawk }] },
      { id: 's3', speaker: zel, about: [tomahawk], stances: [{ stance: 'SUPPORT', topic: tomahawk }] },
    ]);
    addStatements(model, [{ id: 's1', speaker: trump, about: [zel, tomahawk], stances: [{ stance: 'OPPOSE', topic: tomahawk }] }]);
    expect(model.nodes.size).toBe(3);
    expect(model.edges.get('said:person:t->topic:tomahawk')).toMatchObject({ stance: 'OPPOSE', statementIds: ['s1', 's2'] });
    expect(model.edges.get('said:person:t->person:z')).toMatchObject({ stance: 'NONE', statementIds: ['s1'] });
    expect(model.edges.get('said:person:z->topic:tomahawk')).toMatchObject({ stance: 'SUPPORT' });
  });

  it('adds relations once per type and pair', () => {
    const model = emptyModel();
    const us = { __typename: 'Country', id: 'country:us', name: 'US' };
    addRelations(model, [
      { type: 'HEAD_OF_STATE_OF', from: trump, to: us },
      { type: 'HEAD_OF_STATE_OF', from: trump, to: us },
    ]);
    expect([...model.edges.keys()]).toEqual(['rel:HEAD_OF_STATE_OF:person:t->country:us']);
  });
});

describe('statements CSV rows', () => {
  const statement = {
    id: 'statement:x-13',
    text: 'Wir brauchen Frieden, nicht mehr Raketen',
    language: 'de',
    translation: 'We need peace, not more missiles',
    mode: 'DIRECT_QUOTE',
    attribution: 'ALLEGED',
    date: null,
    provenance: 'AUTOMATIC',
    confidence: 0.815,
    extractor: 'stancegraph-extract 1.0',
    speaker: { __typename: 'Person' as const, id: 'person:donald-trump', name: 'Donald Trump' },
    reportedBy: { __typename: 'Group' as const, id: 'group:insiders', name: 'Insiders' },
    about: [
      { __typename: 'Weapon' as const, id: 'weapon:tomahawk', name: 'Tomahawk cruise missile' },
      { __typename: 'Topic' as const, id: 'topic:t', name: 'Delivery of Tomahawk missiles to Ukraine' },
    ],
    stances: [{ stance: 'OPPOSE' as const, topic: { id: 'topic:t', name: 'Delivery of Tomahawk missiles to Ukraine' } }],
    event: null,
    evidence: {
      start: 10,
      end: 20,
      excerpt: 'Doch Trump blieb unnachgiebig: „Wir brauchen Frieden, nicht mehr Raketen“',
      article: { id: 'article:a', title: 'Warum?' },
    },
  };

  it('has one field per header column, in order, and survives a round trip through CSV', () => {
    const row = csvRow(statement);
    expect(row).toHaveLength(CSV_HEADER.length);
    const [header, parsed] = parseCsv(toCsv(CSV_HEADER, [row]));
    const field = (name: string) => parsed[header.indexOf(name)];
    expect(field('attribution')).toBe('Alleged (reported by Insiders)');
    expect(field('mode')).toBe('Direct quote');
    expect(field('about')).toBe('Tomahawk cruise missile; Delivery of Tomahawk missiles to Ukraine');
    expect(field('stances')).toBe('Opposes Delivery of Tomahawk missiles to Ukraine');
    expect(field('excerpt')).toBe(statement.evidence.excerpt);
    expect(field('date')).toBe('');
    expect([field('provenance'), field('confidence')]).toEqual(['AUTOMATIC', '0.815']);
  });

  it('leaves the speaker columns empty for a statement nobody could be named for', () => {
    const row = csvRow({ ...statement, speaker: null });
    expect(row.slice(CSV_HEADER.indexOf('speaker_id'), CSV_HEADER.indexOf('speaker') + 1)).toEqual([null, null]);
  });

  it('names the file after the filter', () => {
    expect(csvFileName({ speaker: 'person:donald-trump', stance: 'OPPOSE' })).toBe('stancegraph-statements_speaker-person-donald-trump_stance-OPPOSE.csv');
    expect(csvFileName({})).toBe('stancegraph-statements.csv');
  });
});

describe('relationship words', () => {
  it('reads relations and path steps as words', () => {
    expect(relationWords('HEAD_OF_GOVERNMENT_OF')).toBe('head of government of');
    expect(relationWords('NEW_KIND_OF')).toBe('new kind of');
    expect(pathWords('SAID')).toBe('said');
    expect(pathWords('ALLY_OF')).toBe('ally of');
  });
});

// The review's pure logic (web/src/lib/draft.ts, article-html.ts): decisions, added statements, HTML pages.

const TEXT = 'Brücke 🌉\n„Wir bauen die Brücke“, sagte Eva Lindqvist. Dr. Ohm warnte, die Kosten seien nicht gedeckt! Danach war Ruhe.';
const at = (words: string) => codePointOffset(TEXT, TEXT.indexOf(words));
const span = (words: string) => ({ start: at(words), end: at(words) + [...words].length });

function proposal(key: string, words: string, extra: Partial<DraftStatementData> = {}): DraftStatementData {
  return {
    key,
    origin: 'PROPOSED',
    decision: 'PENDING',
    edited: false,
    statementId: null,
    ...span(words),
    text: words,
    excerptStart: span(words).start,
    excerptEnd: span(words).end,
    mode: 'INDIRECT_SPEECH',
    attribution: 'ON_RECORD',
    speaker: null,
    speakerMention: null,
    cue: null,
    reportedBy: null,
    event: null,
    about: [],
    stances: [],
    provenance: null,
    confidence: 0.7,
    extractor: 'stancegraph-extract 1.0',
    date: null,
    translation: null,
    notes: [],
    ...extra,
  };
}

const P1 = proposal('p1', 'Wir bauen die Brücke', { mode: 'DIRECT_QUOTE', confidence: 0.9, speaker: 'person:eva' });
const P2 = proposal('p2', 'die Kosten seien nicht gedeckt', { confidence: 0.5, speaker: 'person:ohm' });

describe('code points', () => {
  it('counts offsets past characters outside the BMP', () => {
    expect(at('Wir')).toBe(TEXT.indexOf('Wir') - 1);
    expect(sliceCodePoints(TEXT, at('Wir'), at('Wir') + 3)).toBe('Wir');
  });

  it('finds words as code-point offsets, the next place after a given one, wrapping round', () => {
    const first = findCodePoints(TEXT, 'Brücke')!;
    expect(sliceCodePoints(TEXT, first.start, first.end)).toBe('Brücke');
    const second = findCodePoints(TEXT, 'Brücke', first.end)!;
    expect(second.start).toBe(at('Brücke“'));
    expect(findCodePoints(TEXT, 'Brücke', second.end)).toEqual(first);
    expect(findCodePoints(TEXT, 'Tunnel')).toBeUndefined();
  });
});

describe('review decisions', () => {
  it('counts progress as "n of m reviewed"', () => {
    const statements = decide([P1, P2], 'p1', 'ACCEPTED');
    expect(progressOf(statements)).toEqual({ total: 2, reviewed: 1, pending: 1, accepted: 1, rejected: 0, added: 0 });
    expect(progressLine(progressOf(statements))).toBe('1 of 2 reviewed');
  });

  it('accepts every pending proposal at or above a confidence, and only those', () => {
    const { statements, accepted } = acceptAbove([P1, P2, proposal('p3', 'Danach', { confidence: null })], 0.9);
    expect(accepted).toBe(1);
    expect(statements.map((s) => s.decision)).toEqual(['ACCEPTED', 'PENDING', 'PENDING']);
  });

  it('marks an edit as edited only when something changed, and accepts it', () => {
    expect(applyEdit([P1], { ...P1 })[0]).toMatchObject({ decision: 'ACCEPTED', edited: false });
    expect(applyEdit([P1], { ...P1, speaker: 'person:ohm' })[0]).toMatchObject({ decision: 'ACCEPTED', edited: true, speaker: 'person:ohm' });
    expect(applyEdit([P1], { ...P1, stances: [{ topic: 'topic:bridge', stance: 'SUPPORT' }] })[0].edited).toBe(true);
  });

  it('sends back exactly the input fields of a statement', () => {
    const read = { ...P1, __typename: 'DraftStatement' } as DraftStatementData;
    expect(Object.keys(statementInput(read)).sort()).toEqual([...STATEMENT_INPUT_FIELDS].sort());
  });

  it('lists statements in reading order', () => {
    expect(inReadingOrder([P2, P1]).map((s) => s.key)).toEqual(['p1', 'p2']);
  });

  it('keeps the new entities the statements or the publisher name; before a publish only those of accepted ones', () => {
    const entities = ['person:eva', 'person:ohm', 'org:kurier', 'person:nobody'].map((id) => ({ id, type: 'PERSON', name: id, aliases: [], kind: null }));
    const statements = decide(decide([P1, P2], 'p1', 'ACCEPTED'), 'p2', 'REJECTED');
    expect(keptEntities(entities, statements, 'org:kurier').map((e) => e.id)).toEqual(['person:eva', 'person:ohm', 'org:kurier']);
    expect(keptEntities(entities, statements, 'org:kurier', true).map((e) => e.id)).toEqual(['person:eva', 'org:kurier']);
  });

  it('groups the problems of a refused publish by statement', () => {
    const byKey = problemsByKey([
      { path: 'statement p2', message: 'is not reviewed yet', statementKey: 'p2' },
      { path: 'article.title', message: 'is empty', statementKey: null },
    ]);
    expect(byKey.get('p2')?.map((p) => p.message)).toEqual(['is not reviewed yet']);
    expect(byKey.get(null)?.map((p) => p.path)).toEqual(['article.title']);
  });

  it('makes ids for new entities from their names, unlike the ones taken', () => {
    expect(newEntityId('Person', 'Jürgen Müller-Weiß', new Set())).toBe('person:juergen-mueller-weiss');
    expect(newEntityId('Organization', 'Fährhafener Kurier', new Set(['org:faehrhafener-kurier']))).toBe('org:faehrhafener-kurier-2');
    expect(newEntityId('Topic', '—', new Set())).toBe('topic:unnamed');
  });
});

describe('a statement added from a selection', () => {
  it('is the selection without white space, with the sentence around it as evidence', () => {
    const words = span('die Kosten seien nicht gedeckt');
    const added = addedStatement(TEXT, [P1, P2], { start: words.start - 1, end: words.end + 0 }, 'sentence')!;
    expect(added).toMatchObject({ key: 'a1', origin: 'ADDED', decision: 'ACCEPTED', mode: 'INDIRECT_SPEECH', text: 'die Kosten seien nicht gedeckt' });
    expect(sliceCodePoints(TEXT, added.start, added.end)).toBe(added.text);
    expect(sliceCodePoints(TEXT, added.excerptStart, added.excerptEnd)).toBe('Dr. Ohm warnte, die Kosten seien nicht gedeckt!');
  });

  it('is a direct quote without its quotation marks when they are selected with it', () => {
    const quote = span('„Wir bauen die Brücke“');
    const added = addedStatement(TEXT, [], quote, 'selection')!;
    expect(added).toMatchObject({ mode: 'DIRECT_QUOTE', text: 'Wir bauen die Brücke' });
    expect(sliceCodePoints(TEXT, added.excerptStart, added.excerptEnd)).toBe('„Wir bauen die Brücke“');
  });

  it('is a direct quote when quotation marks stand right around it', () => {
    expect(addedStatement(TEXT, [], span('Wir bauen die Brücke'), 'sentence')).toMatchObject({ mode: 'DIRECT_QUOTE', text: 'Wir bauen die Brücke' });
  });

  it('is nothing for a selection of white space', () => {
    expect(addedStatement(TEXT, [], { start: at('\n'), end: at('\n') + 1 }, 'sentence')).toBeNull();
    expect(trimSpan(TEXT, at('\n'), at('\n') + 1)).toBeNull();
  });

  it('takes the next key a person adds', () => {
    expect(nextAddedKey([P1, { ...P2, key: 'a3' }])).toBe('a4');
  });

  it('ends a sentence at a line break and at the quotes after its end', () => {
    const text = 'Titel\nEr sagte: „Es reicht.“ Dann ging er.';
    const inner = codePointOffset(text, text.indexOf('Es reicht'));
    const around = sentenceAround(text, inner, inner + 2);
    expect(sliceCodePoints(text, around.start, around.end)).toBe('Er sagte: „Es reicht.“');
  });
});

describe('an uploaded article', () => {
  // HTML pages are read by the browser's DOMParser: test/e2e/review.test.ts uploads one.
  it('takes a plain-text file with its line ends made \\n and without a byte-order mark', () => {
    expect(articleFromPlainText('\uFEFFTitel\r\nZeile zwei\r\n')).toBe('Titel\nZeile zwei');
  });
});
