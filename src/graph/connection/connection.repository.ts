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

/**
 * The path search bounded by each `maxHops` (Cypher 5 takes no parameter as a quantifier bound):
 * searching further than asked and filtering afterwards walks out from dense entities for nothing.
 */
export const FIND_PATHS: Readonly<Record<number, string>> = Object.freeze({
  1: 'connection/find-paths-up-to-1-hop',
  2: 'connection/find-paths-up-to-2-hops',
  3: 'connection/find-paths-up-to-3-hops',
  4: 'connection/find-paths-up-to-4-hops',
  5: 'connection/find-paths-up-to-5-hops',
  6: 'connection/find-paths-up-to-6-hops',
});

/** Named Cypher calls of the connection domain. */
export const connectionRepository = {
  /** Up to `first` shortest paths of at most `maxHops` (1..6) relationships; throws for another `maxHops`. */
  async paths(db: Database, from: string, to: string, maxHops: number, first: number): Promise<PathRow[]> {
    const name = FIND_PATHS[maxHops];
    if (name === undefined) throw new RangeError(`maxHops ${maxHops} has no path query; the resolver allows 1 to 6.`);
    const rows = await db.read(name, { from, to, first: neo4j.int(first) });
    return rows.map((r) => ({
      length: r.length as number,
      nodes: (r.nodes as Record<string, unknown>[]).map(nodeRow),
      relationships: r.relationships as GraphRelationship[],
    }));
  },
};
