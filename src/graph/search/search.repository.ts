import neo4j from 'neo4j-driver';

import { Database } from '../../db/database';
import { fold, nameQuery, stemmedAnyQuery, words } from '../common/lucene';
import { EntityRow, entityRow } from '../common/rows';

export interface RankedHit {
  entity: EntityRow;
  score: number;
}

/** How a name matches the query: 0 exactly, 1 word for word, 2 otherwise (prefix, fuzzy, stem). */
function tier(entity: EntityRow, query: string): number {
  const names = [entity.name, ...(entity.aliases ?? [])].map((n) => words(fold(n)).join(' '));
  if (names.includes(query)) return 0;
  const wanted = query.split(' ');
  if (names.some((n) => wanted.every((w) => n.split(' ').includes(w)))) return 1;
  return 2;
}

const TIER_BASE = [0.7, 0.4, 0];

/**
 * Orders full-text candidates: exact name or alias matches first (case and accents ignored), then
 * names containing every query word, then the rest; Lucene's score orders within each tier.
 * Scores are mapped into 0..1 so that they decrease down the list.
 */
export function rank(candidates: readonly { entity: EntityRow; score: number }[], text: string): RankedHit[] {
  const query = words(fold(text)).join(' ');
  const best = Math.max(...candidates.map((c) => c.score), 1e-9);
  return candidates
    .map((c) => {
      const t = tier(c.entity, query);
      return { entity: c.entity, tier: t, score: TIER_BASE[t] + (0.3 * c.score) / best };
    })
    .sort((a, b) => a.tier - b.tier || b.score - a.score || a.entity.id.localeCompare(b.entity.id))
    .map(({ entity, score }) => ({ entity, score: Math.round(score * 1e6) / 1e6 }));
}

/** Named Cypher calls of the search domain. */
export const searchRepository = {
  /** Entities matching `text` by name or alias, best first; [] when the text has no words. */
  async search(db: Database, text: string, types: readonly string[] | null, first: number): Promise<RankedHit[]> {
    const folded = nameQuery(text);
    const german = stemmedAnyQuery(text);
    if (!folded || !german || first === 0) return [];
    // Re-ranking needs more candidates than are shown: an exact match may score low in Lucene.
    const limit = Math.max(50, first * 3);
    const rows = await db.read('search/search-entities', { folded, german, types, limit: neo4j.int(limit) });
    return rank(
      rows.map((r) => ({ entity: entityRow(r.entity), score: r.score as number })),
      text,
    ).slice(0, first);
  },
};
