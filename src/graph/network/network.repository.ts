import neo4j from 'neo4j-driver';

import { Database, Row } from '../../db/database';
import { queryVariant } from '../../db/queries';
import { DUPLICATE_UNITS, QUALIFIER_LEVELS } from '../../vocabulary';
import { ActorNetworkRequest, AffiliationNetworkRequest, MAX_LISTED_IDS, NetworkBasis, NetworkFilter } from './network.request';
import { TimeWindow } from './windows';

/** An actor of a network, with how much it said (DNA's A_i is `activity`). */
export interface NetworkActorRow {
  id: string;
  name: string;
  type: string;
  /** Σ_j Σ_k x_ijk: the stances it takes that count (after the duplicate rule). */
  activity: number;
  support: number;
  neutral: number;
  oppose: number;
  /** Distinct statements behind its stances (a statement may take stances on several topics); actor networks only. */
  statementCount?: number;
}

export interface ActorEdgeRow {
  source: string;
  target: string;
  weight: number;
  congruence: number;
  conflict: number;
  cooccurrence: number;
  topics: string[];
  statementCount: number;
  statementIds: string[];
}

export interface ActorNetworkRow {
  actorCount: number;
  nodes: NetworkActorRow[];
  edgeCount: number;
  edges: ActorEdgeRow[];
  /** Whether the statements behind each edge were gathered (they cost time on large networks). */
  evidence: boolean;
}

export interface AffiliationEdgeRow {
  actor: string;
  topic: string;
  weight: number;
  support: number;
  neutral: number;
  oppose: number;
  statementCount: number;
  statementIds: string[];
}

export interface AffiliationNetworkRow {
  actorCount: number;
  actors: NetworkActorRow[];
  topics: { id: string; name: string; prominence: number }[];
  edgeCount: number;
  edges: AffiliationEdgeRow[];
}

/**
 * Which stance pairs put a statement behind an edge, by level index (SUPPORT, NEUTRAL, OPPOSE):
 * those whose factor in the aggregation is not 0.
 */
const KERNELS = {
  CONGRUENCE: [
    [1, 0.5, 0],
    [0.5, 1, 0.5],
    [0, 0.5, 1],
  ],
  CONFLICT: [
    [0, 0.5, 1],
    [0.5, 0, 0.5],
    [1, 0.5, 0],
  ],
  SUBTRACT: [
    [1, 1, 1],
    [1, 1, 1],
    [1, 1, 1],
  ],
  IGNORE: [
    [1, 1, 1],
    [1, 1, 1],
    [1, 1, 1],
  ],
} as const;

/** The parameters every network query shares. */
function basisParams(request: NetworkBasis): Record<string, unknown> {
  return {
    filter: filterParam(request.filter),
    levels: QUALIFIER_LEVELS[request.qualifier],
    duplicates: request.duplicates,
    // Any valid unit: the query reads it only for the PER_WEEK, PER_MONTH and PER_YEAR rules.
    dupUnit: DUPLICATE_UNITS[request.duplicates] ?? 'week',
    minWeight: request.minWeight,
    maxNodes: neo4j.int(request.maxNodes),
    maxEdges: neo4j.int(request.maxEdges),
    idsPerEdge: neo4j.int(request.idsPerEdge),
  };
}

export function filterParam(filter: NetworkFilter): Record<string, unknown> {
  return { ...filter };
}

/** The parameters of the actor network queries (exported for the tests of their bounds). */
export function actorNetworkParams(request: ActorNetworkRequest, evidence: boolean): Record<string, unknown> {
  return {
    ...basisParams(request),
    aggregation: request.aggregation,
    normalization: request.normalization,
    evidence,
    kernel: KERNELS[request.aggregation],
    maxListedIds: neo4j.int(MAX_LISTED_IDS),
  };
}

/**
 * How an actor network's edges are computed (network/actor-network): `function` through
 * stancegraph.network.actorPairs, which the embedded Neo4j registers, or `cypher`, the same
 * numbers in plain Cypher (a Neo4j server without the plugin, Aura).
 */
export type PairStep = 'function' | 'cypher';

const ACTOR_PAIRS_FUNCTION = 'stancegraph.network.actorPairs';

async function pairStepOf(db: Database): Promise<PairStep> {
  return (await db.ownFunctions()).has(ACTOR_PAIRS_FUNCTION) ? 'function' : 'cypher';
}

/** An actor network row with its edges' topics in id order (the Cypher step collects them in no set order). */
function actorNetworkRow(row: Row, evidence: boolean): ActorNetworkRow {
  const network = row as unknown as Omit<ActorNetworkRow, 'evidence'>;
  for (const e of network.edges) e.topics.sort();
  return { ...network, evidence };
}

/** Named Cypher calls of the network domain: each network is one query. */
export const networkRepository = {
  /**
   * The actor network; `evidence` gathers the statements behind each edge. `pairs` picks the
   * pair step; by default the function wherever the database has it.
   */
  async actorNetwork(db: Database, request: ActorNetworkRequest, evidence: boolean, pairs?: PairStep): Promise<ActorNetworkRow> {
    const step = pairs ?? (await pairStepOf(db));
    const rows = await db.read(queryVariant('network/compute-actor-network', 'pairs', step), actorNetworkParams(request, evidence));
    // One edge per row, the rest on the first (see the query).
    const edges = rows.flatMap((row) => (row.edge ? [row.edge] : []));
    return actorNetworkRow({ actorCount: rows[0].actorCount, nodes: rows[0].nodes, edgeCount: rows[0].edgeCount, edges }, evidence);
  },

  /** The actor network of each window, in window order; `pairs` as for `actorNetwork`. */
  async actorNetworkWindows(
    db: Database,
    request: ActorNetworkRequest,
    windows: TimeWindow[],
    evidence: boolean,
    pairs?: PairStep,
  ): Promise<(ActorNetworkRow & TimeWindow)[]> {
    if (windows.length === 0) return [];
    const step = pairs ?? (await pairStepOf(db));
    const rows = await db.read(queryVariant('network/compute-network-windows', 'pairs', step), { ...actorNetworkParams(request, evidence), windows });
    // Each row is a window's network with its from and to.
    return rows.map((row) => actorNetworkRow(row, evidence) as ActorNetworkRow & TimeWindow);
  },

  /** The first and last day of the counted stances (null when none is dated). */
  async dateRange(db: Database, request: NetworkBasis): Promise<{ first: string | null; last: string | null }> {
    const [row] = await db.read('network/find-date-range', { filter: filterParam(request.filter), levels: QUALIFIER_LEVELS[request.qualifier] });
    return { first: (row?.first as string) ?? null, last: (row?.last as string) ?? null };
  },

  /** The actor × topic network. */
  async affiliationNetwork(db: Database, request: AffiliationNetworkRequest): Promise<AffiliationNetworkRow> {
    const [row] = await db.read('network/compute-affiliation-network', {
      ...basisParams(request),
      aggregation: request.aggregation,
      normalization: request.normalization,
    });
    const network = row as unknown as AffiliationNetworkRow;
    for (const e of network.edges) e.statementIds.sort();
    return network;
  },
};
