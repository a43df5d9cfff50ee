/**
 * A second, plain implementation of DNA's network definitions (docs/networks.md), written from
 * the formulas and not from the Cypher: the tests compare the database's networks with it on
 * seeded random graphs. Slow and obvious on purpose: matrices of counts, loops over every pair.
 */
import { DUPLICATE_UNITS, QUALIFIER_LEVELS } from '../../src/vocabulary';
import type { ActorNetworkRequest, AffiliationNetworkRequest, NetworkBasis } from '../../src/graph/network/network.request';
import { unitStart } from '../../src/graph/network/windows';

/** One stance of one statement, with what the filter and the duplicate rule read. */
export interface StanceFact {
  statement: string;
  actor: string;
  actorType: string;
  topic: string;
  stance: 'SUPPORT' | 'NEUTRAL' | 'OPPOSE';
  date: string | null;
  article: string;
  mode: string;
  attribution: string;
  provenance: string;
}

/** The stances that count under the request's filter and qualifier. */
export function counted(facts: readonly StanceFact[], request: NetworkBasis): StanceFact[] {
  const f = request.filter;
  const levels = QUALIFIER_LEVELS[request.qualifier] as Record<string, number | undefined>;
  return facts.filter(
    (x) =>
      levels[x.stance] !== undefined &&
      (!f.topics || f.topics.includes(x.topic)) &&
      (!f.actors || f.actors.includes(x.actor)) &&
      (!f.actorTypes || (f.actorTypes as string[]).includes(x.actorType)) &&
      (!f.modes || (f.modes as string[]).includes(x.mode)) &&
      (!f.attributions || (f.attributions as string[]).includes(x.attribution)) &&
      (!f.provenances || (f.provenances as string[]).includes(x.provenance)) &&
      (!f.articles || f.articles.includes(x.article)) &&
      (!f.from || (x.date !== null && x.date >= f.from)) &&
      (!f.to || (x.date !== null && x.date <= f.to)),
  );
}

const LEVEL_INDEX: Record<string, number> = { SUPPORT: 0, NEUTRAL: 1, OPPOSE: 2 };

