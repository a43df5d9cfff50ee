/**
 * The node labels and relationship types of the graph (README "The graph"). Cypher files may name
 * these and nothing else (test/cypher-files checks), so a renamed type cannot leave a query that
 * silently matches nothing. Pure data.
 */
import { ENTITY_TYPES } from './entities';
import { RELATION_TYPES } from './relations';

/** Labels of the nodes that are not entities. */
/** Drafts are articles under review; a Publication records one publish of a draft. */
export const NODE_KINDS = Object.freeze(['Article', 'Statement', 'Fact', 'Draft', 'Publication'] as const);

/** Every node label: `:Entity` plus the type label, `:Actor` on actors, and the other node kinds. */
export const NODE_LABELS = Object.freeze(['Entity', 'Actor', ...ENTITY_TYPES, ...NODE_KINDS]);

/**
 * Relationships that tie statements, articles, facts and events to what they concern, with the
 * words the dashboard reads a path step with ("Trump said …", "… is about Putin"). `path` marks
 * the ones a connection may walk, besides the stated relations: articles, mentions and facts are
 * left out, or every entity of an article would be two steps from every other.
 */
export const LINK_TYPE_INFO = Object.freeze({
  SAID: { words: 'said', path: true },
  ABOUT: { words: 'is about', path: true },
  TAKES_STANCE: { words: 'takes a stance on', path: true },
  REPORTED_BY: { words: 'reported by', path: true },
  AT_EVENT: { words: 'made at', path: true },
  PARTICIPATED_IN: { words: 'took part in', path: true },
  IN_ARTICLE: { words: 'is in', path: false },
  MENTIONS: { words: 'mentions', path: false },
  HAS_FACT: { words: 'has the fact', path: false },
  STATED_IN: { words: 'is stated in', path: false },
  PUBLISHED_BY: { words: 'published by', path: false },
  HAS_PUBLICATION: { words: 'was published in', path: false },
} as const);

export type LinkType = keyof typeof LINK_TYPE_INFO;
export const LINK_TYPES = Object.freeze(Object.keys(LINK_TYPE_INFO) as LinkType[]);

/** Every relationship type of the graph. */
export const RELATIONSHIP_TYPES = Object.freeze([...LINK_TYPES, ...RELATION_TYPES]);

/** What a connection walks: the stated relations, then the links marked `path`. */
export const PATH_TYPES = Object.freeze([...RELATION_TYPES, ...LINK_TYPES.filter((t) => LINK_TYPE_INFO[t].path)]);

/**
 * What one article states between entities and removes again when it is ingested anew: the stated
 * relations and the participations in events, each carrying the article's id.
 */
export const ARTICLE_RELATIONSHIP_TYPES = Object.freeze([...RELATION_TYPES, 'PARTICIPATED_IN' as const]);
