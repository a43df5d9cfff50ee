import { Span } from '../model';

/**
 * The article text with a map between code points and UTF-16 units. Offsets everywhere in the
 * extractor are code points; JavaScript strings index UTF-16 units. Most news text has no
 * character outside the Basic Multilingual Plane, so the maps are built only when one occurs.
 */
export class SourceText {
  /** UTF-16 index of each code point, plus the length at the end; undefined when they coincide. */
  private readonly unitOf?: Int32Array;
  /** Code point index of each UTF-16 unit; undefined when they coincide. */
  private readonly pointOf?: Int32Array;
  /** Length in code points. */
  readonly length: number;

  constructor(readonly text: string) {
    // A surrogate pair is the only way two units make one code point.
    if (!/[\uD800-\uDBFF]/.test(text)) {
      this.length = text.length;
      return;
    }
    const unitOf: number[] = [];
    const pointOf = new Int32Array(text.length + 1);
    let point = 0;
    for (let unit = 0; unit < text.length; point++) {
      unitOf.push(unit);
      const width = (text.codePointAt(unit) ?? 0) > 0xffff ? 2 : 1;
      for (let k = 0; k < width; k++) pointOf[unit + k] = point;
      unit += width;
    }
    unitOf.push(text.length);
    pointOf[text.length] = point;
    this.unitOf = Int32Array.from(unitOf);
    this.pointOf = pointOf;
    this.length = point;
  }

  /** Code-point offset of a UTF-16 index. */
  point(unit: number): number {
    return this.pointOf ? this.pointOf[unit] : unit;
  }

  /** UTF-16 index of a code-point offset. */
  unit(point: number): number {
    return this.unitOf ? this.unitOf[point] : point;
  }

  /** The characters between code-point offsets `[start, end)`. */
  slice(start: number, end: number): string {
    return this.text.slice(this.unit(start), this.unit(end));
  }

  /** The text of a span. */
  of(span: Span): string {
    return this.slice(span.start, span.end);
  }

  /** The code point at an offset, or '' past either end. */
  charAt(point: number): string {
    if (point < 0 || point >= this.length) return '';
    return String.fromCodePoint(this.text.codePointAt(this.unit(point)) ?? 0);
  }
}
