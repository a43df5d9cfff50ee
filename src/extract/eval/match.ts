import { Span } from '../model';

/** Number of code points two sorted, disjoint span lists share. */
export function overlap(a: Span[], b: Span[]): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const lo = Math.max(a[i].start, b[j].start);
    const hi = Math.min(a[i].end, b[j].end);
    if (hi > lo) n += hi - lo;
    if (a[i].end < b[j].end) i++;
    else j++;
  }
  return n;
}

export function size(a: Span[]): number {
  return a.reduce((n, s) => n + s.end - s.start, 0);
}

/** Dice coefficient of two character sets: 2|A∩B| / (|A| + |B|). */
export function dice(a: Span[], b: Span[]): number {
  const total = size(a) + size(b);
  return total === 0 ? 0 : (2 * overlap(a, b)) / total;
}

export const MATCH_THRESHOLD = 0.5;

/**
 * One-to-one matching of predictions to gold statements, greedy by Dice: all pairs with
 * Dice ≥ 0.5 are sorted by Dice (ties by position) and taken in that order when both sides are
 * still free. Greedy is what the SpkAtt evaluation scripts do for span matching too; with the
 * 0.5 threshold two predictions rarely compete for one gold statement.
 * Returns pairs `[predictionIndex, goldIndex, dice]`.
 */
export function matchGreedy(predicted: Span[][], gold: Span[][]): [number, number, number][] {
  const pairs: [number, number, number][] = [];
  predicted.forEach((p, i) => {
    gold.forEach((g, j) => {
      if (p.length === 0 || g.length === 0 || p[p.length - 1].end <= g[0].start || g[g.length - 1].end <= p[0].start) return;
      const d = dice(p, g);
      if (d >= MATCH_THRESHOLD) pairs.push([i, j, d]);
    });
  });
  pairs.sort((a, b) => b[2] - a[2] || a[0] - b[0] || a[1] - b[1]);
  const takenP = new Set<number>();
  const takenG = new Set<number>();
  const out: [number, number, number][] = [];
  for (const pair of pairs) {
    if (takenP.has(pair[0]) || takenG.has(pair[1])) continue;
    takenP.add(pair[0]);
    takenG.add(pair[1]);
    out.push(pair);
  }
  return out;
}
