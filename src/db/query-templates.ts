import { ARTICLE_RELATIONSHIP_TYPES, PATH_TYPES, RELATION_TYPES } from '../vocabulary';

/**
 * The vocabulary values Cypher files name through `{{placeholders}}` (see queries.ts): lists of
 * relationship types, written `A|B|C` as a pattern takes them. They are filled in when the queries
 * are loaded, so the planner sees fixed types (and expands only those relationships of a dense
 * node), while the vocabulary stays the only place that lists them.
 */
export const TEMPLATE_VALUES: Readonly<Record<string, string>> = Object.freeze({
  /** Every stated relation type: `HEAD_OF_STATE_OF|…|CITIZEN_OF`. */
  statedRelationTypes: RELATION_TYPES.join('|'),
  /** What an article states between entities, and removes when ingested again. */
  articleRelationshipTypes: ARTICLE_RELATIONSHIP_TYPES.join('|'),
  /** What a connection between two entities walks. */
  pathTypes: PATH_TYPES.join('|'),
});
