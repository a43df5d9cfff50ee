import { ExportGraph } from './graph';
import { CSV, GRAPHML, JSON_NODE_LINK, NETWORK_FORMATS } from './network-formats';
import { parseParams } from './params';
import { STATEMENTS_CSV, STATEMENTS_JSONL } from './statement-formats';
import { csvField, xml } from './text';

const GRAPH: ExportGraph = {
  attributes: { network: 'actor', aggregation: 'CONFLICT', exportedAt: '2026-01-01T00:00:00.000Z', truncated: false },
  nodes: [
    { id: 'person:a', attributes: { label: 'A & "B" <C>', kind: 'actor', type: 'Person', activity: 3, support: 2, neutral: 0, oppose: 1 } },
    { id: 'person:b', attributes: { label: 'B, the second', kind: 'actor', type: 'Person', activity: 1, support: 0, neutral: 0, oppose: 1 } },
  ],
  edges: [
    { source: 'person:a', target: 'person:b', weight: 2.5, attributes: { weight: 2.5, statementCount: 2 }, statementIds: ['statement:x-1', 'statement:x-2'] },
  ],
};

const written = (write: (out: (chunk: string) => void) => void) => {
  let text = '';
  write((chunk) => (text += chunk));
  return text;
};

describe('the network formats', () => {
  it('are registered once each, by extension', () => {
    expect(NETWORK_FORMATS.map((f) => f.name)).toEqual(['graphml', 'csv', 'json']);
  });

  it('GraphML: keys before the graph, typed, escaped, undirected', () => {
    const text = written((out) => GRAPHML.write(GRAPH, out, {}));
    expect(text.indexOf('<key id="n_label" for="node" attr.name="label" attr.type="string"/>')).toBeLessThan(text.indexOf('<graph '));
    expect(text).toContain('<key id="g_truncated" for="graph" attr.name="truncated" attr.type="boolean"/>');
    expect(text).toContain('<graph id="network" edgedefault="undirected">');
    expect(text).toContain('<data key="n_label">A &amp; &quot;B&quot; &lt;C&gt;</data>');
    expect(text).toContain(
      '<edge id="e0" source="person:a" target="person:b"><data key="e_weight">2.5</data><data key="e_statementCount">2</data><data key="e_statementIds">statement:x-1;statement:x-2</data></edge>',
    );
  });

  it('CSV: nodes and edges as two files; a field with a comma or a quote is quoted', () => {
    expect(written((out) => CSV.write(GRAPH, out, { part: 'nodes' }))).toBe(
      'id,label,kind,type,activity,support,neutral,oppose\r\nperson:a,"A & ""B"" <C>",actor,Person,3,2,0,1\r\nperson:b,"B, the second",actor,Person,1,0,0,1\r\n',
    );
    expect(written((out) => CSV.write(GRAPH, out, { part: 'edges' })).split('\r\n')[1]).toBe('person:a,person:b,2.5,,,,,,,,2,statement:x-1;statement:x-2');
    expect(() => CSV.fileName({ part: 'matrix' })).toThrow('Query parameter "part" is "matrix", but a CSV network is two files: use part=nodes or part=edges.');
  });

  it('JSON: node-link with the edges under links and edges', () => {
    const data = JSON.parse(written((out) => JSON_NODE_LINK.write(GRAPH, out, {})));
    expect(data).toMatchObject({ directed: false, multigraph: false, graph: { aggregation: 'CONFLICT' } });
    expect(data.nodes[0]).toMatchObject({ id: 'person:a', activity: 3 });
    expect(data.links).toEqual(data.edges);
    expect(data.links[0]).toMatchObject({ source: 'person:a', target: 'person:b', weight: 2.5, statementIds: ['statement:x-1', 'statement:x-2'] });
  });
});

describe('the statement formats', () => {
  const statement = {
    id: 'statement:x-1',
    stances: [{ topic: 'topic:t', stance: 'OPPOSE' }],
    about: ['person:a', 'topic:t'],
    excerpt: 'He said "no",\nthen left.',
    start: 3,
  };

  it('CSV joins lists and quotes text with quotes and line breaks', () => {
    const line = STATEMENTS_CSV.row(statement);
    expect(line.startsWith('statement:x-1,')).toBe(true);
    expect(line).toContain(',person:a;topic:t,topic:t=OPPOSE,3,,"He said ""no"",\nthen left.",');
    expect(STATEMENTS_CSV.header().split(',').length).toBe(28);
  });

  it('JSON Lines writes one object per line with every column', () => {
    const line = STATEMENTS_JSONL.row(statement);
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toContain('\n');
    expect(Object.keys(JSON.parse(line)).length).toBe(28);
  });
});

describe('escaping', () => {
  it('drops what XML 1.0 forbids and leaves plain CSV fields alone', () => {
    expect(xml('a\u0001b\u000bc')).toBe('abc');
    expect(csvField('plain')).toBe('plain');
    expect(csvField(null)).toBe('');
  });
});

describe('export parameters', () => {
  it('takes the filter at the top level, lists comma-separated or repeated', () => {
    const { input, others } = parseParams({ topics: ['topic:a,topic:b', 'topic:c'], from: '2025-01-01', minWeight: '0.5', part: 'nodes' });
    expect(input.filter).toMatchObject({ topics: ['topic:a', 'topic:b', 'topic:c'], from: '2025-01-01' });
    expect(input.minWeight).toBe(0.5);
    expect(others.part).toBe('nodes');
  });

  it('refuses a parameter given twice, a number that is not one, and an unknown name', () => {
    expect(() => parseParams({ from: ['2025-01-01', '2025-02-01'] })).toThrow('Query parameter "from" is given 2 times; give it once.');
    expect(() => parseParams({ minWeight: 'heavy' })).toThrow('Query parameter "minWeight" is "heavy", which is not a number.');
    expect(() => parseParams({ color: 'red' })).toThrow(/^Query parameter "color" is not one an export takes/);
  });
});
