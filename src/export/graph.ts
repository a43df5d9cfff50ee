/**
 * One shape for every network an export writes, whichever format: nodes and undirected edges
 * with their attributes, and the graph's own attributes (its parameters and when it was made).
 * The actor network and the actor × topic network are both turned into it here.
 */
import type { ActorNetworkRow, AffiliationNetworkRow } from '../graph/network/network.repository';

export type Scalar = string | number | boolean;

export interface ExportNode {
  id: string;
  /** `label`, `kind` (actor or topic), `type` and the counts. */
  attributes: Record<string, Scalar>;
}

export interface ExportEdge {
  source: string;
  target: string;
  weight: number;
  /** Counts and the parts of the weight; `statementIds` holds the evidence. */
  attributes: Record<string, Scalar>;
  statementIds: string[];
}

export interface ExportGraph {
  /** `network` (actor or affiliation), the parameters, `exportedAt`, counts and `truncated`. */
  attributes: Record<string, Scalar>;
  nodes: ExportNode[];
  edges: ExportEdge[];
}

/** The attribute names of nodes and edges, with their types, in a fixed order (GraphML keys, CSV columns). */
export const NODE_ATTRIBUTES: readonly [string, 'string' | 'double' | 'int'][] = [
  ['label', 'string'],
  ['kind', 'string'],
  ['type', 'string'],
  ['activity', 'int'],
  ['support', 'int'],
  ['neutral', 'int'],
  ['oppose', 'int'],
];
export const EDGE_ATTRIBUTES: readonly [string, 'string' | 'double' | 'int'][] = [
  ['weight', 'double'],
  ['congruence', 'double'],
  ['conflict', 'double'],
  ['cooccurrence', 'double'],
  ['support', 'int'],
  ['neutral', 'int'],
  ['oppose', 'int'],
  ['topics', 'string'],
  ['statementCount', 'int'],
  ['statementIds', 'string'],
];

/** The actor network as an export graph. */
export function actorGraph(row: ActorNetworkRow, attributes: Record<string, Scalar>): ExportGraph {
  return {
    attributes: {
      ...attributes,
      actorCount: row.actorCount,
      edgeCount: row.edgeCount,
      truncated: row.actorCount > row.nodes.length || row.edgeCount > row.edges.length,
    },
    nodes: row.nodes.map((n) => ({
      id: n.id,
      attributes: { label: n.name, kind: 'actor', type: n.type, activity: n.activity, support: n.support, neutral: n.neutral, oppose: n.oppose },
    })),
    edges: row.edges.map((e) => ({
      source: e.source,
      target: e.target,
      weight: e.weight,
      attributes: {
        weight: e.weight,
        congruence: e.congruence,
        conflict: e.conflict,
        cooccurrence: e.cooccurrence,
        topics: e.topics.join(';'),
        statementCount: e.statementCount,
      },
      statementIds: e.statementIds,
    })),
  };
}

/** The actor × topic network as an export graph: actors and topics are both nodes (`kind`). */
export function affiliationGraph(row: AffiliationNetworkRow, attributes: Record<string, Scalar>): ExportGraph {
  return {
    attributes: {
      ...attributes,
      actorCount: row.actorCount,
      edgeCount: row.edgeCount,
      truncated: row.actorCount > row.actors.length || row.edgeCount > row.edges.length,
    },
    nodes: [
      ...row.actors.map((n) => ({
        id: n.id,
        attributes: { label: n.name, kind: 'actor', type: n.type, activity: n.activity, support: n.support, neutral: n.neutral, oppose: n.oppose },
      })),
      ...row.topics.map((t) => ({ id: t.id, attributes: { label: t.name, kind: 'topic', type: 'Topic', activity: t.prominence } })),
    ],
    edges: row.edges.map((e) => ({
      source: e.actor,
      target: e.topic,
      weight: e.weight,
      attributes: { weight: e.weight, support: e.support, neutral: e.neutral, oppose: e.oppose, statementCount: e.statementCount },
      statementIds: e.statementIds,
    })),
  };
}
