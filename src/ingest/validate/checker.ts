import { isCalendarDate } from '../../calendar';
import { ID_PATTERN } from '../../vocabulary';
import { Problem } from '../annotation';

export type Json = unknown;
export type Obj = Record<string, Json>;

/**
 * Ids and names are range-indexed, and Neo4j refuses index keys over about 8 KB: longer values
 * would fail inside the write. No real id or name comes near these lengths.
 */
export const MAX_ID_LENGTH = 200;
export const MAX_NAME_LENGTH = 300;

/**
 * Collects the problems of one annotation, each with its path. Every check reports what is wrong
 * and returns a harmless value, so that validation goes on and finds every problem at once.
 */
export class Checker {
  readonly problems: Problem[] = [];

  problem(path: string, message: string): void {
    this.problems.push({ path: path || '(root)', message });
  }

  object(raw: Json, at: string): Obj | undefined {
    if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) return raw as Obj;
    this.problem(at, raw === undefined ? 'is missing.' : `${show(raw)} is not an object.`);
    return undefined;
  }

  list(raw: Json, at: string, required: boolean): Json[] {
    if (raw === undefined || raw === null) {
      if (required) this.problem(at, 'is missing.');
      return [];
    }
    if (!Array.isArray(raw)) {
      this.problem(at, `${show(raw)} is not a list.`);
      return [];
    }
    return raw;
  }

  /** A non-empty string of at most `max` code points (when given). */
  string(raw: Json, at: string, required: boolean, max?: number): string | undefined {
    if (raw === undefined || raw === null) {
      if (required) this.problem(at, 'is missing.');
      return required ? '' : undefined;
    }
    if (typeof raw !== 'string' || raw.trim() === '') {
      this.problem(at, `${show(raw)} is not a non-empty string.`);
      return '';
    }
    const length = max === undefined ? 0 : [...raw].length;
    if (max !== undefined && length > max) this.problem(at, `${show(raw)} is ${length} characters long; at most ${max} are allowed here.`);
    return raw;
  }

  strings(raw: Json, at: string, max?: number): string[] {
    return this.list(raw, at, false).map((s, i) => this.string(s, `${at}[${i}]`, true, max)!);
  }

  pattern(raw: Json, at: string, pattern: RegExp, what: string, required: boolean): string | undefined {
    const s = this.string(raw, at, required);
    if (s && !pattern.test(s)) this.problem(at, `${show(s)} is not ${what}.`);
    return s;
  }

  id(raw: Json, at: string, prefix?: string): string {
    const s = this.string(raw, at, true, MAX_ID_LENGTH)!;
    if (!s || [...s].length > MAX_ID_LENGTH) return s;
    const match = ID_PATTERN.exec(s);
    if (!match) this.problem(at, `${show(s)} is not an id of the form "prefix:lower-case-slug".`);
    else if (prefix && match[1] !== prefix) this.problem(at, `${show(s)} must start with "${prefix}:".`);
    return s;
  }

  optionalId(raw: Json, at: string): string | undefined {
    return raw === undefined ? undefined : this.id(raw, at);
  }

  oneOf<T extends string>(raw: Json, at: string, allowed: readonly T[], required: boolean): T | undefined {
    const s = this.string(raw, at, required);
    if (s && !allowed.includes(s as T)) this.problem(at, `${show(s)} is not one of ${allowed.map((a) => `"${a}"`).join(', ')}.`);
    return s as T | undefined;
  }

  number(raw: Json, at: string): number | undefined {
    if (raw === undefined || raw === null) return undefined;
    if (typeof raw !== 'number' || !Number.isFinite(raw) || raw < 0) {
      this.problem(at, `${show(raw)} is not a non-negative number.`);
      return undefined;
    }
    return raw;
  }

  /** A whole number from 0 up, such as an offset. */
  offset(raw: Json, at: string): number | undefined {
    if (raw === undefined || raw === null) return undefined;
    if (typeof raw !== 'number' || !Number.isSafeInteger(raw) || raw < 0) {
      this.problem(at, `${show(raw)} is not a whole number from 0 up.`);
      return undefined;
    }
    return raw;
  }

  /** A number from 0 to 1, such as a confidence. */
  fraction(raw: Json, at: string): number | undefined {
    if (raw === undefined || raw === null) return undefined;
    if (typeof raw !== 'number' || !Number.isFinite(raw) || raw < 0 || raw > 1) {
      this.problem(at, `${show(raw)} is not a number from 0 to 1.`);
      return undefined;
    }
    return raw;
  }

  boolean(raw: Json, at: string): boolean | undefined {
    if (raw === undefined || raw === null) return undefined;
    if (typeof raw !== 'boolean') this.problem(at, `${show(raw)} is not true or false.`);
    return raw === true;
  }

  date(raw: Json, at: string): string | undefined {
    // YAML reads an unquoted 2025-10-17 as a Date; accept it as the calendar date it names.
    if (raw instanceof Date && !Number.isNaN(raw.getTime())) return raw.toISOString().slice(0, 10);
    const s = this.string(raw, at, false);
    if (s === undefined || s === '') return s || undefined;
    if (!isCalendarDate(s)) {
      this.problem(at, `${show(s)} is not a calendar date of the form YYYY-MM-DD.`);
      return undefined;
    }
    return s;
  }

  noUnknown(o: Obj, at: string, known: readonly string[]): void {
    for (const key of Object.keys(o)) {
      if (!known.includes(key)) this.problem(at ? `${at}.${key}` : key, `unknown field; expected one of ${known.join(', ')}.`);
    }
  }
}

/** A value as a problem quotes it: JSON, cut to 60 characters. */
export function show(value: Json): string {
  const s = JSON.stringify(value);
  return s === undefined ? String(value) : s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** "a Person", or "one of Person, Organization". */
export function orList(items: readonly string[]): string {
  return items.length === 1 ? `a ${items[0]}` : `one of ${items.join(', ')}`;
}
