/**
 * Text by Unicode code points, the unit of the API's evidence offsets (`Evidence.start/end`).
 * JavaScript strings count UTF-16 code units, so a character outside the BMP (an emoji, some
 * CJK) would shift every offset after it if sliced with `String.slice`. Pure: no DOM.
 */

/** `text` from code point `start` (inclusive) to `end` (exclusive). */
export function sliceCodePoints(text: string, start: number, end?: number): string {
  return Array.from(text).slice(start, end).join('');
}

/** A span of the text to mark, e.g. one statement's evidence. */
export interface Span {
  id: string;
  start: number;
  end: number;
}

/** A run of text covered by the same set of spans (`ids` empty for unmarked text). */
export interface Segment {
  text: string;
  start: number;
  end: number;
  ids: string[];
}

/**
 * Cuts `text` into consecutive segments at every span boundary, so overlapping and nested
 * spans (two statements sharing one sentence) can all be marked. Joining the segments gives
 * back `text`; joining those whose `ids` include a span gives exactly that span's text.
 * Spans outside the text are clipped; empty ones are ignored.
 */
export function segmentText(text: string, spans: readonly Span[]): Segment[] {
  const chars = Array.from(text);
  const length = chars.length;
  const valid = spans.map((s) => ({ id: s.id, start: Math.max(0, s.start), end: Math.min(length, s.end) })).filter((s) => s.end > s.start);
  const cuts = new Set<number>([0, length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i];
    const end = points[i + 1];
    const ids = valid.filter((s) => s.start <= start && s.end >= end).map((s) => s.id);
    segments.push({ text: chars.slice(start, end).join(''), start, end, ids });
  }
  return segments;
}

/** Lower-case, accents removed: for matching what a user typed against names client-side. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** How many code points `text` has (the API's unit), whatever its UTF-16 length. */
export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** The code-point offset of UTF-16 index `index` into `text` (a DOM or `indexOf` position). */
export function codePointOffset(text: string, index: number): number {
  return codePointLength(text.slice(0, index));
}

/**
 * The next place `words` occur in `text` at or after code point `from` (wrapping round to the
 * start), as code-point offsets; undefined when they do not occur.
 */
export function findCodePoints(text: string, words: string, from = 0): { start: number; end: number } | undefined {
  if (!words) return undefined;
  const fromIndex = Array.from(text).slice(0, from).join('').length;
  let index = text.indexOf(words, fromIndex);
  if (index < 0) index = text.indexOf(words);
  if (index < 0) return undefined;
  const start = codePointOffset(text, index);
  return { start, end: start + codePointLength(words) };
}
