/**
 * Words and colours for the API's enums and entity types, in one place so that every view,
 * the legend and the CSV say the same thing. Pure: no DOM.
 */

import {
  ACTOR_TYPES as ACTOR_TYPE_NAMES,
  ARTICLE_PREFIX,
  ATTRIBUTION_INFO,
  ENTITY_TYPES as ENTITY_TYPE_NAMES,
  ENTITY_TYPE_INFO,
  PROVENANCE_INFO,
  SPEECH_MODE_INFO,
  STANCE_INFO,
  STATEMENT_PREFIX,
  entityTypeOfId,
  prefixOf,
} from '../../../src/vocabulary';
import type { Attribution, Provenance, SpeechMode, Stance } from '../../../src/vocabulary';
import type { DraftDecision, DraftOrigin } from '../../../src/drafts/model';

export type { Attribution, DraftDecision, DraftOrigin, Provenance, SpeechMode, Stance };
/** What a node can be: an entity type, or an article or statement. */
export type EntityType = keyof typeof ENTITY_TYPE_INFO | 'Article' | 'Statement';
/** A cell or edge where one actor both supports and opposes: shown, never hidden. */
export type StanceOrMixed = Stance | 'MIXED';

/** Order in which types are listed (search groups, legends). */
export const ENTITY_TYPES: readonly EntityType[] = ENTITY_TYPE_NAMES;
export const ACTOR_TYPES: readonly EntityType[] = ACTOR_TYPE_NAMES;

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

export const TYPE_PLURALS = {
  ...(Object.fromEntries(ENTITY_TYPE_NAMES.map((t) => [t, ENTITY_TYPE_INFO[t].plural])) as Record<keyof typeof ENTITY_TYPE_INFO, string>),
  Article: 'Articles',
  Statement: 'Statements',
} satisfies Record<EntityType, string>;

const labels = <K extends string>(info: Readonly<Record<K, { readonly label: string }>>) =>
  Object.fromEntries(Object.entries<{ label: string }>(info).map(([k, v]) => [k, v.label])) as Record<K, string>;

export const MODE_LABELS: Record<SpeechMode, string> = labels(SPEECH_MODE_INFO);
export const ATTRIBUTION_LABELS: Record<Attribution, string> = labels(ATTRIBUTION_INFO);
export const PROVENANCE_LABELS: Record<Provenance, string> = labels(PROVENANCE_INFO);

export const STANCE_LABELS: Record<StanceOrMixed, string> = { ...labels(STANCE_INFO), MIXED: 'Mixed' };

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

/** "Curated", "Automatic (confidence 0.82)": who made the statement, and how sure the machine was. */
export function provenanceLabel(provenance: string, confidence?: number | null): string {
  const base = PROVENANCE_LABELS[provenance as Provenance] ?? provenance;
  return confidence === null || confidence === undefined || provenance === 'CURATED' ? base : `${base} (confidence ${confidence.toFixed(2)})`;
}

/** "On record", "Reported by Axios", "Alleged (reported by Insiders)". */
export function attributionLabel(attribution: string, reportedBy?: string | null): string {
  const base = ATTRIBUTION_LABELS[attribution as Attribution] ?? attribution;
  if (!reportedBy) return base;
  return attribution === 'REPORTED' ? `Reported by ${reportedBy}` : `${base} (reported by ${reportedBy})`;
}

/** The type of an id from its prefix (`person:…` → Person), as the annotation format fixes it. */
export function typeOfId(id: string): EntityType | undefined {
  const prefix = prefixOf(id);
  if (prefix === ARTICLE_PREFIX) return 'Article';
  if (prefix === STATEMENT_PREFIX) return 'Statement';
  return entityTypeOfId(id);
}

/** Combines the stances one actor took on one topic: the one kind, or MIXED when they differ. */
export function combineStances(stances: Iterable<Stance>): StanceOrMixed | undefined {
  const kinds = new Set(stances);
  if (kinds.size === 0) return undefined;
  // More than one kind (support and oppose, or a side and neutral) is shown as such, never
  // resolved into one: a contradiction is exactly what an analyst wants to see.
  return kinds.size === 1 ? [...kinds][0] : 'MIXED';
}

/** What a person decided about a draft statement, and where it came from. */
export const DECISION_LABELS: Record<DraftDecision, string> = { PENDING: 'Pending', ACCEPTED: 'Accepted', REJECTED: 'Rejected' };
export const ORIGIN_LABELS: Record<DraftOrigin, string> = { PROPOSED: 'Proposed', ADDED: 'Added', PUBLISHED: 'Published' };

/** The API's EntityType enum value of a type (`Person` → `PERSON`), and back. */
export function entityTypeEnum(type: keyof typeof ENTITY_TYPE_INFO): string {
  return ENTITY_TYPE_INFO[type].enumKey;
}
export function entityTypeOfEnum(value: string): keyof typeof ENTITY_TYPE_INFO | undefined {
  return ENTITY_TYPE_NAMES.find((t) => ENTITY_TYPE_INFO[t].enumKey === value);
}
