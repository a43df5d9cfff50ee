import { Database } from '../../db/database';
import { EntityRow, entityRow } from '../common/rows';

/** A relation an article states between two entities, seen from one of them. */
export interface RelationRow {
  type: string;
  fromId: string;
  toId: string;
  /** The entity at the other end, as seen from the entity asked about. */
  other: EntityRow;
  articleId: string | null;
  start: number | null;
  end: number | null;
  excerpt: string | null;
  note: string | null;
}

export interface FactRow {
  attribute: string;
  value: string | number;
  unit: string | null;
  articleId: string;
  start: number;
  end: number;
  excerpt: string;
}

export interface MentionRow {
  articleId: string;
  entityId: string;
  entity?: EntityRow;
  start: number | null;
  end: number | null;
  excerpt: string | null;
}

/** Named Cypher calls for what hangs off entities: relations, facts, mentions, manufacturers. */
export const entityRepository = {
  async findRelations(db: Database, ids: readonly string[], types: readonly string[], direction: string): Promise<Map<string, RelationRow[]>> {
    const rows = await db.read('entity/find-relations', { ids, types, direction });
    return new Map(rows.map((r) => [r.id as string, (r.relations as RelationRow[]).map((x) => ({ ...x, other: entityRow(x.other) }))]));
  },

  async findFacts(db: Database, ids: readonly string[]): Promise<Map<string, FactRow[]>> {
    const rows = await db.read('entity/find-facts', { ids });
    return new Map(rows.map((r) => [r.id as string, r.facts as FactRow[]]));
  },

  async findMentions(db: Database, ids: readonly string[]): Promise<Map<string, MentionRow[]>> {
    const rows = await db.read('entity/find-mentions', { ids });
    return new Map(rows.map((r) => [r.id as string, r.mentions as MentionRow[]]));
  },

  async findManufacturers(db: Database, ids: readonly string[]): Promise<Map<string, EntityRow>> {
    const rows = await db.read('entity/find-manufacturers', { ids });
    return new Map(rows.map((r) => [r.id as string, entityRow(r.entity)]));
  },
};
