import { GraphQLScalarType, Kind } from 'graphql';

import { isCalendarDate } from '../../calendar';
import { BadInputError } from '../../errors';

/** Thrown by the Date scalar for a value that is not a calendar date; reported as BAD_USER_INPUT. */
export class InvalidDateError extends Error {
  override name = 'InvalidDateError';
  constructor(readonly value: unknown) {
    super(`${describe(value)} is not a valid Date; use an ISO 8601 calendar date such as "2025-10-17".`);
  }
}

function parse(value: unknown): string {
  if (!isCalendarDate(value)) throw new InvalidDateError(value);
  return value;
}

/**
 * `Date`: an ISO 8601 calendar date such as `2025-10-17`, no time and no zone.
 * The database layer already hands dates over as `YYYY-MM-DD` strings, so values stay strings.
 */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'An ISO 8601 calendar date without time or zone, such as `2025-10-17`.',
  specifiedByURL: 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
  serialize: (value) => parse(value),
  parseValue: (value) => parse(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new InvalidDateError(ast.kind === Kind.INT || ast.kind === Kind.FLOAT ? Number(ast.value) : ast.kind);
    return parse(ast.value);
  },
});

/**
 * Refuses a range of days that starts after it ends (a BAD_USER_INPUT error naming both
 * arguments); an open end, or both, is no range to check.
 */
export function checkDateRange(fromArgument: string, from: string | null | undefined, toArgument: string, to: string | null | undefined): void {
  if (from && to && from > to) {
    throw new BadInputError(`Argument "${fromArgument}" (${from}) is after "${toArgument}" (${to}); no day can be in that range.`, {
      argument: fromArgument,
      value: from,
    });
  }
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return `The number ${value}`;
  return `A ${typeof value === 'object' ? 'non-string' : String(value).toLowerCase()} value`;
}
