import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';

import { DateScalar } from '../common/dates';
import { ActorType } from '../entity/entity.type';
import { Attribution, Provenance, SpeechMode } from '../statement/statement.type';
import { MAX_FILTER_IDS, NETWORK_LIMITS } from './network.request';
import {
  AffiliationAggregation,
  AffiliationNormalization,
  DuplicateRule,
  NetworkAggregation,
  NetworkNormalization,
  StanceQualifier,
  TimeUnit,
} from './network.type';

@InputType({
  description: `Which statements a network (or a count of statements) is made of. Fields AND together, the values of one list OR; absent or null fields do not filter, an empty list is refused. At most ${MAX_FILTER_IDS} values per list.`,
})
export class NetworkStatementFilter {
  @Field(() => [ID], { nullable: true, description: 'Only stances on these topics (`topic:...`).' })
  topics?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only statements by these actors.' })
  actors?: string[] | null;

  @Field(() => [ActorType], { nullable: true, description: 'Only statements by actors of these types.' })
  actorTypes?: string[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only statements dated on or after this day (undated statements are left out).' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only statements dated on or before this day (undated statements are left out).' })
  to?: string | null;

  @Field(() => [SpeechMode], { nullable: true, description: 'Only statements of these forms.' })
  modes?: string[] | null;

  @Field(() => [Attribution], { nullable: true, description: 'Only statements attributed so.' })
  attributions?: string[] | null;

  @Field(() => [Provenance], { nullable: true, description: 'Only statements of these provenances (hand-coded, automatic, reviewed).' })
  provenances?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only statements of these articles (`article:...`).' })
  articles?: string[] | null;
}

const L = NETWORK_LIMITS;

/** What every network query takes besides its aggregation and normalisation. */
@ArgsType()
export class NetworkBasisArgs {
  @Field(() => NetworkStatementFilter, { nullable: true, description: 'Which statements count; every statement with a speaker and a stance when absent.' })
  filter?: NetworkStatementFilter | null;

  @Field(() => StanceQualifier, { nullable: true, defaultValue: 'TERNARY', description: 'How stances read as qualifier levels (default TERNARY).' })
  qualifier?: string | null;

  @Field(() => DuplicateRule, { nullable: true, defaultValue: 'EVERY_STATEMENT', description: 'Which statements count once (default: every one counts).' })
  duplicates?: string | null;

  @Field(() => Float, {
    nullable: true,
    defaultValue: 0,
    description: 'Leave out edges whose absolute weight is below this (0 or more; edges of weight 0 are always left out).',
  })
  minWeight?: number | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: L.maxNodes.fallback,
    description: `Most actors returned, the most active first, from 1 to ${L.maxNodes.max}.`,
  })
  maxNodes?: number | null;

  @Field(() => Int, { nullable: true, defaultValue: L.maxEdges.fallback, description: `Most edges returned, the heaviest first, from 0 to ${L.maxEdges.max}.` })
  maxEdges?: number | null;

  @Field(() => Int, { nullable: true, defaultValue: L.idsPerEdge.fallback, description: `Most statement ids listed per edge, from 0 to ${L.idsPerEdge.max}.` })
  idsPerEdge?: number | null;
}

@ArgsType()
export class ActorNetworkArgs extends NetworkBasisArgs {
  @Field(() => NetworkAggregation, { nullable: true, defaultValue: 'CONGRUENCE', description: 'How stances become weights (default CONGRUENCE).' })
  aggregation?: string | null;

  @Field(() => NetworkNormalization, { nullable: true, defaultValue: 'NONE', description: 'How weights are normalised (default NONE).' })
  normalization?: string | null;
}

@ArgsType()
export class AffiliationNetworkArgs extends NetworkBasisArgs {
  @Field(() => AffiliationAggregation, { nullable: true, defaultValue: 'IGNORE', description: 'How stances become weights (default IGNORE).' })
  aggregation?: string | null;

  @Field(() => AffiliationNormalization, { nullable: true, defaultValue: 'NONE', description: 'How weights are normalised (default NONE).' })
  normalization?: string | null;
}

@ArgsType()
export class NetworkWindowArgs extends ActorNetworkArgs {
  @Field(() => Int, { nullable: true, defaultValue: 1, description: 'How many units one window spans, from 1 to 366.' })
  window?: number | null;

  @Field(() => TimeUnit, { nullable: true, defaultValue: 'MONTH', description: 'The unit of `window` and `step` (default MONTH).' })
  unit?: string | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: 1,
    description: 'How many units each window starts after the one before, from 1 to 366 (DNA moves one unit at a time).',
  })
  step?: number | null;
}
