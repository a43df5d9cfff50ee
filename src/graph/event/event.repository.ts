import neo4j from 'neo4j-driver';

import { Database } from '../../db/database';
import { EntityRow, entityRow } from '../common/rows';

/** Named Cypher calls of the event domain. */
export const eventRepository = {
  async between(db: Database, from: string | null, to: string | null, limit: number): Promise<EntityRow[]> {
    const rows = await db.read('event/find-events-between', { from, to, limit: neo4j.int(limit) });
    return rows.map((r) => entityRow(r.entity));
  },

  /** Participants per event id, or events per actor id: lists of entities per key. */
  async findLists(db: Database, query: 'event/find-participants' | 'actor/find-events', ids: readonly string[]): Promise<Map<string, EntityRow[]>> {
    const rows = await db.read(query, { ids });
    return new Map(rows.map((r) => [r.id as string, (r.entities as unknown[]).map(entityRow)]));
  },
};
