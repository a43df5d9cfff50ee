/**
 * The relations an article can state between two entities, read from `from` to `to`, with the
 * entity types allowed at each end, the API's description and the dashboard's words. The one
 * place they are defined: the validator checks endpoints against them, the write path and the
 * path search take their names from here, and a test fails on a Cypher file naming another.
 */
import { ACTOR_TYPES, EntityType } from './entities';

interface RelationInfo {
  readonly from: readonly EntityType[];
  readonly to: readonly EntityType[];
  readonly description: string;
  /** How the dashboard reads it between the two names: "Trump head of state of United States". */
  readonly words: string;
  /** Ties a person to a body it belongs to, leads, speaks for or advises (an entity's affiliations). */
  readonly affiliation: boolean;
}

export const RELATION_TYPE_INFO = Object.freeze({
  HEAD_OF_STATE_OF: {
    from: ['Person'],
    to: ['Country'],
    description: 'A person is head of state of a country.',
    words: 'head of state of',
    affiliation: true,
  },
  HEAD_OF_GOVERNMENT_OF: {
    from: ['Person'],
    to: ['Country'],
    description: 'A person is head of government of a country.',
    words: 'head of government of',
    affiliation: true,
  },
  SPOKESPERSON_OF: {
    from: ['Person'],
    to: ['Person', 'Organization', 'Country'],
    description: 'A person speaks for a person, organization or country.',
    words: 'spokesperson of',
    affiliation: true,
  },
  MEMBER_OF: {
    from: ACTOR_TYPES,
    to: ['Organization', 'Group'],
    description: 'An actor is a member of an organization or group.',
    words: 'member of',
    affiliation: true,
  },
  ADVISER_OF: { from: ACTOR_TYPES, to: ['Person'], description: 'An actor advises a person.', words: 'adviser of', affiliation: true },
  MANUFACTURER_OF: { from: ['Organization'], to: ['Weapon'], description: 'An organization makes a weapon.', words: 'manufacturer of', affiliation: false },
  ALLY_OF: { from: ACTOR_TYPES, to: ACTOR_TYPES, description: 'An actor is an ally of, or backs, another.', words: 'ally of', affiliation: false },
  OPPONENT_OF: { from: ACTOR_TYPES, to: ACTOR_TYPES, description: 'An actor opposes, or is at war with, another.', words: 'opponent of', affiliation: false },
  PART_OF: {
    from: ['Organization', 'Group', 'Country'],
    to: ['Country', 'Organization', 'Group'],
    description: 'An organization, group or country is part of another.',
    words: 'part of',
    affiliation: true,
  },
  LOCATED_IN: {
    from: ['Organization', 'Group', 'Event', 'Person'],
    to: ['Country'],
    description: 'An organization, group, event or person is located in a country.',
    words: 'located in',
    affiliation: false,
  },
  CITIZEN_OF: {
    from: ['Person', 'Group'],
    to: ['Country'],
    description: 'A person or group holds the citizenship of a country.',
    words: 'citizen of',
    affiliation: true,
  },
} as const satisfies Record<string, RelationInfo>);

export type RelationType = keyof typeof RELATION_TYPE_INFO;
export const RELATION_TYPES = Object.freeze(Object.keys(RELATION_TYPE_INFO) as RelationType[]);
export const AFFILIATION_TYPES = Object.freeze(RELATION_TYPES.filter((t) => RELATION_TYPE_INFO[t].affiliation));

export function isRelationType(type: string): type is RelationType {
  return Object.prototype.hasOwnProperty.call(RELATION_TYPE_INFO, type);
}
