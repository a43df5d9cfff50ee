import crypto from 'node:crypto';

import { Database, toPlain } from '../../src/db/database';
import { stableJson } from '../../src/graph/common/loaders';

/** What two ingestion paths must agree on: counts by label and type, and a hash of every node's and relationship's properties. */
export interface GraphDigest {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  /**
   * The sum, modulo 2^256, of the SHA-256 of every line `labels props` (nodes) and `type from to
   * props` (relationships, by the ends' ids), as hex: a hash of the multiset of lines, so the
   * order they are read in does not matter and none has to be kept.
   */
  sha256: string;
}

/**
 * The digest of the whole graph but the review's own nodes (drafts, publications). Offsets,
 * dates, every property (but an article's `ingestedAt`, the time it was written) and every
 * relationship's ends go into the hash, so two graphs with the same digest are equal, whatever
 * order their nodes were written in. Records are streamed and hashed one by one: a graph of a
 * million statements has ten million relationships, too many lines to hold and sort.
 */
export async function graphDigest(db: Database): Promise<GraphDigest> {
  const session = db.driver.session({ database: 'neo4j' });
  try {
    const sum = new MultisetHash();
    const nodes: Record<string, number> = {};
    const relationships: Record<string, number> = {};
    await session.executeRead(async (tx) => {
      for await (const r of tx.run('MATCH (n) WHERE NOT n:Draft AND NOT n:Publication RETURN labels(n) AS labels, properties(n) AS props')) {
        const labels = (r.get('labels') as string[]).sort().join(':');
        nodes[labels] = (nodes[labels] ?? 0) + 1;
        // When an article was written is the one property two correct loads cannot share.
        const { ingestedAt: _when, ...props } = toPlain(r.get('props')) as Record<string, unknown>;
        sum.add(`N ${labels} ${stableJson(props)}`);
      }
      for await (const r of tx.run(
        'MATCH (a)-[r]->(b) WHERE NOT a:Draft AND NOT a:Publication AND NOT b:Draft AND NOT b:Publication RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props',
      )) {
        const type = r.get('type') as string;
        relationships[type] = (relationships[type] ?? 0) + 1;
        sum.add(`R ${type} ${r.get('from')} ${r.get('to')} ${stableJson(toPlain(r.get('props')))}`);
      }
    });
    return { nodes, relationships, sha256: sum.hex() };
  } finally {
    await session.close();
  }
}

/** The sum of SHA-256 hashes modulo 2^256, in eight 32-bit limbs (most significant first). */
class MultisetHash {
  private readonly limbs = new Array<number>(8).fill(0);

  add(line: string): void {
    const digest = crypto.createHash('sha256').update(line).digest();
    let carry = 0;
    for (let i = 7; i >= 0; i--) {
      const total = this.limbs[i] + digest.readUInt32BE(i * 4) + carry;
      this.limbs[i] = total >>> 0;
      carry = total > 0xffffffff ? 1 : 0;
    }
  }

  hex(): string {
    return this.limbs.map((limb) => limb.toString(16).padStart(8, '0')).join('');
  }
}
