/**
 * The graph the graph view draws, built from API answers: entities as nodes; statements as
 * edges from the speaker to each entity the statement is about (one edge per pair, counting
 * statements, coloured by the stance taken when the target is a topic); stated relations as
 * dashed edges. Pure: no DOM, no cytoscape.
 */
import { Stance, StanceOrMixed, combineStances } from './labels';

export interface GraphNode {
  id: string;
  name: string;
  type: string;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  kind: 'statement' | 'relation';
  /** Statement edges: the stance on the target topic (NONE when the target is no topic or no stance was taken). */
  stance: StanceOrMixed | 'NONE';
  /** Relation edges: the relation type (HEAD_OF_STATE_OF…). */
  relation?: string;
  statementIds: string[];
}

export interface GraphModel {
  nodes: Map<string, GraphNode>;
  edges: Map<string, GraphEdge>;
}

interface Ref {
  __typename: string;
  id: string;
  name: string;
}

export interface GraphStatement {
  id: string;
  /** Null when nobody could be named: such a statement draws no edge. */
  speaker: Ref | null;
  about: Ref[];
  stances: Array<{ stance: Stance; topic: { id: string; name: string } }>;
}

export interface GraphRelation {
  type: string;
  from: Ref;
  to: Ref;
}

export function emptyModel(): GraphModel {
  return { nodes: new Map(), edges: new Map() };
}

function addNode(model: GraphModel, ref: Ref): void {
  if (!model.nodes.has(ref.id)) model.nodes.set(ref.id, { id: ref.id, name: ref.name, type: ref.__typename });
}

/** Adds statements as speaker → about edges; adding the same statement twice changes nothing. */
export function addStatements(model: GraphModel, statements: readonly GraphStatement[]): void {
  const stancesByEdge = new Map<string, Stance[]>();
  for (const s of statements) {
    const speaker = s.speaker;
    if (!speaker) continue;
    addNode(model, speaker);
    const targets = new Map<string, Ref>(s.about.map((a) => [a.id, a]));
    // A stance on a topic the statement is not tagged "about" still connects speaker and topic.
    for (const st of s.stances) if (!targets.has(st.topic.id)) targets.set(st.topic.id, { __typename: 'Topic', ...st.topic });
    for (const target of targets.values()) {
      if (target.id === speaker.id) continue;
      addNode(model, target);
      const id = `said:${speaker.id}->${target.id}`;
      const edge = model.edges.get(id) ?? { id, source: speaker.id, target: target.id, kind: 'statement' as const, stance: 'NONE' as const, statementIds: [] };
      if (!edge.statementIds.includes(s.id)) edge.statementIds.push(s.id);
      model.edges.set(id, edge);
      const stances = s.stances.filter((st) => st.topic.id === target.id).map((st) => st.stance);
      stancesByEdge.set(id, [...(stancesByEdge.get(id) ?? []), ...stances]);
    }
  }
  for (const [id, stances] of stancesByEdge) {
    const edge = model.edges.get(id)!;
    const previous = edge.stance === 'NONE' ? [] : edge.stance === 'MIXED' ? (['SUPPORT', 'OPPOSE'] as Stance[]) : [edge.stance];
    edge.stance = combineStances([...previous, ...stances]) ?? 'NONE';
  }
}

/** Adds stated relations as from → to edges, one per type and pair. */
export function addRelations(model: GraphModel, relations: readonly GraphRelation[]): void {
  for (const r of relations) {
    addNode(model, r.from);
    addNode(model, r.to);
    const id = `rel:${r.type}:${r.from.id}->${r.to.id}`;
    if (!model.edges.has(id)) {
      model.edges.set(id, { id, source: r.from.id, target: r.to.id, kind: 'relation', stance: 'NONE', relation: r.type, statementIds: [] });
    }
  }
}

/** Number of edges touching each node. */
export function degrees(model: GraphModel): Map<string, number> {
  const d = new Map<string, number>();
  for (const e of model.edges.values()) {
    d.set(e.source, (d.get(e.source) ?? 0) + 1);
    d.set(e.target, (d.get(e.target) ?? 0) + 1);
  }
  return d;
}
