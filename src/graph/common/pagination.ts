import { Field, ObjectType } from 'type-graphql';

import { BadInputError } from '../../errors';

/** The largest page any list field returns. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType({ simpleResolvers: true, description: 'Where a page sits in its list (Relay cursor connections).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when more items follow this page: pass `endCursor` as `after` to get them.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, {
    description:
      'True when items come before this page: it was asked for `after` a cursor. Lists page forward only, so a page asked for without `after` has none before it.',
  })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'The cursor of the first item of this page; null when the page is empty.' })
  startCursor!: string | null;

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

type KeyField = 'string' | 'number';

/**
 * The keyset cursor of a list: the sort key of an item, field by field, in the list's sort order.
 * Cursors are opaque to clients: base64url of a JSON array holding a tag (the list and its order)
 * and the key's values in field order. Keyset pagination resumes strictly after the key.
 */
export interface Keyset<K> {
  encode(tag: string, key: K): string;
  /**
   * Decodes `after` for the list `tag`; null when absent. A malformed cursor, or one taken from
   * another list or order, is a BAD_USER_INPUT error naming the argument.
   */
  decode(argument: string, cursor: string | null | undefined, tag: string): K | null;
}

/** The keyset of keys with these fields, in sort order: `keyset<ArticleKey>([['dateKey', 'number'], ['id', 'string']])`. */
export function keyset<K extends Record<string, string | number>>(fields: readonly (readonly [keyof K & string, KeyField])[]): Keyset<K> {
  return {
    encode: (tag, key) => Buffer.from(JSON.stringify([tag, ...fields.map(([name]) => key[name])]), 'utf8').toString('base64url'),
    decode(argument, cursor, tag) {
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
      if (!Array.isArray(decoded) || decoded[0] !== tag || decoded.length !== fields.length + 1) throw bad();
      const values = decoded.slice(1);
      if (!values.every((v, i) => typeof v === fields[i][1] && (typeof v !== 'number' || Number.isFinite(v)))) throw bad();
      return Object.fromEntries(fields.map(([name], i) => [name, values[i]])) as K;
    },
  };
}

/** A page of a connection as resolvers return it; `count` runs only when `totalCount` is selected. */
export interface Page<N> {
  edges: { cursor: string; node: N }[];
  pageInfo: PageInfo;
  count: () => Promise<number>;
}

/**
 * A page of keyset results: `rows` holds up to `first + 1` rows in list order; the extra one only
 * says that more follow. `after` is the cursor the page was asked for after (null for the first).
 */
export function pageOf<R, N>(
  rows: readonly R[],
  request: { first: number; after: unknown },
  toNode: (row: R) => N,
  cursorOf: (row: R) => string,
  count: () => Promise<number>,
): Page<N> {
  const edges = rows.slice(0, request.first).map((row) => ({ cursor: cursorOf(row), node: toNode(row) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > request.first,
      hasPreviousPage: request.after !== null && request.after !== undefined,
      startCursor: edges.length ? edges[0].cursor : null,
      endCursor: edges.length ? edges[edges.length - 1].cursor : null,
    },
    count,
  };
}
