import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

import { DRAFT_DECISIONS, DRAFT_ORIGINS, DRAFT_STATUSES, DraftDecision as Decision, DraftOrigin as Origin, DraftStatus as Status } from '../../drafts/model';
import { connectionTypes } from '../common/connection';
import { DateScalar } from '../common/dates';
import { describedEnum } from '../common/enums';
import { EntityType } from '../entity/entity.type';
import { Attribution, Provenance, SpeechMode, Stance, TextSpan } from '../statement/statement.type';

export const DraftStatus = describedEnum('DraftStatus', 'Where a draft is in its review.', {
  OPEN: { description: 'Under review: it can be saved, published or discarded.' },
  PUBLISHED: { description: 'Published: its accepted statements are in the graph.' },
  DISCARDED: { description: 'Given up; nothing of it was published.' },
} satisfies Record<(typeof DRAFT_STATUSES)[number], unknown>);
export type DraftStatus = Status;

export const DraftOrigin = describedEnum('DraftOrigin', 'Where a statement of a draft comes from.', {
  PROPOSED: { description: 'Proposed by the extractor.' },
  ADDED: { description: 'Added by a person, by selecting its text in the article.' },
  PUBLISHED: { description: 'Already in the graph: the draft reopens a published article.' },
} satisfies Record<(typeof DRAFT_ORIGINS)[number], unknown>);
export type DraftOrigin = Origin;

export const DraftDecision = describedEnum('DraftDecision', 'What a person decided about a statement of a draft.', {
  PENDING: { description: 'Not reviewed yet.' },
  ACCEPTED: { description: 'To be published.' },
  REJECTED: { description: 'Not to be published.' },
} satisfies Record<(typeof DRAFT_DECISIONS)[number], unknown>);
export type DraftDecision = Decision;

@ObjectType({ simpleResolvers: true, description: 'A stance a draft statement takes on a topic.' })
export class DraftStance {
  @Field(() => ID, { description: 'The topic (`topic:...`).' })
  topic!: string;

  @Field(() => Stance, { description: 'For, against or neutral.' })
  stance!: Stance;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A statement of a draft: proposed by the extractor, added by a person, or already published, with what a person decided.',
})
export class DraftStatement {
  @Field(() => String, { description: 'Its key within the draft; errors of a publish name it.' })
  key!: string;

  @Field(() => DraftOrigin, { description: 'Proposed, added or already published.' })
  origin!: DraftOrigin;

  @Field(() => DraftDecision, { description: 'Pending, accepted or rejected.' })
  decision!: DraftDecision;

  @Field(() => Boolean, { description: 'True once a person changed it.' })
  edited!: boolean;

  @Field(() => ID, { nullable: true, description: 'Its id in the graph, for a statement of a reopened article; null for a new one.' })
  statementId!: string | null;

  @Field(() => Int, { description: 'Code point where `text` starts in the article.' })
  start!: number;

  @Field(() => Int, { description: 'Code point just after `text`.' })
  end!: number;

  @Field(() => String, { description: 'The quoted words or the reported clause, verbatim.' })
  text!: string;

  @Field(() => Int, { description: 'Code point where the evidence (the content with its attribution) starts.' })
  excerptStart!: number;

  @Field(() => Int, { description: 'Code point just after the evidence.' })
  excerptEnd!: number;

  @Field(() => SpeechMode, { description: 'The form of speech representation.' })
  mode!: SpeechMode;

  @Field(() => Attribution, { description: 'On record, reported or alleged.' })
  attribution!: Attribution;

  @Field(() => ID, { nullable: true, description: "Who said it: an actor id, in the graph or among the draft's entities; null when nobody is named." })
  speaker!: string | null;

  @Field(() => TextSpan, { nullable: true, description: 'Where the article names the speaker.' })
  speakerMention!: TextSpan | null;

  @Field(() => TextSpan, { nullable: true, description: 'The reporting verb or phrase.' })
  cue!: TextSpan | null;

  @Field(() => ID, { nullable: true, description: 'Who relayed it, when the article credits an intermediary.' })
  reportedBy!: string | null;

  @Field(() => ID, { nullable: true, description: 'The event it was made at, when known.' })
  event!: string | null;

  @Field(() => [ID], { description: 'What and whom it is about (entity ids).' })
  about!: string[];

  @Field(() => [DraftStance], { description: 'The stances it takes.' })
  stances!: DraftStance[];

  @Field(() => Provenance, { nullable: true, description: 'The provenance of a reopened statement; null for a new one.' })
  provenance!: Provenance | null;

  @Field(() => Float, { nullable: true, description: "The extractor's confidence, 0 to 1, for a proposal." })
  confidence!: number | null;

  @Field(() => String, { nullable: true, description: 'The extractor that proposed it.' })
  extractor!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day it was said, when known.' })
  date!: string | null;

  @Field(() => String, { nullable: true, description: "An English translation by the reviewer; never the speaker's words." })
  translation!: string | null;

  @Field(() => [String], { description: "The reviewer's notes." })
  notes!: string[];
}

