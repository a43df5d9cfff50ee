import { Field, ObjectType } from 'type-graphql';

import { BadInputError } from '../../errors';

/** The largest page any list field returns. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType({ description: 'Where a page sits in its list (Relay cursor connections).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when more items follow this page: pass `endCursor` as `after` to get them.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'The cursor of the last item of this page; null when the page is empty.' })
  endCursor!: string | null;
}

/**
 * Checks a page size argument: null or absent means `fallback`; the bounds are inclusive.
 * Out of range is a BAD_USER_INPUT error naming the argument and the value.
 */
export function pageSize(argument: string, value: number | null | undefined, fallback = DEFAULT_PAGE_SIZE, max = MAX_PAGE_SIZE, min = 0): number {
  if (value === null || value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadInputError(`Argument "${argument}" is ${value}, but it must be a whole number from ${min} to ${max}.`, { argument, value });
  }
  return value;
}

/**
 * Cursors are opaque to clients: base64url of a JSON array holding a tag (the list and its
 * order) and the sort key of the item, ending with its id. Keyset pagination resumes after it.
 */
export function encodeCursor(tag: string, key: readonly (string | number | null)[]): string {
  return Buffer.from(JSON.stringify([tag, ...key]), 'utf8').toString('base64url');
}

/**
 * Decodes `after` for a list whose cursors carry `tag` and a key of `shape` (one type per position).
 * A malformed cursor, or one taken from another list or order, is a BAD_USER_INPUT error.
 */
export function decodeCursor(argument: string, cursor: string | null | undefined, tag: string, shape: readonly ('string' | 'number')[]): (string | number)[] | null {
  if (cursor === null || cursor === undefined) return null;
  const bad = () =>
    new BadInputError(
      `Argument "${argument}" has the invalid cursor ${JSON.stringify(cursor.length > 80 ? `${cursor.slice(0, 77)}...` : cursor)}; pass an endCursor returned by this same field with the same orderBy.`,
      { argument, value: cursor },
    );
  let decoded: unknown;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw bad();
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw bad();
  }
  if (!Array.isArray(decoded) || decoded[0] !== tag || decoded.length !== shape.length + 1) throw bad();
  const key = decoded.slice(1);
  if (!key.every((v, i) => typeof v === shape[i] && (typeof v !== 'number' || Number.isFinite(v)))) throw bad();
  return key as (string | number)[];
}

/** A page of keyset results: `rows` holds up to `limit + 1` rows; the extra one only says that more follow. */
export function pageOf<R, N>(rows: readonly R[], limit: number, toNode: (row: R) => N, cursorOf: (row: R) => string): { edges: { cursor: string; node: N }[]; pageInfo: PageInfo } {
  const page = rows.slice(0, limit);
  const edges = page.map((row) => ({ cursor: cursorOf(row), node: toNode(row) }));
  return { edges, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.length ? edges[edges.length - 1].cursor : null } };
}
