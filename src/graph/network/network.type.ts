import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

import {
  AFFILIATION_AGGREGATION_INFO,
  AFFILIATION_NORMALIZATION_INFO,
  AGGREGATION_INFO,
  DUPLICATE_RULE_INFO,
  NORMALIZATION_INFO,
  QUALIFIER_INFO,
  TIME_UNIT_INFO,
} from '../../vocabulary';
import * as vocabulary from '../../vocabulary';
import { DateScalar } from '../common/dates';
import { describedEnum } from '../common/enums';
import { Count } from '../common/fields';
import { ActorType } from '../entity/entity.type';

export const NetworkAggregation = describedEnum(
  'NetworkAggregation',
  "How two actors' stances on the topics they share become the weight of their edge (DNA's one-mode aggregations; see docs/networks.md).",
  AGGREGATION_INFO,
);
export type NetworkAggregation = vocabulary.Aggregation;

export const NetworkNormalization = describedEnum(
  'NetworkNormalization',
  "How an actor network's edge weights are normalised (A_i: actor i's activity).",
  NORMALIZATION_INFO,
);
export type NetworkNormalization = vocabulary.Normalization;

export const AffiliationAggregation = describedEnum(
  'AffiliationAggregation',
  "How an actor's stances on a topic become the weight of their edge in the actor × topic network.",
  AFFILIATION_AGGREGATION_INFO,
);
export type AffiliationAggregation = vocabulary.AffiliationAggregation;

export const AffiliationNormalization = describedEnum(
  'AffiliationNormalization',
  'How the actor × topic edge weights are normalised.',
  AFFILIATION_NORMALIZATION_INFO,
);
export type AffiliationNormalization = vocabulary.AffiliationNormalization;

export const StanceQualifier = describedEnum(
  'StanceQualifier',
  "How stances read as DNA's qualifier levels: SUPPORT +1, NEUTRAL 0, OPPOSE -1 (|K| - 1 = 2), or binary (SUPPORT and OPPOSE only).",
  QUALIFIER_INFO,
);
export type StanceQualifier = vocabulary.Qualifier;

export const DuplicateRule = describedEnum(
  'DuplicateRule',
  "Which statements count once in a network (DNA's duplicate handling); the statements folded together stay in the edges' evidence.",
  DUPLICATE_RULE_INFO,
);
export type DuplicateRule = vocabulary.DuplicateRule;

export const TimeUnit = describedEnum('TimeUnit', 'A unit of calendar time.', TIME_UNIT_INFO);
export type TimeUnit = vocabulary.TimeUnit;

@ObjectType({ simpleResolvers: true, description: 'An actor of a network, with how much it says in it.' })
export class NetworkActor {
  @Field(() => ID, { description: 'The actor id.' })
  id!: string;

  @Field(() => String, { description: "The actor's name." })
  name!: string;

  @Field(() => ActorType, { description: 'Person, organization, country or group.' })
  type!: string;

  @Count("The stances it takes that count (DNA's A_i = Σ_j Σ_k x_ijk, after the duplicate rule): a statement taking stances on two topics counts twice.")
  activity!: number;

  @Count('Of `activity`, the supporting stances.')
  support!: number;

  @Count('Of `activity`, the neutral stances.')
  neutral!: number;

  @Count('Of `activity`, the opposing stances.')
  oppose!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'The distinct statements behind its stances, folded duplicates included (null in an actor × topic network).',
  })
  statementCount!: number | null;
}

@ObjectType({
  simpleResolvers: true,
  description: 'An edge between two actors: its weight and the statements behind it. Undirected: `source` is the smaller id.',
})
export class ActorNetworkEdge {
  @Field(() => ID, { description: 'One actor (the smaller id of the two).' })
  source!: string;

  @Field(() => ID, { description: 'The other actor.' })
  target!: string;

  @Field(() => Float, { description: 'The weight: the aggregation asked for, normalised as asked. Negative only for SUBTRACT (more conflict than agreement).' })
  weight!: number;

  @Field(() => Float, { description: 'The congruence of the two, not normalised.' })
  congruence!: number;

  @Field(() => Float, { description: 'The conflict of the two, not normalised.' })
  conflict!: number;

  @Field(() => Float, { description: 'Their co-occurrence (the IGNORE aggregation), not normalised.' })
  cooccurrence!: number;

  @Field(() => [ID], { description: 'The topics both took stances on, by id.' })
  topicIds!: string[];

  @Count('The statements behind the edge: those of the two actors on the topics they share whose stances pair with a non-zero factor in the aggregation.')
  statementCount!: number;

