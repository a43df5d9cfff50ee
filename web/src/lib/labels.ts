/**
 * Words and colours for the API's enums and entity types, in one place so that every view,
 * the legend and the CSV say the same thing. Pure: no DOM.
 */

export type EntityType = 'Person' | 'Organization' | 'Country' | 'Group' | 'Weapon' | 'Topic' | 'Event' | 'Article' | 'Statement';
export type SpeechMode = 'DIRECT_QUOTE' | 'INDIRECT_SPEECH' | 'ASSESSMENT';
export type Attribution = 'ON_RECORD' | 'REPORTED' | 'ALLEGED';
export type Stance = 'SUPPORT' | 'OPPOSE' | 'NEUTRAL';
/** A cell or edge where one actor both supports and opposes: shown, never hidden. */
export type StanceOrMixed = Stance | 'MIXED';

/** Order in which types are listed (search groups, legends). */
export const ENTITY_TYPES: readonly EntityType[] = ['Person', 'Organization', 'Country', 'Group', 'Topic', 'Weapon', 'Event'];
export const ACTOR_TYPES: readonly EntityType[] = ['Person', 'Organization', 'Country', 'Group'];

export const TYPE_COLOURS: Record<EntityType, string> = {
  Person: '#2563eb',
  Organization: '#0d9488',
  Country: '#4f46e5',
  Group: '#a16207',
  Topic: '#db2777',
  Weapon: '#475569',
  Event: '#ea580c',
  Article: '#334155',
  Statement: '#64748b',
};

export const TYPE_PLURALS: Record<EntityType, string> = {
  Person: 'People',
  Organization: 'Organizations',
  Country: 'Countries',
  Group: 'Groups',
  Topic: 'Topics',
  Weapon: 'Weapons',
  Event: 'Events',
  Article: 'Articles',
  Statement: 'Statements',
};

export const MODE_LABELS: Record<SpeechMode, string> = {
  DIRECT_QUOTE: 'Direct quote',
  INDIRECT_SPEECH: 'Indirect speech',
  ASSESSMENT: 'Assessment',
};

export const ATTRIBUTION_LABELS: Record<Attribution, string> = {
  ON_RECORD: 'On record',
  REPORTED: 'Reported',
  ALLEGED: 'Alleged',
};

export const STANCE_LABELS: Record<StanceOrMixed, string> = {
  SUPPORT: 'Supports',
  OPPOSE: 'Opposes',
  NEUTRAL: 'Neutral',
  MIXED: 'Mixed',
};

/** A symbol beside every stance colour, so the difference never rests on colour alone. */
export const STANCE_SYMBOLS: Record<StanceOrMixed, string> = {
  SUPPORT: '+',
  OPPOSE: '−',
  NEUTRAL: '○',
  MIXED: '±',
};

export const STANCE_COLOURS: Record<StanceOrMixed | 'NONE', string> = {
  SUPPORT: '#16a34a',
  OPPOSE: '#dc2626',
  NEUTRAL: '#6b7280',
  MIXED: '#7e22ce',
  NONE: '#94a3b8',
};

/** `DIRECT_QUOTE` → "Direct quote"; unknown values are shown as they come. */
export function modeLabel(mode: string): string {
  return MODE_LABELS[mode as SpeechMode] ?? mode;
}

/** "On record", "Reported by Axios", "Alleged (reported by Insiders)". */
export function attributionLabel(attribution: string, reportedBy?: string | null): string {
  const base = ATTRIBUTION_LABELS[attribution as Attribution] ?? attribution;
  if (!reportedBy) return base;
  return attribution === 'REPORTED' ? `Reported by ${reportedBy}` : `${base} (reported by ${reportedBy})`;
}

/** The type of an id from its prefix (`person:…` → Person), as the annotation format fixes it. */
export function typeOfId(id: string): EntityType | undefined {
  const prefix = id.slice(0, id.indexOf(':'));
  const map: Record<string, EntityType> = {
    person: 'Person',
    org: 'Organization',
    country: 'Country',
    group: 'Group',
    weapon: 'Weapon',
    topic: 'Topic',
    event: 'Event',
    article: 'Article',
    statement: 'Statement',
  };
  return map[prefix];
}

/** Combines the stances one actor took on one topic: the one kind, or MIXED when they differ. */
export function combineStances(stances: Iterable<Stance>): StanceOrMixed | undefined {
  const kinds = new Set(stances);
  if (kinds.size === 0) return undefined;
  // More than one kind (support and oppose, or a side and neutral) is shown as such, never
  // resolved into one: a contradiction is exactly what an analyst wants to see.
  return kinds.size === 1 ? [...kinds][0] : 'MIXED';
}
