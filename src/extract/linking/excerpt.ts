import { Span } from '../model';
import { Attributed } from '../pipeline/attribution';
import { Analysed } from '../pipeline/document';

/**
 * The evidence span of a statement: its content (with the quotation marks of a quote), and its
 * cue and speaker mention where they stand in the same sentences, closed on the sentence's final
 * punctuation when it directly follows.
 */
export function excerptOf(doc: Analysed, s: Attributed): Span {
  let start = s.quote ? s.quote.start : s.start;
  let end = s.quote ? s.quote.end : s.end;
  const cue = s.cue ? { start: s.cue.start, end: doc.tokens[s.cue.tokens[s.cue.tokens.length - 1]].end } : null;
  for (const part of [cue, s.carried ? null : s.speaker]) {
    if (!part) continue;
    if (
      doc.tokens[tokenIndex(doc, part.start)]?.sentence !== s.sentence &&
      doc.tokens[tokenIndex(doc, part.end - 1)]?.sentence !== doc.tokens[s.last - 1].sentence
    )
      continue;
    start = Math.min(start, part.start);
    end = Math.max(end, part.end);
  }
  const after = doc.tokens[tokenIndex(doc, end - 1) + 1];
  if (after && after.start === end && /^[.!?…]$/.test(after.text)) end = after.end;
  return { start, end };
}

/** Index of the last token that starts at or before a code-point offset. */
function tokenIndex(doc: Analysed, point: number): number {
  let lo = 0;
  let hi = doc.tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.tokens[mid].start <= point) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