@ObjectType({ simpleResolvers: true, description: 'An entity a draft describes because the graph does not have it yet (a new speaker, a new outlet).' })
export class DraftEntity {
  @Field(() => ID, { description: 'Its id, such as `person:max-mustermann`; the prefix fixes the type.' })
  id!: string;

  @Field(() => EntityType, { description: 'Its type.' })
  type!: string;

  @Field(() => String, { description: 'Its name.' })
  name!: string;

  @Field(() => [String], { description: 'Other spellings the article uses.' })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: 'For an organization, what kind ("media outlet").' })
  kind!: string | null;
}

/**
 * What a review decided about the extractor's proposals: kept with a draft, with every publish
 * and with the article, so that the extractor's real precision can be read later. Its fields are
 * written into each type that extends it; no field answers this type itself, so the schema leaves
 * it out.
 */
@ObjectType({ simpleResolvers: true })
export abstract class DecisionCounts {
  @Field(() => Int, { description: 'Statements the extractor proposed.' })
  proposed!: number;

  @Field(() => Int, { description: 'Proposals accepted as they were.' })
  accepted!: number;

  @Field(() => Int, { description: 'Proposals accepted after a person changed them.' })
  edited!: number;

  @Field(() => Int, { description: 'Proposals rejected.' })
  rejected!: number;

  @Field(() => Int, { description: 'Statements a person added.' })
  added!: number;
}

@ObjectType({ simpleResolvers: true, description: 'How far a review has come, and what it decided about the proposals.' })
export class ReviewCounts extends DecisionCounts {
  @Field(() => Int, { description: 'Statements in the draft.' })
  statements!: number;

  @Field(() => Int, { description: 'Statements decided (accepted or rejected).' })
  reviewed!: number;
}

@ObjectType({ simpleResolvers: true, description: 'An editor who has the draft open now (seen in the last minute), by the name of their API key.' })
export class DraftViewer {
  @Field(() => String, { description: "The API key's name." })
  name!: string;

  @Field(() => String, { description: 'When they were last seen, ISO 8601.' })
  seenAt!: string;
}

@ObjectType({
  simpleResolvers: true,
  description: 'An article under review: its text, the statements proposed for it and what a person decided. Editors only.',
})
export class Draft {
  @Field(() => ID, { description: 'The draft id, such as `draft:3f2a...`.' })
  id!: string;

  @Field(() => Int, { description: 'Goes up by one with every save; a save must name the version it was made over.' })
  version!: number;

  @Field(() => DraftStatus, { description: 'Open, published or discarded.' })
  status!: DraftStatus;

  @Field(() => ID, { description: 'The article it publishes as.' })
  articleId!: string;

  @Field(() => String, { description: 'The headline.' })
  title!: string;

  @Field(() => String, { description: 'The ISO 639-1 language of the text.' })
  language!: string;

  @Field(() => String, { nullable: true, description: 'The full text; null in lists of drafts.' })
  text!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the article was published online.' })
  url!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The publication day.' })
  publishedAt!: string | null;

  @Field(() => ID, { nullable: true, description: 'The outlet that published it (`org:...`).' })
  source!: string | null;

  @Field(() => [DraftEntity], { description: 'The entities the draft describes (new ones).' })
  entities!: DraftEntity[];

  @Field(() => [DraftStatement], { description: 'Its statements, in reading order.' })
  statements!: DraftStatement[];

  @Field(() => ReviewCounts, { description: 'How far the review has come.' })
  review!: ReviewCounts;

  @Field(() => [DraftViewer], { description: 'Editors who have it open now, other than the one asking.' })
  openBy!: DraftViewer[];

  @Field(() => String, { description: 'When it was made, ISO 8601.' })
  createdAt!: string;

  @Field(() => String, { description: 'The name of the key that made it.' })
  createdBy!: string;

  @Field(() => String, { description: 'When it was last saved, ISO 8601.' })
  savedAt!: string;

  @Field(() => String, { description: 'The name of the key that saved it last.' })
  savedBy!: string;
}

@ObjectType({
  simpleResolvers: true,
  description: "The extractor's proposals for an article: statements to review, and the entities they name that the graph does not have.",
})
export class ExtractedDraft {
  @Field(() => String, { description: 'The language read: "de" or "en".' })
  language!: string;

  @Field(() => String, { description: 'The extractor and its version, such as "stancegraph-extract 1.0".' })
  extractor!: string;

  @Field(() => [DraftStatement], { description: 'The proposed statements, in reading order, all PROPOSED and PENDING, with their confidence.' })
  statements!: DraftStatement[];

  @Field(() => [DraftEntity], { description: 'New entities the proposals name (speakers the graph does not know), with ids to keep or change.' })
  entities!: DraftEntity[];
}

export const { Connection: DraftConnection, ConnectionResolver: DraftConnectionResolver } = connectionTypes(() => Draft, {
  name: 'Draft',
  singular: 'draft',
  plural: 'drafts',
  order: 'last saved first',
  total: 'How many drafts have this status (exact).',
});
