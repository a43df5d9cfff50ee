/**
 * The annotation format (docs/annotation-format.md) as TypeScript types, after validation.
 * Everything here is plain data; `validate.ts` turns untrusted YAML/JSON into it.
 */

export const ENTITY_TYPES = ['Person', 'Organization', 'Country', 'Group', 'Weapon', 'Topic', 'Event'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Id prefix of each entity type; the prefix of an id fixes its type. */
export const PREFIX_OF: Readonly<Record<EntityType, string>> = {
  Person: 'person',
  Organization: 'org',
  Country: 'country',
  Group: 'group',
  Weapon: 'weapon',
  Topic: 'topic',
  Event: 'event',
};
export const TYPE_OF_PREFIX: Readonly<Record<string, EntityType>> = Object.fromEntries(
  Object.entries(PREFIX_OF).map(([type, prefix]) => [prefix, type as EntityType]),
);
export const ACTOR_TYPES: readonly EntityType[] = ['Person', 'Organization', 'Country', 'Group'];

export const SPEECH_MODES = ['DIRECT_QUOTE', 'INDIRECT_SPEECH', 'ASSESSMENT'] as const;
export const ATTRIBUTIONS = ['ON_RECORD', 'REPORTED', 'ALLEGED'] as const;
export const STANCES = ['SUPPORT', 'OPPOSE', 'NEUTRAL'] as const;
export const ORGANIZATION_KINDS = [
  'government body',
  'company',
  'media outlet',
  'alliance',
  'party',
  'military',
  'international organization',
  'other',
] as const;
export const EVENT_KINDS = ['meeting', 'phone call', 'press conference', 'social media post', 'war', 'other'] as const;

/** Relation types and the entity types allowed at each end. */
export const RELATION_TYPES: Readonly<Record<string, { from: readonly EntityType[]; to: readonly EntityType[] }>> = {
  HEAD_OF_STATE_OF: { from: ['Person'], to: ['Country'] },
  HEAD_OF_GOVERNMENT_OF: { from: ['Person'], to: ['Country'] },
  SPOKESPERSON_OF: { from: ['Person'], to: ['Person', 'Organization', 'Country'] },
  MEMBER_OF: { from: ACTOR_TYPES, to: ['Organization', 'Group'] },
  ADVISER_OF: { from: ACTOR_TYPES, to: ['Person'] },
  MANUFACTURER_OF: { from: ['Organization'], to: ['Weapon'] },
  ALLY_OF: { from: ACTOR_TYPES, to: ACTOR_TYPES },
  OPPONENT_OF: { from: ACTOR_TYPES, to: ACTOR_TYPES },
  PART_OF: { from: ['Organization', 'Group', 'Country'], to: ['Country', 'Organization', 'Group'] },
  LOCATED_IN: { from: ['Organization', 'Group', 'Event', 'Person'], to: ['Country'] },
  CITIZEN_OF: { from: ['Person', 'Group'], to: ['Country'] },
};

export type SpeechMode = (typeof SPEECH_MODES)[number];
export type Attribution = (typeof ATTRIBUTIONS)[number];
export type Stance = (typeof STANCES)[number];

export interface ArticleAnnotation {
  id: string;
  title: string;
  language: string;
  /** The article's text, read from `file` or given inline (the `ingestArticle` mutation). */
  text: string;
  url?: string;
  publishedAt?: string;
  source?: string;
  notes: string[];
}

export interface FactAnnotation {
  attribute: string;
  value: string | number;
  unit?: string;
  excerpt: string;
}

export interface EntityAnnotation {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  wikidataId?: string;
  description?: string;
  notes: string[];
  facts: FactAnnotation[];
  /** Where the article names it (events: where it reports the event). */
  excerpt?: string;
  // Type-specific attributes.
  anonymous?: boolean;
  roles?: string[];
  kind?: string;
  isoCode?: string;
  category?: string;
  manufacturer?: string;
  rangeKm?: number;
  unitCostUsd?: number;
  annualProduction?: string;
  date?: string;
  place?: string;
  participants?: string[];
}

export interface RelationAnnotation {
  type: string;
  from: string;
  to: string;
  excerpt: string;
  note?: string;
}

export interface StatementAnnotation {
  id: string;
  speaker: string;
  text: string;
  translation?: string;
  mode: SpeechMode;
  attribution: Attribution;
  reportedBy?: string;
  event?: string;
  date?: string;
  about: string[];
  stances: { topic: string; stance: Stance }[];
  excerpt: string;
  notes: string[];
}

export interface Annotation {
  article: ArticleAnnotation;
  entities: EntityAnnotation[];
  relations: RelationAnnotation[];
  statements: StatementAnnotation[];
}

/** One problem in an annotation file, with the path of the offending value. */
export interface Problem {
  path: string;
  message: string;
}

/** An annotation file with problems: nothing of it is written. The message lists every problem. */
export class AnnotationError extends Error {
  override name = 'AnnotationError';
  constructor(
    readonly source: string,
    readonly problems: Problem[],
  ) {
    super(
      `${source} has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was written:\n` +
        problems.map((p) => `  ${p.path}: ${p.message}`).join('\n'),
    );
  }
}
