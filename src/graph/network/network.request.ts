/**
 * The questions the network queries answer, checked: the statement filter, the aggregation, the
 * normalisation, the qualifier, the duplicate rule and the bounds. The GraphQL arguments, the
 * HTTP export's query string and `npm run export` all come through here, so the three accept and
 * refuse the same values with the same sentences. Pure: no I/O.
 */
import { isCalendarDate } from '../../calendar';
import { BadInputError } from '../../errors';
import {
  ACTOR_TYPES,
  AFFILIATION_AGGREGATIONS,
  AFFILIATION_NORMALIZATIONS,
  AGGREGATIONS,
  ATTRIBUTIONS,
  ActorType,
  AffiliationAggregation,
  AffiliationNormalization,
  Aggregation,
  Attribution,
  DUPLICATE_RULES,
  DuplicateRule,
  NORMALIZATIONS,
  Normalization,
  PROVENANCES,
  Provenance,
  QUALIFIERS,
  Qualifier,
  SPEECH_MODES,
  SpeechMode,
  TIME_UNITS,
  TimeUnit,
} from '../../vocabulary';
import { checkDateRange } from '../common/dates';
import { ID_KINDS, IdKind, checkId } from '../common/ids';

/** Most ids one list of the filter may hold. */
export const MAX_FILTER_IDS = 200;
/** The bounds of a network's answer: actors (most active first) and edges (heaviest first). */
export const NETWORK_LIMITS = Object.freeze({
  maxNodes: { fallback: 500, max: 2_000 },
  maxEdges: { fallback: 2_000, max: 20_000 },
  idsPerEdge: { fallback: 100, max: 1_000 },
});
/** The exports' bounds: the same actors, every edge up to this many, more ids per edge. */
export const EXPORT_NETWORK_LIMITS = Object.freeze({ maxNodes: 2_000, maxEdges: 200_000, idsPerEdge: 10_000 });
/**
 * Most statement ids one actor network lists over all its edges: each edge's up to `idsPerEdge`,
 * summed. A larger answer is refused with the `idsPerEdge` that fits (ActorPairs.java): ids are
 * held in Neo4j's heap while the answer is built, and a file of every edge of a 100k-statement
 * network with 10,000 ids each would need gigabytes.
 */
export const MAX_LISTED_IDS = 1_000_000;
/** Most time windows one request may ask for. */
export const MAX_WINDOWS = 120;
/** Longest window and step, in units. */
export const MAX_WINDOW_UNITS = 366;

/** The statement filter of every network, as clients send it (all optional; lists AND together, values in a list OR). */
export interface NetworkFilterInput {
  topics?: readonly string[] | null;
  actors?: readonly string[] | null;
  actorTypes?: readonly string[] | null;
  from?: string | null;
  to?: string | null;
  modes?: readonly string[] | null;
  attributions?: readonly string[] | null;
  provenances?: readonly string[] | null;
  articles?: readonly string[] | null;
}

/** The filter checked, as Cypher takes it (`$filter`): null where it does not filter. */
export interface NetworkFilter {
  topics: string[] | null;
  actors: string[] | null;
  actorTypes: ActorType[] | null;
  from: string | null;
  to: string | null;
  modes: SpeechMode[] | null;
  attributions: Attribution[] | null;
  provenances: Provenance[] | null;
  articles: string[] | null;
}

/** What every network shares: whose statements, how stances read, what counts once. */
export interface NetworkBasis {
  filter: NetworkFilter;
  qualifier: Qualifier;
  duplicates: DuplicateRule;
  minWeight: number;
  maxNodes: number;
  maxEdges: number;
  idsPerEdge: number;
}

export interface ActorNetworkRequest extends NetworkBasis {
  aggregation: Aggregation;
  normalization: Normalization;
}

export interface AffiliationNetworkRequest extends NetworkBasis {
  aggregation: AffiliationAggregation;
  normalization: AffiliationNormalization;
}

export interface WindowRequest {
  window: number;
  unit: TimeUnit;
  step: number;
}

/** Raw values for any of the requests: GraphQL arguments, or an export's query string parsed. */
export interface NetworkInput {
  filter?: NetworkFilterInput | null;
  aggregation?: string | null;
  normalization?: string | null;
  qualifier?: string | null;
  duplicates?: string | null;
  minWeight?: number | null;
  maxNodes?: number | null;
  maxEdges?: number | null;
  idsPerEdge?: number | null;
}

const ACTOR_TYPE_NAMES: readonly string[] = ACTOR_TYPES;

/** One of `allowed`, or `fallback` when absent; anything else is refused naming the argument. */
export function oneOf<T extends string>(argument: string, value: string | null | undefined, allowed: readonly T[], fallback: T): T {
  if (value === null || value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new BadInputError(`Argument "${argument}" is ${JSON.stringify(value)}, but it must be one of ${allowed.join(', ')}.`, { argument, value });
  }
  return value as T;
}

/** A whole number from `min` to `max`, or `fallback` when absent. */
export function wholeNumber(argument: string, value: number | null | undefined, fallback: number, min: number, max: number): number {
  if (value === null || value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadInputError(`Argument "${argument}" is ${value}, but it must be a whole number from ${min} to ${max}.`, { argument, value });
  }
  return value;
}

