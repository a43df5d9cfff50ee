import { Database } from '../../db/database';
import { EntityRow, entityRow } from '../common/rows';

/** Named Cypher calls for looking entities up by id. */
export const nodeRepository = {
  async findEntitiesByIds(db: Database, ids: readonly string[]): Promise<Map<string, EntityRow>> {
    const rows = await db.read('node/find-entities-by-ids', { ids });
    return new Map(rows.map((r) => [r.id as string, entityRow(r.entity)]));
  },
};