  @Field(() => [ID], { description: 'The ids of the statements behind the edge, sorted, at most `idsPerEdge` of them (see `statementCount`).' })
  statementIds!: string[];
}

@ObjectType({ simpleResolvers: true, description: "DNA's one-mode network of actors: who agrees and who clashes with whom, on the topics they share." })
export class ActorNetwork {
  @Field(() => NetworkAggregation, { description: 'The aggregation of the weights.' })
  aggregation!: NetworkAggregation;

  @Field(() => NetworkNormalization, { description: 'The normalisation of the weights.' })
  normalization!: NetworkNormalization;

  @Field(() => StanceQualifier, { description: 'How stances were read as levels.' })
  qualifier!: StanceQualifier;

  @Field(() => DuplicateRule, { description: 'Which statements counted once.' })
  duplicates!: DuplicateRule;

  @Field(() => [NetworkActor], { description: 'The actors with a stance that counts, most active first (at most `maxNodes`).' })
  nodes!: NetworkActor[];

  @Field(() => [ActorNetworkEdge], { description: 'The edges among `nodes`, heaviest (by absolute weight) first, at most `maxEdges`.' })
  edges!: ActorNetworkEdge[];

  @Count('How many actors have a stance that counts (more than `nodes` when it was cut at `maxNodes`).')
  actorCount!: number;

  @Count('How many edges among `nodes` pass `minWeight` (more than `edges` when it was cut at `maxEdges`).')
  edgeCount!: number;

  @Field(() => Boolean, { description: 'True when `nodes` or `edges` were cut at their bound.' })
  truncated!: boolean;
}

@ObjectType({ simpleResolvers: true, description: 'The actor network of one time window.' })
export class NetworkWindow {
  @Field(() => DateScalar, { description: 'The first day of the window.' })
  from!: string;

  @Field(() => DateScalar, { description: 'The last day of the window (inclusive).' })
  to!: string;

  @Field(() => ActorNetwork, { description: 'The network of the statements dated in the window.' })
  network!: ActorNetwork;
}

@ObjectType({ simpleResolvers: true, description: 'A topic of an actor × topic network.' })
export class NetworkTopic {
  @Field(() => ID, { description: 'The topic id.' })
  id!: string;

  @Field(() => String, { description: "The topic's name." })
  name!: string;

  @Count('Its prominence: every counted stance on it, Σ_i Σ_k x_ijk.')
  prominence!: number;
}

@ObjectType({ simpleResolvers: true, description: 'An edge from an actor to a topic: its weight, its stances and the statements behind it.' })
export class AffiliationEdge {
  @Field(() => ID, { description: 'The actor.' })
  actor!: string;

  @Field(() => ID, { description: 'The topic.' })
  topic!: string;

  @Field(() => Float, { description: 'The weight: the aggregation asked for, normalised as asked (COMBINE: the category 1, 2 or 3).' })
  weight!: number;

  @Count('Supporting stances that count.')
  support!: number;

  @Count('Neutral stances that count.')
  neutral!: number;

  @Count('Opposing stances that count.')
  oppose!: number;

  @Count('The statements behind the edge (for SUBTRACT and COMBINE the supporting and opposing ones).')
  statementCount!: number;

  @Field(() => [ID], { description: 'Their ids, sorted, at most `idsPerEdge`.' })
  statementIds!: string[];
}

@ObjectType({ simpleResolvers: true, description: "DNA's two-mode network of actors and the topics they take stances on." })
export class AffiliationNetwork {
  @Field(() => AffiliationAggregation, { description: 'The aggregation of the weights.' })
  aggregation!: AffiliationAggregation;

  @Field(() => AffiliationNormalization, { description: 'The normalisation of the weights.' })
  normalization!: AffiliationNormalization;

  @Field(() => StanceQualifier, { description: 'How stances were read as levels.' })
  qualifier!: StanceQualifier;

  @Field(() => DuplicateRule, { description: 'Which statements counted once.' })
  duplicates!: DuplicateRule;

  @Field(() => [NetworkActor], { description: 'The actors, most active first (at most `maxNodes`).' })
  actors!: NetworkActor[];

  @Field(() => [NetworkTopic], { description: 'The topics with a counted stance, by id.' })
  topics!: NetworkTopic[];

  @Field(() => [AffiliationEdge], { description: 'The edges, heaviest (by absolute weight) first, at most `maxEdges`.' })
  edges!: AffiliationEdge[];

  @Count('How many actors have a stance that counts.')
  actorCount!: number;

  @Count('How many edges pass `minWeight`.')
  edgeCount!: number;

  @Field(() => Boolean, { description: 'True when `actors` or `edges` were cut at their bound.' })
  truncated!: boolean;
}
