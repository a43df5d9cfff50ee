import { csvField, parseCsv, toCsv } from '../../web/src/lib/csv';
import { addRelations, addStatements, emptyModel } from '../../web/src/lib/graph-model';
import { attributionLabel, combineStances } from '../../web/src/lib/labels';
import { buildMatrix, cellKey } from '../../web/src/lib/matrix';
import { pathWords, relationWords } from '../../web/src/lib/relations';
import { CSV_HEADER, csvFileName, csvRow } from '../../web/src/lib/statement-csv';
import { Route, parseRoute, routeUrl } from '../../web/src/lib/route';
import { segmentText, sliceCodePoints } from '../../web/src/lib/text';

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
