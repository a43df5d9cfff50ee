import neo4j from 'neo4j-driver';

import { Database } from '../../db/database';
import { EntityRow, entityRow } from '../common/rows';

/** Named Cypher calls for topic lists. */
export const topicRepository = {
  async list(db: Database, withPositions: boolean, limit: number): Promise<EntityRow[]> {
    const rows = await db.read('topic/find-topics', { withPositions, limit: neo4j.int(limit) });
    return rows.map((r) => entityRow(r.entity));
  },
};
