import neo4j from 'neo4j-driver';

import { Database } from '../../db/database';
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
  async paths(db: Database, from: string, to: string, maxHops: number, first: number): Promise<PathRow[]> {
    const rows = await db.read('connection/find-paths', { from, to, maxHops: neo4j.int(maxHops), first: neo4j.int(first) });
    return rows.map((r) => ({
      length: r.length as number,
      nodes: (r.nodes as Record<string, unknown>[]).map(nodeRow),
      relationships: r.relationships as GraphRelationship[],
    }));
  },
};
