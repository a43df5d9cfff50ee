import { Database } from '../../db/database';
import { EntityRow, StatementRow, entityRow, statementRow } from '../common/rows';

/**
 * Named Cypher calls of the statement domain, by id. Statement lists have a folder of their own
 * (list/): several strategies answer them.
 */
export const statementRepository = {
  async findByIds(db: Database, ids: readonly string[]): Promise<Map<string, StatementRow>> {
    const rows = await db.read('statement/find-statements-by-ids', { ids });
    return new Map(rows.map((r) => [r.id as string, statementRow(r.statement)]));
  },

  /** One entity per statement id (speaker, reporter or event), by the named query. */
  async findOneEntity(db: Database, query: 'find-speakers' | 'find-reporters' | 'find-events', ids: readonly string[]): Promise<Map<string, EntityRow>> {
    const rows = await db.read(`statement/${query}`, { ids });
    return new Map(rows.map((r) => [r.id as string, entityRow(r.entity)]));
  },

  async findAboutTargets(db: Database, ids: readonly string[]): Promise<Map<string, EntityRow[]>> {
    const rows = await db.read('statement/find-about-targets', { ids });
    return new Map(rows.map((r) => [r.id as string, (r.entities as unknown[]).map(entityRow)]));
  },

  async findStances(db: Database, ids: readonly string[]): Promise<Map<string, { stance: string; topic: EntityRow }[]>> {
    const rows = await db.read('statement/find-stances', { ids });
    return new Map(
      rows.map((r) => [r.id as string, (r.stances as { stance: string; topic: unknown }[]).map((s) => ({ stance: s.stance, topic: entityRow(s.topic) }))]),
    );
  },
};
