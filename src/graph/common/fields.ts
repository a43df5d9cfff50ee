import { Field, ID, Int } from 'type-graphql';

/**
 * `@Field` for the kinds of field the API declares again and again: optional ids, counts and
 * code-point offsets. Each says what the field is and takes its description, which reaches the
 * SDL and the playground as `@Field`'s would.
 */

/** An optional id (`ID`, nullable), as filters take them: absent or null does not filter. */
export function OptionalId(description: string): PropertyDecorator {
  return Field(() => ID, { nullable: true, description });
}

/** A count of things (`Int!`). */
export function Count(description: string): PropertyDecorator {
  return Field(() => Int, { description });
}

/**
 * An offset into an article's text (`Int!`, or `Int` with `nullable`), in Unicode code points
 * as every span of the API counts them, not UTF-16 units.
 */
export function Offset(description: string, options: { nullable?: boolean } = {}): PropertyDecorator {
  return Field(() => Int, { ...options, description });
}
