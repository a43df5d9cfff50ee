import crypto from 'node:crypto';

import { Database, toPlain } from '../../src/db/database';
import { stableJson } from '../../src/graph/common/loaders';

/** What two ingestion paths must agree on: counts by label and type, and a hash of every node's and relationship's properties. */
export interface GraphDigest {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  /** SHA-256 of the sorted lines `labels props` (nodes) and `type from to props` (relationships, by the ends' ids). */
  sha256: string;
}

/**
 * The digest of the whole graph but the review's own nodes (drafts, publications). Offsets,
 * dates, every property (but an article's `ingestedAt`, the time it was written) and every
 * relationship's ends go into the hash, so two graphs with the same digest are equal, whatever
 * order their nodes were written in.
 */
export async function graphDigest(db: Database): Promise<GraphDigest> {
  const session = db.driver.session({ database: 'neo4j' });
  try {
    const lines: string[] = [];
    const nodes: Record<string, number> = {};
    const relationships: Record<string, number> = {};
    await session.executeRead(async (tx) => {
      const n = await tx.run('MATCH (n) WHERE NOT n:Draft AND NOT n:Publication RETURN labels(n) AS labels, properties(n) AS props');
      for (const r of n.records) {
        const labels = (r.get('labels') as string[]).sort().join(':');
        nodes[labels] = (nodes[labels] ?? 0) + 1;
        // When an article was written is the one property two correct loads cannot share.
        const { ingestedAt: _when, ...props } = toPlain(r.get('props')) as Record<string, unknown>;
        lines.push(`N ${labels} ${stableJson(props)}`);
      }
      const rels = await tx.run(
        'MATCH (a)-[r]->(b) WHERE NOT a:Draft AND NOT a:Publication AND NOT b:Draft AND NOT b:Publication RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props',
      );
      for (const r of rels.records) {
        const type = r.get('type') as string;
        relationships[type] = (relationships[type] ?? 0) + 1;
        lines.push(`R ${type} ${r.get('from')} ${r.get('to')} ${stableJson(toPlain(r.get('props')))}`);
      }
    });
    lines.sort();
    const hash = crypto.createHash('sha256');
    for (const line of lines) hash.update(`${line}\n`);
    return { nodes, relationships, sha256: hash.digest('hex') };
  } finally {
    await session.close();
  }
}
