import neo4j from 'neo4j-driver';

import { Database } from '../../db/database';
import { queryVariant } from '../../db/queries';
import { NodeRow, entityRow, statementRow } from '../common/rows';
import { GraphRelationship } from './connection.type';

export interface PathRow {
  length: number;
  nodes: NodeRow[];
  relationships: GraphRelationship[];
}

function nodeRow(map: Record<string, unknown>): NodeRow {
  const { labels, ...props } = map as { labels: string[] } & Record<string, unknown>;
  return labels.includes('Statement') ? statementRow(props) : entityRow(props);
}

/** Named Cypher calls of the connection domain. */
export const connectionRepository = {
  /** Up to `first` shortest paths of at most `maxHops` (1..6) relationships; throws for another `maxHops`. */
  async paths(db: Database, from: string, to: string, maxHops: number, first: number): Promise<PathRow[]> {
    // One query per bound (cypher/connection/find-paths.cypher): searching further than asked and
    // filtering afterwards walks out from dense entities for nothing.
    const rows = await db.read(queryVariant('connection/find-paths', 'maxHops', maxHops), { from, to, first: neo4j.int(first) });
    return rows.map((r) => ({
      length: r.length as number,
      nodes: (r.nodes as Record<string, unknown>[]).map(nodeRow),
      relationships: r.relationships as GraphRelationship[],
    }));
  },

  /** The neighbourhood of `id` up to `depth` (1..3) relationships, at most `maxNodes` nodes; null when there is no such entity. */
  async neighbourhood(
    db: Database,
    id: string,
    depth: number,
    types: string[] | null,
    maxNodes: number,
  ): Promise<{ nodeCount: number; nodes: NodeRow[]; relationships: GraphRelationship[] } | null> {
    const [row] = await db.read(queryVariant('connection/find-neighbourhood', 'depth', depth), { id, types, maxNodes: neo4j.int(maxNodes) });
    if (!row?.found) return null;
    return {
      nodeCount: row.nodeCount as number,
      nodes: (row.nodes as Record<string, unknown>[]).map(nodeRow),
      relationships: row.relationships as GraphRelationship[],
    };
  },
};
