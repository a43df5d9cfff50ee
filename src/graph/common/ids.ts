import { BadInputError } from '../../errors';
import { ID_PATTERN, prefixOf } from '../../vocabulary';

/**
 * Checks a client-supplied id and returns it. A malformed id, or one of the wrong family
 * when `allowed` prefixes are given, is a BAD_USER_INPUT error naming the argument and the value.
 * A well-formed id that matches nothing is not an error here: lookups answer null or nothing.
 */
export function checkId(argument: string, value: string, allowed?: readonly string[], what?: string): string {
  if (!ID_PATTERN.test(value)) {
    throw new BadInputError(
      `Argument "${argument}" has the malformed id ${JSON.stringify(value)}; ids look like "person:donald-trump": a prefix, a colon, then lower-case words joined by hyphens.`,
      { argument, value },
    );
  }
  if (allowed && !allowed.includes(prefixOf(value))) {
    throw new BadInputError(
      `Argument "${argument}" must be ${what ?? `an id starting with ${allowed.map((p) => `"${p}:"`).join(', ')}`}, but got ${JSON.stringify(value)}.`,
      { argument, value },
    );
  }
  return value;
}

/** `checkId` for an optional argument. */
export function checkOptionalId(argument: string, value: string | null | undefined, allowed?: readonly string[], what?: string): string | null {
  return value === null || value === undefined ? null : checkId(argument, value, allowed, what);
}
