import neo4j from 'neo4j-driver';

import { Database } from '../../db/database';
import { EntityRow, entityRow } from '../common/rows';

export interface ActorFilterValues {
  type: string | null;
  name: string | null;
  topic: string | null;
  stance: string | null;
  article: string | null;
  anonymous: boolean | null;
}

/** The sort key of an actor in a list (cypher/actor/page-actors). */
export interface ActorKey extends Record<string, string | number> {
  /** Minus the number of statements in STATEMENT_COUNT order; 0 in name order. */
  countKey: number;
  /** The lower-cased name. */
  nameKey: string;
  id: string;
}

/** Named Cypher calls for actor lists. */
export const actorRepository = {
  /** A page of actors; one extra row tells that more follow. */
  async page(db: Database, filter: ActorFilterValues, order: string, after: ActorKey | null, first: number): Promise<{ entity: EntityRow; key: ActorKey }[]> {
    const rows = await db.read('actor/page-actors', { filter, order, after, limit: neo4j.int(first + 1) });
    return rows.map((r) => {
      const entity = entityRow(r.entity);
      return { entity, key: { countKey: r.countKey as number, nameKey: r.nameKey as string, id: entity.id } };
    });
  },

  async count(db: Database, filter: ActorFilterValues): Promise<number> {
    const rows = await db.read('actor/count-actors', { filter });
    return rows[0].total as number;
  },
};
