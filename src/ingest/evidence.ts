/** A span of an article in Unicode code points, `[start, end)`, with the text it selects. */
export interface Span {
  start: number;
  end: number;
  excerpt: string;
}

/**
 * Finds `excerpt` in `text`; it must occur exactly once. Offsets are counted in code points
 * (not UTF-16 units) so that any client, in any language, selects the same characters.
 * Returns the span, or a sentence saying why there is none.
 */
export function locate(text: string, excerpt: string): Span | string {
  if (excerpt.length === 0) return 'the excerpt is empty.';
  const first = text.indexOf(excerpt);
  if (first < 0) return `the excerpt "${shorten(excerpt)}" does not occur in the article text.`;
  const second = text.indexOf(excerpt, first + 1);
  if (second >= 0) {
    return `the excerpt "${shorten(excerpt)}" occurs more than once in the article text (at code points ${codePoints(text, first)} and ${codePoints(text, second)}); lengthen it until it is unique.`;
  }
  const start = codePoints(text, first);
  return { start, end: start + [...excerpt].length, excerpt };
}

/** The text between code-point offsets `[start, end)`. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return [...text].slice(start, end).join('');
}

/** Number of code points in the first `utf16Index` UTF-16 units of `text`. */
function codePoints(text: string, utf16Index: number): number {
  return [...text.slice(0, utf16Index)].length;
}

function shorten(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
