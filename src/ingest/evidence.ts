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
  return { start, end: start + codePoints(excerpt, excerpt.length), excerpt };
}

/** The text between code-point offsets `[start, end)`. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return [...text].slice(start, end).join('');
}

/**
 * Number of code points in the first `utf16Index` UTF-16 units of `text`, as `[...text]` counts
 * them (a lone surrogate is one), without making that array: every excerpt of every article is
 * located at ingestion, and copying the text up to each one made it quadratic in article length.
 */
function codePoints(text: string, utf16Index: number): number {
  let n = utf16Index;
  for (let i = 0; i < utf16Index - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

function shorten(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
