/**
 * Small statement graphs for the network tests, written straight into the test Neo4j through
 * test/create-network-graph and removed again through test/delete-network-graph. The same facts
 * feed the plain reference implementation (test/harness/dna-reference.ts).
 */
import { Database } from '../../src/db/database';
import { Api, startApi } from '../harness/api';
import { withTestQueries } from '../harness/database';
import type { StanceFact } from '../harness/dna-reference';

export interface TestStatement {
  id: string;
  speaker: string;
  article: string;
  date: string | null;
  mode?: string;
  attribution?: string;
  provenance?: string;
  stances: { topic: string; stance: 'SUPPORT' | 'NEUTRAL' | 'OPPOSE' }[];
}

export interface TestGraph {
  actors: { id: string; name: string; type: 'Person' | 'Country' }[];
  topics: { id: string; name: string }[];
  articles: string[];
  statements: TestStatement[];
}

const filled = (s: TestStatement) => ({ mode: 'DIRECT_QUOTE', attribution: 'ON_RECORD', provenance: 'CURATED', ...s });

/** Writes the graph; returns a function that removes it. */
export async function createGraph(db: Database, graph: TestGraph): Promise<() => Promise<void>> {
  await db.write('test/create-network-graph', { ...graph, statements: graph.statements.map(filled) });
  return async () => {
    await db.write('test/delete-network-graph', { articles: graph.articles, entities: [...graph.actors.map((a) => a.id), ...graph.topics.map((t) => t.id)] });
  };
}

/**
 * For a test file: starts the API on the run's Neo4j with `graph` written before the file's
 * tests (handing the API to `use`), and removes the graph and closes the API after them.
 */
export function useGraph(graph: TestGraph, use: (api: Api) => void): void {
  let api: Api;
  let remove: () => Promise<void>;
  beforeAll(async () => {
    api = await startApi();
    use(api);
    remove = await createGraph(withTestQueries(api.connection), graph);
  });
  afterAll(async () => {
    await remove?.();
    await api?.close();
  });
}

/** The graph's stances as the reference implementation reads them. */
export function facts(graph: TestGraph): StanceFact[] {
  const type = new Map(graph.actors.map((a) => [a.id, a.type]));
  return graph.statements.flatMap((raw) => {
    const s = filled(raw);
    return s.stances.map((st) => ({
      statement: s.id,
      actor: s.speaker,
      actorType: type.get(s.speaker)!,
      topic: st.topic,
      stance: st.stance,
      date: s.date,
      article: s.article,
      mode: s.mode,
      attribution: s.attribution,
      provenance: s.provenance,
    }));
  });
}

/** A seeded pseudo-random generator (mulberry32): the same graph on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MODES = ['DIRECT_QUOTE', 'INDIRECT_SPEECH', 'REPORTED_SPEECH'];
const ATTRIBUTIONS = ['ON_RECORD', 'REPORTED', 'ALLEGED'];
const PROVENANCES = ['CURATED', 'AUTOMATIC', 'REVIEWED'];
const STANCES = ['SUPPORT', 'NEUTRAL', 'OPPOSE'] as const;

/** A random graph: `actors` actors, `topics` topics, `statements` statements over 2025 (a few undated), some with two stances. */
export function randomGraph(prefix: string, seed: number, sizes = { actors: 7, topics: 4, articles: 5, statements: 70 }): TestGraph {
  const next = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  const actors = Array.from({ length: sizes.actors }, (_, i) => ({
    id: `${i % 3 === 2 ? 'country' : 'person'}:${prefix}-actor-${i}`,
    name: `Actor ${i}`,
    type: (i % 3 === 2 ? 'Country' : 'Person') as 'Person' | 'Country',
  }));
  const topics = Array.from({ length: sizes.topics }, (_, i) => ({ id: `topic:${prefix}-topic-${i}`, name: `Topic ${i}` }));
  const articles = Array.from({ length: sizes.articles }, (_, i) => `article:${prefix}-${i}`);
  const statements: TestStatement[] = Array.from({ length: sizes.statements }, (_, i) => {
    const day = Math.floor(next() * 365);
    const date = next() < 0.08 ? null : new Date(Date.UTC(2025, 0, 1 + day)).toISOString().slice(0, 10);
    const first = pick(topics).id;
    const second = pick(topics).id;
    const stances = [{ topic: first, stance: pick(STANCES) }];
    if (second !== first && next() < 0.25) stances.push({ topic: second, stance: pick(STANCES) });
    return {
      id: `statement:${prefix}-${String(i).padStart(3, '0')}`,
      speaker: pick(actors).id,
      article: pick(articles),
      date,
      mode: pick(MODES),
      attribution: pick(ATTRIBUTIONS),
      provenance: pick(PROVENANCES),
      stances,
    };
  });
  return { actors, topics, articles, statements };
}