/** x[actor][topic] = [x SUPPORT, x NEUTRAL, x OPPOSE] after the duplicate rule. */
export function cells(facts: readonly StanceFact[], request: NetworkBasis): Map<string, Map<string, number[]>> {
  const unit = DUPLICATE_UNITS[request.duplicates];
  const seen = new Set<string>();
  const x = new Map<string, Map<string, number[]>>();
  for (const fact of counted(facts, request)) {
    const bucket =
      request.duplicates === 'EVERY_STATEMENT'
        ? fact.statement
        : request.duplicates === 'PER_ARTICLE' || fact.date === null
          ? `article ${fact.article}`
          : unitStart(fact.date, unit === 'week' ? 'WEEK' : unit === 'month' ? 'MONTH' : 'YEAR');
    const key = `${fact.actor}|${fact.topic}|${fact.stance}|${bucket}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const row = x.get(fact.actor) ?? new Map<string, number[]>();
    const v = row.get(fact.topic) ?? [0, 0, 0];
    v[LEVEL_INDEX[fact.stance]]++;
    row.set(fact.topic, v);
    x.set(fact.actor, row);
  }
  return x;
}

export interface ReferenceEdge {
  source: string;
  target: string;
  weight: number;
  congruence: number;
  conflict: number;
  cooccurrence: number;
}

const LEVEL = [1, 0, -1];
const SPAN = 2;

/** The actor network: every edge of non-zero weight passing minWeight, keyed `source|target`. */
export function actorNetwork(facts: readonly StanceFact[], request: ActorNetworkRequest): { activity: Map<string, number>; edges: Map<string, ReferenceEdge> } {
  const x = cells(facts, request);
  const activity = new Map([...x].map(([a, row]) => [a, [...row.values()].reduce((s, v) => s + v[0] + v[1] + v[2], 0)]));
  const actors = [...x.keys()].sort();
  const edges = new Map<string, ReferenceEdge>();
  for (let i = 0; i < actors.length; i++) {
    for (let j = i + 1; j < actors.length; j++) {
      const [a, b] = [actors[i], actors[j]];
      let congruence = 0;
      let conflict = 0;
      let cooccurrence = 0;
      let m11 = 0;
      let m10 = 0;
      let m01 = 0;
      const topics = new Set([...x.get(a)!.keys(), ...x.get(b)!.keys()]);
      for (const t of topics) {
        const v = x.get(a)!.get(t) ?? [0, 0, 0];
        const w = x.get(b)!.get(t) ?? [0, 0, 0];
        for (let p = 0; p < 3; p++) {
          for (let q = 0; q < 3; q++) {
            const d = Math.abs(LEVEL[p] - LEVEL[q]) / SPAN;
            congruence += v[p] * w[q] * (1 - d);
            conflict += v[p] * w[q] * d;
            cooccurrence += v[p] * w[q];
          }
          if (v[p] > 0 && w[p] > 0) m11 += v[p] * w[p];
          else if (v[p] > 0) m10 += v[p];
          else if (w[p] > 0) m01 += w[p];
        }
      }
      if (cooccurrence === 0) continue;
      const raw = { CONGRUENCE: congruence, CONFLICT: conflict, SUBTRACT: congruence - conflict, IGNORE: cooccurrence }[request.aggregation];
      const [A, B] = [activity.get(a)!, activity.get(b)!];
      const by = { NONE: 1, AVERAGE: (A + B) / 2, JACCARD: m10 + m01 + m11, COSINE: A * B }[request.normalization];
      const weight = raw / by;
      if (weight === 0 || Math.abs(weight) < request.minWeight) continue;
      edges.set(`${a}|${b}`, { source: a, target: b, weight, congruence, conflict, cooccurrence });
    }
  }
  return { activity, edges };
}

/** The actor × topic network, keyed `actor|topic`. */
export function affiliationNetwork(facts: readonly StanceFact[], request: AffiliationNetworkRequest): Map<string, number> {
  const x = cells(facts, request);
  const prominence = new Map<string, number>();
  for (const row of x.values()) for (const [t, v] of row) prominence.set(t, (prominence.get(t) ?? 0) + v[0] + v[1] + v[2]);
  const out = new Map<string, number>();
  for (const [a, row] of x) {
    const activity = [...row.values()].reduce((s, v) => s + v[0] + v[1] + v[2], 0);
    for (const [t, v] of row) {
      const raw = { IGNORE: v[0] + v[1] + v[2], SUBTRACT: v[0] - v[2], COMBINE: v[0] > 0 && v[2] > 0 ? 3 : v[2] > 0 ? 2 : v[0] > 0 ? 1 : 0 }[
        request.aggregation
      ];
      const weight = raw / { NONE: 1, ACTIVITY: activity, PROMINENCE: prominence.get(t)! }[request.normalization];
      if (weight !== 0 && Math.abs(weight) >= request.minWeight) out.set(`${a}|${t}`, weight);
    }
  }
  return out;
}

/** Congruence, conflict and DNA's Jaccard denominator of actors a and b, read in that order. */
export function pairWeights(x: Map<string, Map<string, number[]>>, a: string, b: string): { congruence: number; conflict: number; jaccard: number } {
  let congruence = 0;
  let conflict = 0;
  let jaccard = 0;
  const topics = new Set([...x.get(a)!.keys(), ...x.get(b)!.keys()]);
  for (const t of topics) {
    const v = x.get(a)!.get(t) ?? [0, 0, 0];
    const w = x.get(b)!.get(t) ?? [0, 0, 0];
    for (let p = 0; p < 3; p++) {
      for (let q = 0; q < 3; q++) {
        const d = Math.abs(LEVEL[p] - LEVEL[q]) / SPAN;
        congruence += v[p] * w[q] * (1 - d);
        conflict += v[p] * w[q] * d;
      }
      jaccard += v[p] > 0 && w[p] > 0 ? v[p] * w[p] : v[p] + w[p];
    }
  }
  return { congruence, conflict, jaccard };
}
