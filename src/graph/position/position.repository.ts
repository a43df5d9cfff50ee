import { Database } from '../../db/database';
import { EntityRow, entityRow } from '../common/rows';

/** An actor's stance on a topic with the statements taking it. */
export interface PositionRow {
  actor: EntityRow;
  topic: EntityRow;
  stance: string;
  statementIds: string[];
}

const STANCE_ORDER: Record<string, number> = { SUPPORT: 0, OPPOSE: 1, NEUTRAL: 2 };

/** Positions in a stable order: by topic name, stance (support, oppose, neutral), then actor name. */
export function sortPositions(rows: PositionRow[]): PositionRow[] {
  const name = (e: EntityRow) => e.name.toLowerCase();
  return [...rows].sort(
    (a, b) =>
      name(a.topic).localeCompare(name(b.topic)) ||
      a.topic.id.localeCompare(b.topic.id) ||
      (STANCE_ORDER[a.stance] ?? 9) - (STANCE_ORDER[b.stance] ?? 9) ||
      name(a.actor).localeCompare(name(b.actor)) ||
      a.actor.id.localeCompare(b.actor.id),
  );
}

function toPositions(raw: unknown): PositionRow[] {
  return sortPositions((raw as PositionRow[]).map((p) => ({ ...p, actor: entityRow(p.actor), topic: entityRow(p.topic) })));
}

/** Named Cypher calls of the position domain. */
export const positionRepository = {
  async byTopics(db: Database, ids: readonly string[]): Promise<Map<string, PositionRow[]>> {
    const rows = await db.read('position/find-positions-by-topics', { ids });
    return new Map(rows.map((r) => [r.id as string, toPositions(r.positions)]));
  },

  async byActors(db: Database, ids: readonly string[], topic: string | null): Promise<Map<string, PositionRow[]>> {
    const rows = await db.read('position/find-positions-by-actors', { ids, topic });
    return new Map(rows.map((r) => [r.id as string, toPositions(r.positions)]));
  },
};
