import neo4j from 'neo4j-driver';

import { Database } from '../../db/database';
import { EntityRow, EntityTypeName, entityRow } from '../common/rows';
import { PositionSelection } from './selection';

/** Where a statement sits in reading order: what a position's first page and its cursors need. */
export interface StatementPlace {
  id: string;
  articleId: string;
  start: number;
}

/**
 * An entity of a position reduced to what the position query reads of it: enough for
 * `{ __typename id name }`. Its other fields are loaded by id when a client asks for them.
 */
export interface EntityRef {
  __typename: EntityTypeName;
  id: string;
  name: string;
  /** False: only the fields above are present. */
  complete: false;
}

/** An actor's stance on a topic: its statements counted, the first of them in reading order. */
export interface PositionRow {
  actor: EntityRow | EntityRef;
  topic: EntityRow | EntityRef;
  stance: string;
  statementCount: number;
  /** The first statements in reading order, as many as the selection asked for (`preview`). */
  preview: StatementPlace[];
  /** How many statement places were asked for: `preview` holds fewer only when there are no more. */
  previewLimit: number;
  /** Every statement id in reading order, when the selection asked for `statementIds`; else null. */
  statementIds: string[] | null;
}

const STANCE_ORDER: Record<string, number> = { SUPPORT: 0, OPPOSE: 1, NEUTRAL: 2 };

/** The collator `String.prototype.localeCompare` uses, made once: the same order at a fraction of the cost per comparison. */
const COLLATOR = new Intl.Collator();

/** Positions in a stable order: by topic name, stance (support, oppose, neutral), then actor name. */
export function sortPositions(rows: PositionRow[]): PositionRow[] {
  // Sort keys are computed once per row: a popular topic has a thousand positions, ten thousand
  // comparisons, and lower-casing both names in each comparison showed up in the server's CPU.
  const keyed = rows.map((row) => ({ row, topic: row.topic.name.toLowerCase(), actor: row.actor.name.toLowerCase(), stance: STANCE_ORDER[row.stance] ?? 9 }));
  keyed.sort(
    (a, b) =>
      (a.topic === b.topic ? 0 : COLLATOR.compare(a.topic, b.topic)) ||
      (a.row.topic.id === b.row.topic.id ? 0 : COLLATOR.compare(a.row.topic.id, b.row.topic.id)) ||
      a.stance - b.stance ||
      (a.actor === b.actor ? 0 : COLLATOR.compare(a.actor, b.actor)) ||
      (a.row.actor.id === b.row.actor.id ? 0 : COLLATOR.compare(a.row.actor.id, b.row.actor.id)),
  );
  return keyed.map((k) => k.row);
}

/**
 * A position as the position queries return it: a list, not a map, so that neither Neo4j nor the
 * driver builds a map per position or per statement (a popular topic has a thousand positions and
 * tens of thousands of statements). The preview's keys come as three parallel lists.
 */
type RawPosition = [
  entityId: string,
  entityName: string,
  entityType: EntityTypeName,
  stance: string,
  statementCount: number,
  previewIds: string[],
  previewArticleIds: string[],
  previewStarts: number[],
  statementIds: string[] | null,
];

/** The other side of a raw position (the actor of a topic's position, the topic of an actor's). */
function entityRef(p: RawPosition): EntityRef {
  return { __typename: p[2], id: p[0], name: p[1], complete: false };
}

/** A raw position as a row, with its owner and its other side (built in one go: no spread per position). */
function position(p: RawPosition, actor: EntityRow | EntityRef, topic: EntityRow | EntityRef, selection: PositionSelection): PositionRow {
  const ids = p[5];
  const articleIds = p[6];
  const starts = p[7];
  const preview = ids.map((id, i) => ({ id, articleId: articleIds[i], start: starts[i] }));
  return { actor, topic, stance: p[3], statementCount: p[4], preview, previewLimit: selection.preview, statementIds: p[8] };
}

/**
 * The position queries' rows (one per position, the owner's map on its first row, a row with no
 * position for an owner without any) grouped back per owner id, each owner's positions sorted.
 */
function groupPositions<K extends 'topic' | 'actor'>(
  rows: Record<string, unknown>[],
  owner: K,
  make: (owner: EntityRow, p: RawPosition) => PositionRow,
): Map<string, Record<K, EntityRow> & { positions: PositionRow[] }> {
  const groups = new Map<string, Record<K, EntityRow> & { positions: PositionRow[] }>();
  for (const r of rows) {
    const id = r.id as string;
    let group = groups.get(id);
    if (!group) {
      group = { [owner]: entityRow(r[owner]), positions: [] } as unknown as Record<K, EntityRow> & { positions: PositionRow[] };
      groups.set(id, group);
    }
    if (r.position) group.positions.push(make(group[owner], r.position as RawPosition));
  }
  for (const group of groups.values()) group.positions = sortPositions(group.positions);
  return groups;
}

function params(selection: PositionSelection) {
  return { preview: neo4j.int(selection.preview), withIds: selection.withIds };
}

/** Named Cypher calls of the position domain. */
export const positionRepository = {
  /** Positions per topic; the topic's own row (complete) comes once per topic. */
  async byTopics(db: Database, ids: readonly string[], selection: PositionSelection): Promise<Map<string, { topic: EntityRow; positions: PositionRow[] }>> {
    const rows = await db.read('position/find-positions-by-topics', { ids, ...params(selection) });
    return groupPositions(rows, 'topic', (topic, p) => position(p, entityRef(p), topic, selection));
  },

  /** Positions per actor (on one topic, or on all); the actor's own row (complete) comes once per actor. */
  async byActors(
    db: Database,
    ids: readonly string[],
    topic: string | null,
    selection: PositionSelection,
  ): Promise<Map<string, { actor: EntityRow; positions: PositionRow[] }>> {
    const rows = await db.read('position/find-positions-by-actors', { ids, topic, ...params(selection) });
    return groupPositions(rows, 'actor', (actor, p) => position(p, actor, entityRef(p), selection));
  },

  /** Every statement id of each position, in reading order (for `statementIds` the position query did not read). */
  async statementIds(db: Database, keys: readonly { actor: string; topic: string; stance: string }[]): Promise<string[][]> {
    const rows = await db.read('position/find-statement-ids', { positions: keys.map((k, i) => ({ ...k, i: neo4j.int(i) })) });
    const byIndex = new Map(rows.map((r) => [r.i as number, r.ids as string[]]));
    return keys.map((_k, i) => byIndex.get(i) ?? []);
  },
};
