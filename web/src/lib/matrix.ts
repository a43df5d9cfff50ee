/**
 * The stance matrix (actors × topics) built from the API's positions: one cell per actor and
 * topic with the number of statements per stance and their combination (MIXED when an actor
 * took more than one stance: contradictions are shown, not hidden). Pure: no DOM.
 */
import { Stance, StanceOrMixed, combineStances } from './labels';

export interface MatrixPosition {
  stance: Stance;
  actor: { id: string; name: string; __typename: string };
  topic: { id: string; name: string };
  statementCount: number;
}

export interface MatrixCell {
  actorId: string;
  topicId: string;
  counts: Record<Stance, number>;
  total: number;
  stance: StanceOrMixed;
}

export interface Matrix {
  actors: Array<{ id: string; name: string; type: string; total: number }>;
  topics: Array<{ id: string; name: string; total: number }>;
  cells: Map<string, MatrixCell>;
}

export const cellKey = (actorId: string, topicId: string) => `${actorId}~${topicId}`;

/** Builds the matrix; rows and columns with the most statements first, then by name. */
export function buildMatrix(positions: readonly MatrixPosition[], actorTypes: readonly string[] = []): Matrix {
  const cells = new Map<string, MatrixCell>();
  const actors = new Map<string, { id: string; name: string; type: string; total: number }>();
  const topics = new Map<string, { id: string; name: string; total: number }>();
  for (const p of positions) {
    if (actorTypes.length > 0 && !actorTypes.includes(p.actor.__typename)) continue;
    // A position without statements would be an empty claim; count at least one.
    const n = Math.max(p.statementCount, 1);
    const key = cellKey(p.actor.id, p.topic.id);
    const cell = cells.get(key) ?? { actorId: p.actor.id, topicId: p.topic.id, counts: { SUPPORT: 0, OPPOSE: 0, NEUTRAL: 0 }, total: 0, stance: p.stance };
    cell.counts[p.stance] += n;
    cell.total += n;
    cell.stance = combineStances((Object.keys(cell.counts) as Stance[]).filter((s) => cell.counts[s] > 0))!;
    cells.set(key, cell);
    const actor = actors.get(p.actor.id) ?? { id: p.actor.id, name: p.actor.name, type: p.actor.__typename, total: 0 };
    actor.total += n;
    actors.set(actor.id, actor);
    const topic = topics.get(p.topic.id) ?? { id: p.topic.id, name: p.topic.name, total: 0 };
    topic.total += n;
    topics.set(topic.id, topic);
  }
  const order = <T extends { name: string; total: number }>(a: T, b: T) => b.total - a.total || a.name.localeCompare(b.name);
  return { actors: [...actors.values()].sort(order), topics: [...topics.values()].sort(order), cells };
}
