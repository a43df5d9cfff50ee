import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { spawnSync } from 'node:child_process';

import { buildApp } from '../harness/app';
import { VALIDATE_GRAPHML, graphmlSchema } from '../harness/graphml-schema';
import { ROOT, testNeo4jUri, withTestQueries } from '../harness/database';
import { runPython } from '../harness/python';
import { TestServer, startTestServer } from '../harness/server';
import { createGraph, randomGraph } from './graph';

/**
 * Every export opened by the tools of its ecosystem, installed by the test from PyPI
 * (test/harness/python.ts): GraphML validated against the GraphML schema (fetched from Maven
 * Central, test/harness/graphml-schema.ts) and read by networkx and igraph, node-link JSON by networkx's
 * node_link_graph, CSV by Python's csv module; the weights they read are the API's.
 */
const GRAPH = randomGraph('net-export', 7);
const KEY = 'reader-key-for-export-tests';
const AUTH = { 'x-api-key': KEY };
const DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'stancegraph-exports-'));

let server: TestServer;
let remove: () => Promise<void>;
beforeAll(async () => {
  server = await startTestServer({ API_KEYS: `reader:${KEY}`, READ_REQUIRES_KEY: 'true' });
  remove = await createGraph(withTestQueries(server.connection), GRAPH);
});
afterAll(async () => {
  await remove();
  await server.stop();
  fs.rmSync(DIR, { recursive: true, force: true });
});

const QUERY = `articles=${GRAPH.articles.join(',')}&aggregation=SUBTRACT&normalization=AVERAGE`;

async function download(
  file: string,
  query: string,
  headers: Record<string, string> = AUTH,
): Promise<{ status: number; headers: Headers; path: string; text: string }> {
  const res = await fetch(`${server.url}/export/${file}?${query}`, { headers });
  const text = await res.text();
  const where = path.join(DIR, `${Math.random().toString(36).slice(2)}-${file}`);
  fs.writeFileSync(where, text);
  return { status: res.status, headers: res.headers, path: where, text };
}

/** The API's own edges of the same network: `source|target` → weight. */
async function apiWeights(): Promise<Record<string, number>> {
  const answer = await server.graphql(
    `query($articles: [ID!]) { actorNetwork(filter: { articles: $articles }, aggregation: SUBTRACT, normalization: AVERAGE, maxEdges: 20000) { edges { source target weight } } }`,
    { articles: GRAPH.articles },
    AUTH,
  );
  return Object.fromEntries(answer.body.data.actorNetwork.edges.map((e: any) => [`${e.source}|${e.target}`, e.weight]));
}

const undirected = (weights: Record<string, number>) => Object.fromEntries(Object.entries(weights).map(([k, w]) => [k.split('|').sort().join('|'), w]));

