/**
 * The kinds of entity the graph holds, each with the id prefix that fixes its type, whether it is
 * an actor (can speak and hold positions), and the words the API and the dashboard use for it.
 * The one place these are defined: the annotation validator, the GraphQL enums, the Cypher
 * callers and the dashboard all read them from here. Pure data: no imports, no I/O.
 */

interface EntityTypeInfo {
  /** The id prefix: `person` in `person:donald-trump`. */
  readonly prefix: string;
  /** Actors can speak and take positions; they carry the `:Actor` label too. */
  readonly actor: boolean;
  /** The GraphQL enum value (`EntityType.PERSON`). */
  readonly enumKey: string;
  readonly plural: string;
}

/** Every entity type, in the order the dashboard lists them (search groups, legends). */
export const ENTITY_TYPE_INFO = Object.freeze({
  Person: { prefix: 'person', actor: true, enumKey: 'PERSON', plural: 'People' },
  Organization: { prefix: 'org', actor: true, enumKey: 'ORGANIZATION', plural: 'Organizations' },
  Country: { prefix: 'country', actor: true, enumKey: 'COUNTRY', plural: 'Countries' },
  Group: { prefix: 'group', actor: true, enumKey: 'GROUP', plural: 'Groups' },
  Topic: { prefix: 'topic', actor: false, enumKey: 'TOPIC', plural: 'Topics' },
  Weapon: { prefix: 'weapon', actor: false, enumKey: 'WEAPON', plural: 'Weapons' },
  Event: { prefix: 'event', actor: false, enumKey: 'EVENT', plural: 'Events' },
} as const satisfies Record<string, EntityTypeInfo>);

export type EntityType = keyof typeof ENTITY_TYPE_INFO;
export type ActorType = { [T in EntityType]: (typeof ENTITY_TYPE_INFO)[T]['actor'] extends true ? T : never }[EntityType];

export const ENTITY_TYPES = Object.freeze(Object.keys(ENTITY_TYPE_INFO) as EntityType[]);
export const ACTOR_TYPES = Object.freeze(ENTITY_TYPES.filter((t) => ENTITY_TYPE_INFO[t].actor) as ActorType[]);

/** Id prefix of each entity type; the prefix of an id fixes its type. */
export const PREFIX_OF = Object.freeze(Object.fromEntries(ENTITY_TYPES.map((t) => [t, ENTITY_TYPE_INFO[t].prefix])) as Record<EntityType, string>);
export const TYPE_OF_PREFIX: Readonly<Record<string, EntityType>> = Object.freeze(Object.fromEntries(ENTITY_TYPES.map((t) => [ENTITY_TYPE_INFO[t].prefix, t])));

/** Id prefixes of entities that can speak (persons, organizations, countries, groups). */
export const ACTOR_PREFIXES = Object.freeze(ACTOR_TYPES.map((t) => PREFIX_OF[t]));
/** Id prefixes of every entity type. */
export const ENTITY_PREFIXES = Object.freeze(ENTITY_TYPES.map((t) => PREFIX_OF[t]));

/** Ids: `<prefix>:<slug>`, the slug lower-case ASCII words joined by single hyphens. */
export const ID_PATTERN = /^([a-z]+):[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The slug of a name, as ids use it: lower-case ASCII words joined by hyphens, German letters
 * spelt out (ä → ae, ß → ss) and other accents dropped: "Jürgen Müller-Weiß" → "juergen-mueller-weiss".
 */
export function slugOf(name: string): string {
  return name
    .replace(/[ÄäÖöÜü]/g, (c) => ({ Ä: 'Ae', ä: 'ae', Ö: 'Oe', ö: 'oe', Ü: 'Ue', ü: 'ue' })[c] as string)
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)
    .replace(/-+$/, '');
}

/** The prefix of an id: `person` for `person:donald-trump`. */
export function prefixOf(id: string): string {
  return id.slice(0, id.indexOf(':'));
}

/** Ids of the other node kinds; they are no entities. */
export const ARTICLE_PREFIX = 'article';
export const STATEMENT_PREFIX = 'statement';
/** Drafts under review and the records of their publishes. */
export const DRAFT_PREFIX = 'draft';
export const PUBLICATION_PREFIX = 'publication';

/** The entity type an id's prefix names (`person:…` → Person), or undefined. */
export function entityTypeOfId(id: string): EntityType | undefined {
  return TYPE_OF_PREFIX[prefixOf(id)];
}

export function isActorType(type: string): type is ActorType {
  return (ACTOR_TYPES as readonly string[]).includes(type);
}

/** What an organization is; the annotation's `kind` of an `org:` entity. */
export const ORGANIZATION_KINDS = Object.freeze([
  'government body',
  'company',
  'media outlet',
  'alliance',
  'party',
  'military',
  'international organization',
  'other',
] as const);

/** What an event is; the annotation's `kind` of an `event:` entity. */
export const EVENT_KINDS = Object.freeze(['meeting', 'phone call', 'press conference', 'social media post', 'war', 'other'] as const);
