/**
 * The file formats of the network export, as a registry: each is a small writer of the same
 * shape, and NETWORK_FORMATS names them all. A writer turns an ExportGraph into text chunks
 * (`out`); the HTTP route and `npm run export` pick one by the file's extension.
 */
import { BadInputError } from '../errors';
import { EDGE_ATTRIBUTES, ExportGraph, NODE_ATTRIBUTES, Scalar } from './graph';
import { csvRow, xml } from './text';

export interface NetworkFormatOptions {
  /** CSV: which of the two files, `nodes` or `edges`. */
  part?: string;
}

export interface NetworkFormat {
  /** The file extension, as in `network.graphml`. */
  readonly name: string;
  readonly contentType: string;
  readonly description: string;
  /** The file's name, for `Content-Disposition`. */
  fileName(options: NetworkFormatOptions): string;
  write(graph: ExportGraph, out: (chunk: string) => void, options: NetworkFormatOptions): void;
}

const graphmlType = (value: Scalar) => (typeof value === 'boolean' ? 'boolean' : typeof value === 'number' ? 'double' : 'string');

/**
 * GraphML 1.0 (http://graphml.graphdrawing.org/xmlns): one `<key>` per attribute, declared with
 * `attr.name` and `attr.type`, so that Gephi, networkx and igraph read the attributes typed and
 * Gephi finds `label` and `weight` by name. Undirected. The graph's own `<data>` holds the
 * parameters and `exportedAt`. Keys come before the graph, as the schema orders them.
 */
export const GRAPHML: NetworkFormat = {
  name: 'graphml',
  contentType: 'application/graphml+xml; charset=utf-8',
  description: 'GraphML 1.0, undirected, typed attributes; statement ids joined by ";".',
  fileName: () => 'network.graphml',
  write(graph, out) {
    out('<?xml version="1.0" encoding="UTF-8"?>\n');
    out(
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
        ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n',
    );
    for (const [name, value] of Object.entries(graph.attributes)) {
      out(`  <key id="g_${xml(name)}" for="graph" attr.name="${xml(name)}" attr.type="${graphmlType(value)}"/>\n`);
    }
    for (const [name, type] of NODE_ATTRIBUTES) out(`  <key id="n_${name}" for="node" attr.name="${name}" attr.type="${type}"/>\n`);
    for (const [name, type] of EDGE_ATTRIBUTES) out(`  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>\n`);
    out('  <graph id="network" edgedefault="undirected">\n');
    for (const [name, value] of Object.entries(graph.attributes)) out(`    <data key="g_${xml(name)}">${xml(String(value))}</data>\n`);
    for (const node of graph.nodes) {
      let data = '';
      for (const [name] of NODE_ATTRIBUTES) {
        const value = node.attributes[name];
        if (value !== undefined) data += `<data key="n_${name}">${xml(String(value))}</data>`;
      }
      out(`    <node id="${xml(node.id)}">${data}</node>\n`);
    }
    graph.edges.forEach((edge, i) => {
      const values: Record<string, Scalar> = { ...edge.attributes, statementIds: edge.statementIds.join(';') };
      let data = '';
      for (const [name] of EDGE_ATTRIBUTES) {
        const value = values[name];
        if (value !== undefined) data += `<data key="e_${name}">${xml(String(value))}</data>`;
      }
      out(`    <edge id="e${i}" source="${xml(edge.source)}" target="${xml(edge.target)}">${data}</edge>\n`);
    });
    out('  </graph>\n</graphml>\n');
  },
};

/**
 * CSV as two files, asked for with `part=nodes` or `part=edges`: a node table (`id` then the node
 * attributes) and an edge table (`source`, `target`, the edge attributes, the statement ids
 * joined by ";"), the shape Gephi's spreadsheet import and igraph's `graph_from_data_frame` take.
 */
export const CSV: NetworkFormat = {
  name: 'csv',
  contentType: 'text/csv; charset=utf-8; header=present',
  description: 'Two RFC 4180 files: part=nodes (id, label, kind, type, activity, ...) and part=edges (source, target, weight, ..., statementIds).',
  fileName: (options) => `network.${csvPart(options)}.csv`,
  write(graph, out, options) {
    if (csvPart(options) === 'nodes') {
      out(csvRow(['id', ...NODE_ATTRIBUTES.map(([name]) => name)]));
      for (const node of graph.nodes) out(csvRow([node.id, ...NODE_ATTRIBUTES.map(([name]) => node.attributes[name])]));
      return;
    }
    out(csvRow(['source', 'target', ...EDGE_ATTRIBUTES.map(([name]) => name)]));
    for (const edge of graph.edges) {
      const values: Record<string, Scalar> = { ...edge.attributes, statementIds: edge.statementIds.join(';') };
      out(csvRow([edge.source, edge.target, ...EDGE_ATTRIBUTES.map(([name]) => values[name])]));
    }
  },
};

function csvPart(options: NetworkFormatOptions): 'nodes' | 'edges' {
  const part = options.part ?? 'edges';
  if (part !== 'nodes' && part !== 'edges') {
    throw new BadInputError(`Query parameter "part" is ${JSON.stringify(part)}, but a CSV network is two files: use part=nodes or part=edges.`, {
      argument: 'part',
      value: part,
    });
  }
  return part;
}

/**
 * Node-link JSON as networkx's `node_link_graph` and d3's force layout read it: `directed`,
 * `multigraph`, `graph` (the parameters), `nodes` [{id, ...}] and the edges twice, under `links`
 * (d3, and networkx before 3.6) and `edges` (networkx's default from 3.6), so that both read it
 * with their defaults.
 */
export const JSON_NODE_LINK: NetworkFormat = {
  name: 'json',
  contentType: 'application/json; charset=utf-8',
  description: 'Node-link JSON (networkx node_link_graph, d3): nodes, and the edges under both "links" and "edges".',
  fileName: () => 'network.json',
  write(graph, out) {
    const nodes = graph.nodes.map((n) => ({ id: n.id, ...n.attributes }));
    const links = graph.edges.map((e) => ({ source: e.source, target: e.target, ...e.attributes, statementIds: e.statementIds }));
    out(`{"directed":false,"multigraph":false,"graph":${JSON.stringify(graph.attributes)},\n"nodes":[`);
    nodes.forEach((n, i) => out(`${i ? ',' : ''}\n${JSON.stringify(n)}`));
    for (const key of ['links', 'edges']) {
      out(`],\n"${key}":[`);
      links.forEach((e, i) => out(`${i ? ',' : ''}\n${JSON.stringify(e)}`));
    }
    out(']}\n');
  },
};

/** Every network format, by extension. */
export const NETWORK_FORMATS: readonly NetworkFormat[] = Object.freeze([GRAPHML, CSV, JSON_NODE_LINK]);