function list<T extends string>(argument: string, values: readonly string[] | null | undefined, check: (at: string, v: string) => T): T[] | null {
  if (values === null || values === undefined) return null;
  if (values.length === 0) {
    throw new BadInputError(`Argument "${argument}" is an empty list, which no statement matches; leave it out to take every value.`, { argument, value: [] });
  }
  if (values.length > MAX_FILTER_IDS) {
    throw new BadInputError(`Argument "${argument}" lists ${values.length} values, more than the limit of ${MAX_FILTER_IDS}.`, {
      argument,
      value: values.length,
    });
  }
  return [...new Set(values.map((v, i) => check(`${argument}[${i}]`, v)))];
}

const ids = (kind: IdKind) => (at: string, v: string) => checkId(at, v, kind);
const member =
  <T extends string>(allowed: readonly T[]) =>
  (at: string, v: string) =>
    oneOf(at, v, allowed, allowed[0]);

function date(argument: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (!isCalendarDate(value)) {
    throw new BadInputError(`Argument "${argument}" is ${JSON.stringify(value)}, which is not a calendar date; use YYYY-MM-DD such as "2025-10-17".`, {
      argument,
      value,
    });
  }
  return value;
}

/** Checks the statement filter of a network; `argument` names it in errors (`filter`). */
export function networkFilter(input: NetworkFilterInput | null | undefined, argument = 'filter'): NetworkFilter {
  const f = input ?? {};
  const at = (field: string) => `${argument}.${field}`;
  const from = date(at('from'), f.from);
  const to = date(at('to'), f.to);
  checkDateRange(at('from'), from, at('to'), to);
  return {
    topics: list(at('topics'), f.topics, ids(ID_KINDS.topic)),
    actors: list(at('actors'), f.actors, ids(ID_KINDS.actor)),
    actorTypes: list(at('actorTypes'), f.actorTypes, member(ACTOR_TYPE_NAMES)) as ActorType[] | null,
    from,
    to,
    modes: list(at('modes'), f.modes, member(SPEECH_MODES)),
    attributions: list(at('attributions'), f.attributions, member(ATTRIBUTIONS)),
    provenances: list(at('provenances'), f.provenances, member(PROVENANCES)),
    articles: list(at('articles'), f.articles, ids(ID_KINDS.article)),
  };
}

function basis(input: NetworkInput, limits: { maxNodes: number; maxEdges: number; idsPerEdge: number } | null): NetworkBasis {
  const minWeight = input.minWeight ?? 0;
  if (!Number.isFinite(minWeight) || minWeight < 0) {
    throw new BadInputError(`Argument "minWeight" is ${minWeight}, but it must be a number of 0 or more.`, { argument: 'minWeight', value: minWeight });
  }
  const L = NETWORK_LIMITS;
  return {
    filter: networkFilter(input.filter),
    qualifier: oneOf('qualifier', input.qualifier, QUALIFIERS, 'TERNARY'),
    duplicates: oneOf('duplicates', input.duplicates, DUPLICATE_RULES, 'EVERY_STATEMENT'),
    minWeight,
    // The exports take every edge (up to their own bound): a file is not a page. Their ids per
    // edge may be lowered, for a network too large to list them all (MAX_LISTED_IDS).
    maxNodes: limits ? limits.maxNodes : wholeNumber('maxNodes', input.maxNodes, L.maxNodes.fallback, 1, L.maxNodes.max),
    maxEdges: limits ? limits.maxEdges : wholeNumber('maxEdges', input.maxEdges, L.maxEdges.fallback, 0, L.maxEdges.max),
    idsPerEdge: limits
      ? wholeNumber('idsPerEdge', input.idsPerEdge, limits.idsPerEdge, 0, limits.idsPerEdge)
      : wholeNumber('idsPerEdge', input.idsPerEdge, L.idsPerEdge.fallback, 0, L.idsPerEdge.max),
  };
}

/** Checks the arguments of an actor network; `exportLimits` replaces the page bounds for a file. */
export function actorNetworkRequest(input: NetworkInput, exportLimits: typeof EXPORT_NETWORK_LIMITS | null = null): ActorNetworkRequest {
  return {
    ...basis(input, exportLimits),
    aggregation: oneOf('aggregation', input.aggregation, AGGREGATIONS, 'CONGRUENCE'),
    normalization: oneOf('normalization', input.normalization, NORMALIZATIONS, 'NONE'),
  };
}

/** Checks the arguments of an actor × topic network. COMBINE is a category and takes no normalisation. */
export function affiliationNetworkRequest(input: NetworkInput, exportLimits: typeof EXPORT_NETWORK_LIMITS | null = null): AffiliationNetworkRequest {
  const request = {
    ...basis(input, exportLimits),
    aggregation: oneOf('aggregation', input.aggregation, AFFILIATION_AGGREGATIONS, 'IGNORE'),
    normalization: oneOf('normalization', input.normalization, AFFILIATION_NORMALIZATIONS, 'NONE'),
  };
  if (request.aggregation === 'COMBINE' && request.normalization !== 'NONE') {
    throw new BadInputError(
      `Argument "normalization" is ${request.normalization}, but COMBINE gives categories (1 support, 2 oppose, 3 both), which are not normalised; use NONE.`,
      { argument: 'normalization', value: request.normalization },
    );
  }
  return request;
}

/** Checks a time-window request: `window` units wide, moved `step` units at a time. */
export function windowRequest(input: { window?: number | null; unit?: string | null; step?: number | null }): WindowRequest {
  const window = wholeNumber('window', input.window, 1, 1, MAX_WINDOW_UNITS);
  const unit = oneOf('unit', input.unit, TIME_UNITS, 'MONTH');
  const step = wholeNumber('step', input.step, 1, 1, MAX_WINDOW_UNITS);
  return { window, unit, step };
}