describe('GET /export/network.graphml', () => {
  it("opens in networkx and igraph with the API's weights, and carries its parameters", async () => {
    const file = await download('network.graphml', QUERY);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/graphml+xml; charset=utf-8');
    const expected = await apiWeights();
    expect(Object.keys(expected).length).toBeGreaterThan(5);
    const read = await runPython(
      `
import json, sys, networkx as nx, igraph
from lxml import etree
doc = etree.parse(sys.argv[1])
g = nx.read_graphml(sys.argv[1])
ig = igraph.Graph.Read_GraphML(sys.argv[1])
print(json.dumps({
  "root": doc.getroot().tag,
  "directed": g.is_directed(),
  "graph": g.graph,
  "nodes": {n: d for n, d in g.nodes(data=True)},
  "weights": {"|".join(sorted([u, v])): d["weight"] for u, v, d in g.edges(data=True)},
  "ids": {"|".join(sorted([u, v])): d["statementIds"] for u, v, d in g.edges(data=True)},
  "igraph": {"|".join(sorted([ig.vs[e.source]["id"], ig.vs[e.target]["id"]])): e["weight"] for e in ig.es},
}))`,
      [file.path],
    );
    expect(read.root).toBe('{http://graphml.graphdrawing.org/xmlns}graphml');
    expect(read.directed).toBe(false);
    expect(read.weights).toEqual(undirected(expected));
    expect(read.igraph).toEqual(undirected(expected));
    expect(read.graph).toMatchObject({ network: 'actor', aggregation: 'SUBTRACT', normalization: 'AVERAGE', articles: GRAPH.articles.join(',') });
    expect(Date.parse(read.graph.exportedAt)).toBeGreaterThan(Date.now() - 60_000);
    const someNode = Object.values(read.nodes)[0] as any;
    expect(someNode).toMatchObject({ kind: 'actor', label: expect.any(String), activity: expect.any(Number) });
    for (const ids of Object.values(read.ids) as string[]) expect(ids).toMatch(/^statement:net-export-\d{3}(;statement:net-export-\d{3})*$/);
    expect(JSON.parse(file.headers.get('x-export-parameters')!)).toMatchObject({ aggregation: 'SUBTRACT' });
  });

  it('is valid against the GraphML schema, actor and affiliation networks alike', async () => {
    const schema = await graphmlSchema();
    const files = [];
    for (const query of [QUERY, `articles=${GRAPH.articles.join(',')}&network=affiliation&aggregation=COMBINE`]) {
      const file = await download('network.graphml', query);
      expect(file.status).toBe(200);
      expect(await runPython(VALIDATE_GRAPHML, [file.path, schema])).toEqual({ valid: true, errors: [] });
      files.push(file);
    }
    // The validator does refuse what the schema forbids: an edge without its target.
    const broken = path.join(DIR, 'broken.graphml');
    fs.writeFileSync(broken, files[0].text.replace(/(<edge [^>]*?) target="[^"]*"/, '$1'));
    const refused = await runPython(VALIDATE_GRAPHML, [broken, schema]);
    expect(refused.valid).toBe(false);
    expect(refused.errors[0]).toMatch(/target/);
  });

  it('writes the actor × topic network too, actors and topics told apart by kind', async () => {
    const file = await download('network.graphml', `articles=${GRAPH.articles.join(',')}&network=affiliation&aggregation=IGNORE`);
    const read = await runPython(
      `
import json, sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
print(json.dumps({"kinds": sorted({d["kind"] for _, d in g.nodes(data=True)}), "edges": g.number_of_edges()}))`,
      [file.path],
    );
    expect(read.kinds).toEqual(['actor', 'topic']);
    expect(read.edges).toBeGreaterThan(5);
  });
});

describe('GET /export/network.json', () => {
  it("loads with networkx's node_link_graph as it is, with the API's weights", async () => {
    const file = await download('network.json', QUERY);
    expect(file.status).toBe(200);
    const read = await runPython(
      `
import json, sys, warnings, networkx as nx
warnings.simplefilter("error")
data = json.load(open(sys.argv[1]))
g = nx.node_link_graph(data)
print(json.dumps({"directed": g.is_directed(), "weights": {"|".join(sorted([u, v])): d["weight"] for u, v, d in g.edges(data=True)}, "links": len(data["links"])}))`,
      [file.path],
    );
    const expected = undirected(await apiWeights());
    expect(read.weights).toEqual(expected);
    // d3 reads `links`: the same edges.
    expect(read.links).toBe(Object.keys(expected).length);
  });
});

describe('GET /export/network.csv', () => {
  it('is two files, nodes and edges, that a standard CSV parser reads', async () => {
    const edges = await download('network.csv', `${QUERY}&part=edges`);
    const nodes = await download('network.csv', `${QUERY}&part=nodes`);
    expect(edges.headers.get('content-disposition')).toBe('attachment; filename="network.edges.csv"');
    const read = await runPython(
      `
import csv, json, sys
edges = list(csv.DictReader(open(sys.argv[1], newline="")))
nodes = list(csv.DictReader(open(sys.argv[2], newline="")))
print(json.dumps({"weights": {"|".join(sorted([e["source"], e["target"]])): float(e["weight"]) for e in edges},
  "ids": [e["statementIds"] for e in edges], "nodes": [n["id"] for n in nodes], "columns": list(nodes[0].keys())}))`,
      [edges.path, nodes.path],
    );
    expect(read.weights).toEqual(undirected(await apiWeights()));
    expect(read.columns).toEqual(['id', 'label', 'kind', 'type', 'activity', 'support', 'neutral', 'oppose']);
    expect(new Set(read.nodes)).toEqual(new Set(GRAPH.actors.map((a) => a.id)));
  });

  it('lists at most idsPerEdge statement ids per edge when asked for fewer, and says so in its parameters', async () => {
    const all = await download('network.json', QUERY);
    const one = await download('network.json', `${QUERY}&idsPerEdge=1`);
    const [full, cut] = [JSON.parse(all.text), JSON.parse(one.text)];
    expect(full.links.some((l: { statementIds: string[] }) => l.statementIds.length > 1)).toBe(true);
    for (const [i, link] of cut.links.entries()) expect(link.statementIds).toEqual(full.links[i].statementIds.slice(0, 1));
    expect(cut.graph.idsPerEdge).toBe(1);
    expect(JSON.parse((await download('network.json', `${QUERY}&idsPerEdge=20000`)).text).errors[0].message).toBe(
      'Query parameter "idsPerEdge" is 20000, but it must be a whole number from 0 to 10000.',
    );
  });

  it('refuses an unknown part, an unknown parameter and a bad value, naming them', async () => {
    const bad = async (query: string) => JSON.parse((await download('network.csv', query)).text).errors[0].message;
    expect(await bad('part=both')).toBe('Query parameter "part" is "both", but a CSV network is two files: use part=nodes or part=edges.');
    expect(await bad('colour=red')).toMatch(/^Query parameter "colour" is not one an export takes; use topics, actors, /);
    expect(await bad('aggregation=AGREE')).toBe('Query parameter "aggregation" is "AGREE", but it must be one of CONGRUENCE, CONFLICT, SUBTRACT, IGNORE.');
    expect(await bad('topics=person:x')).toBe(
      'Query parameter "topics[0]" must be a topic id such as "topic:tomahawk-delivery-to-ukraine", but got "person:x".',
    );
    const missing = await download('network.csv', 'part=nodes', {});
    expect(missing.status).toBe(401);
    const nowhere = await download('network.dl', '');
    expect(nowhere.status).toBe(400);
    expect(JSON.parse(nowhere.text).errors[0].message).toMatch(
      /^There is no export "network.dl"; the exports are network.graphml, network.csv, network.json, statements.csv, statements.jsonl\.$/,
    );
  });
});

describe('GET /export/statements', () => {
  it('CSV: one row per statement with every attribute, read by a standard CSV parser', async () => {
    const file = await download('statements.csv', `articles=${GRAPH.articles.join(',')}`);
    expect(file.status).toBe(200);
    const rows = await runPython<any[]>(`import csv, json, sys; print(json.dumps(list(csv.DictReader(open(sys.argv[1], newline="")))))`, [file.path]);
    expect(rows.length).toBe(GRAPH.statements.length);
    const first = GRAPH.statements[0];
    const row = rows.find((r) => r.id === first.id);
    expect(row).toMatchObject({
      article: first.article,
      speaker: first.speaker,
      mode: first.mode,
      attribution: first.attribution,
      provenance: first.provenance,
      date: first.date ?? '',
      stances: first.stances.map((s) => `${s.topic}=${s.stance}`).join(';'),
      start: '0',
      end: '0',
    });
    expect(Object.keys(row)).toEqual(expect.arrayContaining(['reporters', 'events', 'about', 'excerpt', 'text', 'publishedAt', 'publisher']));
    expect(file.headers.get('x-exported-at')).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('JSON Lines: one object per line, lists as arrays, filtered like the networks', async () => {
    const topic = GRAPH.topics[0].id;
    const file = await download('statements.jsonl', `articles=${GRAPH.articles.join(',')}&topics=${topic}&modes=DIRECT_QUOTE`);
    const lines = file.text
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    const expected = GRAPH.statements.filter((s) => s.mode === 'DIRECT_QUOTE' && s.stances.some((x) => x.topic === topic));
    expect(lines.map((l) => l.id)).toEqual(expected.map((s) => s.id).sort());
    expect(lines[0].stances).toEqual(expect.arrayContaining([expect.objectContaining({ topic })]));
  });
});

describe('npm run export', () => {
  it('writes the same file from the command line, with the same checks', async () => {
    // Asked before the build, which keeps the event loop busy long enough for the client's idle
    // connection to the server to be reset.
    const http = await download('network.csv', `${QUERY}&part=nodes`);
    buildApp('server');
    const out = path.join(DIR, 'cli-nodes.csv');
    const env = { ...process.env, NEO4J_URI: testNeo4jUri(), LOG_LEVEL: 'silent' };
    const cli = path.join(ROOT, 'dist', 'src', 'export', 'cli.js');
    const run = spawnSync('node', [cli, 'network.csv', '--part', 'nodes', '--articles', GRAPH.articles.join(','), '--out', out], { env, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toBe(http.text);
    expect(JSON.parse(run.stderr.trim().split('\n').pop()!)).toMatchObject({ file: 'network.csv', records: GRAPH.actors.length });
    const refused = spawnSync('node', [cli, 'network.csv', '--aggregation', 'AGREE'], { env, encoding: 'utf8' });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('Query parameter "aggregation" is "AGREE", but it must be one of CONGRUENCE, CONFLICT, SUBTRACT, IGNORE.');
  });
});
