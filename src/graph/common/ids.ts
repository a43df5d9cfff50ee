import { BadInputError } from '../../errors';
import { ACTOR_PREFIXES, ARTICLE_PREFIX, DRAFT_PREFIX, ENTITY_PREFIXES, ID_PATTERN, PREFIX_OF, prefixOf } from '../../vocabulary';

/** A family of ids an argument may take: the prefixes it allows, and how a refusal names it. */
export interface IdKind {
  readonly prefixes: readonly string[];
  readonly what: string;
}

/** The families of ids the API's arguments take: `checkId('topic', topic, ID_KINDS.topic)`. */
export const ID_KINDS = Object.freeze({
  entity: { prefixes: ENTITY_PREFIXES, what: 'an entity id' },
  actor: { prefixes: ACTOR_PREFIXES, what: 'an actor id ("person:", "org:", "country:" or "group:")' },
  topic: { prefixes: [PREFIX_OF.Topic], what: 'a topic id such as "topic:tomahawk-delivery-to-ukraine"' },
  event: { prefixes: [PREFIX_OF.Event], what: 'an event id such as "event:white-house-meeting-2025-10-17"' },
  article: { prefixes: [ARTICLE_PREFIX], what: 'an article id such as "article:trump-tomahawk-2025-10"' },
  draft: { prefixes: [DRAFT_PREFIX], what: 'a draft id such as "draft:3f2a…" (from saveDraft or drafts)' },
} satisfies Record<string, IdKind>);

/**
 * Checks a client-supplied id and returns it. A malformed id, or one of another family than
 * `kind` when it is given, is a BAD_USER_INPUT error naming the argument and the value.
 * A well-formed id that matches nothing is not an error here: lookups answer null or nothing.
 */
export function checkId(argument: string, value: string, kind?: IdKind): string {
  if (!ID_PATTERN.test(value)) {
    throw new BadInputError(
      `Argument "${argument}" has the malformed id ${JSON.stringify(value)}; ids look like "person:donald-trump": a prefix, a colon, then lower-case words joined by hyphens.`,
      { argument, value },
    );
  }
  if (kind && !kind.prefixes.includes(prefixOf(value))) {
    throw new BadInputError(`Argument "${argument}" must be ${kind.what}, but got ${JSON.stringify(value)}.`, { argument, value });
  }
  return value;
}

/** `checkId` for an optional argument. */
export function checkOptionalId(argument: string, value: string | null | undefined, kind?: IdKind): string | null {
  return value === null || value === undefined ? null : checkId(argument, value, kind);
}
