/**
 * The words of discourse networks (docs/networks.md), as the Discourse Network Analyzer (DNA)
 * defines them: how stances become qualifier levels, how two actors' stances are aggregated into
 * an edge, how edge weights are normalised, which statements count once, and the units of time
 * windows. The GraphQL enums, the Cypher callers, the exports and the dashboard read them from
 * here. Pure data.
 */
import type { Stance } from './statements';

/**
 * Each stance as a level of DNA's qualifier: SUPPORT +1, NEUTRAL 0, OPPOSE -1, so |K| - 1 = 2 and
 * two stances one level apart (support and neutral) agree by half.
 */
export const STANCE_LEVELS: Readonly<Record<Stance, number>> = Object.freeze({ SUPPORT: 1, NEUTRAL: 0, OPPOSE: -1 });

/** |K| - 1 of the three-level qualifier. */
export const QUALIFIER_SPAN = 2;

export const QUALIFIER_INFO = Object.freeze({
  TERNARY: {
    description: 'SUPPORT +1, NEUTRAL 0, OPPOSE -1 (|K| - 1 = 2): support and neutral agree by half, support and oppose not at all.',
  },
  BINARY: {
    description:
      "DNA's binary qualifier: only SUPPORT and OPPOSE count (NEUTRAL stances are left out), and two stances either agree or conflict; gives DNA's binary numbers exactly.",
  },
} as const);
export type Qualifier = keyof typeof QUALIFIER_INFO;

/** The levels that count under each qualifier: a stance missing here is left out of the network. */
export const QUALIFIER_LEVELS: Readonly<Record<Qualifier, Readonly<Partial<Record<Stance, number>>>>> = Object.freeze({
  TERNARY: STANCE_LEVELS,
  // Levels +1 and -1 with the span of 2 give the factors 1 (agree) and 0 (conflict) of DNA's
  // binary qualifier (agree 1, disagree 0, |K| - 1 = 1).
  BINARY: Object.freeze({ SUPPORT: 1, OPPOSE: -1 }),
});

export const AGGREGATION_INFO = Object.freeze({
  CONGRUENCE: { description: "How much two actors agree: Σ_j Σ_k Σ_k' x_ijk x_i'jk' (1 - |k - k'| / (|K| - 1)) over the topics j they share." },
  CONFLICT: { description: "How much two actors disagree: the same sum with the factor |k - k'| / (|K| - 1)." },
  SUBTRACT: { description: 'Congruence minus conflict: a signed network, positive where they mostly agree.' },
  IGNORE: { description: "Co-occurrence regardless of stance: Σ_j (Σ_k x_ijk) (Σ_k x_i'jk)." },
} as const);
export type Aggregation = keyof typeof AGGREGATION_INFO;

export const NORMALIZATION_INFO = Object.freeze({
  NONE: { description: 'The weight as aggregated.' },
  AVERAGE: { description: "Divided by the two actors' average activity, (A_i + A_i') / 2." },
  JACCARD: {
    description:
      "Divided by m10 + m01 + m11 (DNA's Jaccard: the statements in (topic, stance) cells only one of them uses, plus Σ x_ijk x_i'jk over the cells both use).",
  },
  COSINE: { description: "Divided by A_i A_i', the product of the two activities, as DNA implements its cosine (not a vector cosine)." },
} as const);
export type Normalization = keyof typeof NORMALIZATION_INFO;

export const AFFILIATION_AGGREGATION_INFO = Object.freeze({
  IGNORE: { description: 'How often the actor takes a stance on the topic: Σ_k x_ijk.' },
  SUBTRACT: { description: 'Supports minus opposes: Σ_k k x_ijk (NEUTRAL is 0).' },
  COMBINE: { description: 'A category: 1 the actor only supports the topic, 2 only opposes it, 3 both (NEUTRAL does not count).' },
} as const);
export type AffiliationAggregation = keyof typeof AFFILIATION_AGGREGATION_INFO;

export const AFFILIATION_NORMALIZATION_INFO = Object.freeze({
  NONE: { description: 'The weight as aggregated.' },
  ACTIVITY: { description: "Divided by the actor's activity, Σ_j Σ_k x_ijk." },
  PROMINENCE: { description: "Divided by the topic's prominence, Σ_i Σ_k x_ijk (every actor's stances on it)." },
} as const);
export type AffiliationNormalization = keyof typeof AFFILIATION_NORMALIZATION_INFO;

