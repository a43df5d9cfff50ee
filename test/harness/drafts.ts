/** A span of an article's text in code points, as the annotation format writes spans. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/**
 * What makes a statement of the annotation format (docs/annotation-format.md) one the extractor
 * proposed: AUTOMATIC provenance with its confidence and extractor, and its excerpt placed by
 * code-point offsets in `text` (where the excerpt first occurs). `span(offset, words)` is the span
 * of `words` that begins `offset` code points into the excerpt, for `speakerMention` and `cue`.
 */
export function extractorDraft(
  text: string,
  excerpt: string,
  confidence: number,
): { fields: { provenance: 'AUTOMATIC'; confidence: number; extractor: string; start: number; end: number }; span(offset: number, words: string): TextSpan } {
  const start = [...text.slice(0, text.indexOf(excerpt))].length;
  return {
    fields: { provenance: 'AUTOMATIC', confidence, extractor: 'stancegraph-extract 1.0', start, end: start + [...excerpt].length },
    span: (offset, words) => ({ start: start + offset, end: start + offset + [...words].length, text: words }),
  };
}