export const DUPLICATE_RULE_INFO = Object.freeze({
  EVERY_STATEMENT: { description: 'Every statement counts.' },
  PER_ARTICLE: { description: 'One per actor, topic, stance and article.' },
  PER_WEEK: { description: 'One per actor, topic, stance and ISO week (an undated statement: one per article).' },
  PER_MONTH: { description: 'One per actor, topic, stance and calendar month (an undated statement: one per article).' },
  PER_YEAR: { description: 'One per actor, topic, stance and year (an undated statement: one per article).' },
} as const);
export type DuplicateRule = keyof typeof DUPLICATE_RULE_INFO;

/** The calendar unit a duplicate rule truncates dates to (Cypher's `date.truncate`). */
export const DUPLICATE_UNITS: Readonly<Record<DuplicateRule, 'week' | 'month' | 'year' | null>> = Object.freeze({
  EVERY_STATEMENT: null,
  PER_ARTICLE: null,
  PER_WEEK: 'week',
  PER_MONTH: 'month',
  PER_YEAR: 'year',
});

export const TIME_UNIT_INFO = Object.freeze({
  DAY: { description: 'Calendar days.' },
  WEEK: { description: 'ISO weeks, Monday to Sunday.' },
  MONTH: { description: 'Calendar months.' },
  YEAR: { description: 'Calendar years.' },
} as const);
export type TimeUnit = keyof typeof TIME_UNIT_INFO;

export const AGGREGATIONS = Object.freeze(Object.keys(AGGREGATION_INFO) as Aggregation[]);
export const NORMALIZATIONS = Object.freeze(Object.keys(NORMALIZATION_INFO) as Normalization[]);
export const AFFILIATION_AGGREGATIONS = Object.freeze(Object.keys(AFFILIATION_AGGREGATION_INFO) as AffiliationAggregation[]);
export const AFFILIATION_NORMALIZATIONS = Object.freeze(Object.keys(AFFILIATION_NORMALIZATION_INFO) as AffiliationNormalization[]);
export const DUPLICATE_RULES = Object.freeze(Object.keys(DUPLICATE_RULE_INFO) as DuplicateRule[]);
export const QUALIFIERS = Object.freeze(Object.keys(QUALIFIER_INFO) as Qualifier[]);
export const TIME_UNITS = Object.freeze(Object.keys(TIME_UNIT_INFO) as TimeUnit[]);

/** What statementStats can group statements by: their properties, or a calendar unit of their date. */
export const STATS_DIMENSION_INFO = Object.freeze({
  SPEAKER: { description: 'The speaking actor (statements without a speaker form the group of none).' },
  TOPIC: { description: 'A topic the statement takes a stance on (a statement with stances on two topics is in both groups).' },
  STANCE: { description: 'The stance it takes (a statement taking two is in both groups).' },
  MODE: { description: 'Its speech mode.' },
  ATTRIBUTION: { description: 'Its attribution.' },
  PROVENANCE: { description: 'Its provenance (hand-coded, automatic, reviewed).' },
  ARTICLE: { description: 'Its article.' },
  PUBLISHER: { description: "Its article's publisher." },
  DAY: { description: 'The day it is dated.' },
  WEEK: { description: 'The ISO week (Monday to Sunday) it is dated in.' },
  MONTH: { description: 'The calendar month it is dated in.' },
  YEAR: { description: 'The year it is dated in.' },
} as const);
export type StatsDimension = keyof typeof STATS_DIMENSION_INFO;
export const STATS_DIMENSIONS = Object.freeze(Object.keys(STATS_DIMENSION_INFO) as StatsDimension[]);

/** The time dimensions of statementStats, as the units of `date.truncate` and of time windows. */
export const STATS_TIME_UNITS: Readonly<Partial<Record<StatsDimension, TimeUnit>>> = Object.freeze({ DAY: 'DAY', WEEK: 'WEEK', MONTH: 'MONTH', YEAR: 'YEAR' });
