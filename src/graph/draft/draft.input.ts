import { Field, Float, ID, InputType, Int } from 'type-graphql';

import { DateScalar } from '../common/dates';
import { EntityType } from '../entity/entity.type';
import { Attribution, Provenance, SpeechMode, Stance } from '../statement/statement.type';
import { DraftDecision, DraftOrigin } from './draft.type';

@InputType({ description: 'A span of the article: code points `[start, end)` and the text they select.' })
export class TextSpanInput {
  @Field(() => Int, { description: 'The first code point.' })
  start!: number;

  @Field(() => Int, { description: 'The code point just after the span.' })
  end!: number;

  @Field(() => String, { description: 'The text at those offsets, verbatim.' })
  text!: string;
}

@InputType({ description: 'A stance a draft statement takes.' })
export class DraftStanceInput {
  @Field(() => ID, { description: 'The topic (`topic:...`).' })
  topic!: string;

  @Field(() => Stance, { description: 'For, against or neutral.' })
  stance!: Stance;
}

@InputType({ description: 'An entity the draft describes (one the graph does not have yet).' })
export class DraftEntityInput {
  @Field(() => ID, { description: 'Its id; the prefix must fit the type (`person:`, `org:`...).' })
  id!: string;

  @Field(() => EntityType, { description: 'Its type.' })
  type!: string;

  @Field(() => String, { description: 'Its name.' })
  name!: string;

  @Field(() => [String], { defaultValue: [], description: 'Other spellings.' })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: 'For an organization, what kind ("media outlet").' })
  kind?: string | null;
}

@InputType({
  description: "A statement of a draft as the reviewer leaves it. Offsets are code points into the draft's text, and every span must select exactly its text.",
})
export class DraftStatementInput {
  @Field(() => String, { description: 'Its key within the draft (lower-case letters, digits, hyphens).' })
  key!: string;

  @Field(() => DraftOrigin, { description: 'Proposed, added or already published.' })
  origin!: DraftOrigin;

  @Field(() => DraftDecision, { description: 'Pending, accepted or rejected.' })
  decision!: DraftDecision;

  @Field(() => Boolean, { defaultValue: false, description: 'True once a person changed it.' })
  edited!: boolean;

  @Field(() => ID, { nullable: true, description: 'Its id in the graph, for a statement of a reopened article.' })
  statementId?: string | null;

  @Field(() => Int, { description: 'Where its text starts.' })
  start!: number;

  @Field(() => Int, { description: 'Where its text ends (exclusive).' })
  end!: number;

  @Field(() => String, { description: "The quoted words or reported clause, exactly the article's text at [start, end)." })
  text!: string;

  @Field(() => Int, { description: 'Where its evidence starts (at or before `start`).' })
  excerptStart!: number;

  @Field(() => Int, { description: 'Where its evidence ends (at or after `end`).' })
  excerptEnd!: number;

  @Field(() => SpeechMode, { description: 'The form of speech representation.' })
  mode!: SpeechMode;

  @Field(() => Attribution, { description: 'On record, reported or alleged.' })
  attribution!: Attribution;

  @Field(() => ID, { nullable: true, description: 'Who said it (an actor id); null when nobody is named.' })
  speaker?: string | null;

  @Field(() => TextSpanInput, { nullable: true, description: 'Where the article names the speaker.' })
  speakerMention?: TextSpanInput | null;

  @Field(() => TextSpanInput, { nullable: true, description: 'The reporting verb or phrase.' })
  cue?: TextSpanInput | null;

  @Field(() => ID, { nullable: true, description: 'Who relayed it.' })
  reportedBy?: string | null;

  @Field(() => ID, { nullable: true, description: 'The event it was made at (`event:...`).' })
  event?: string | null;

  @Field(() => [ID], { defaultValue: [], description: 'What and whom it is about.' })
  about!: string[];

  @Field(() => [DraftStanceInput], { defaultValue: [], description: 'The stances it takes.' })
  stances!: DraftStanceInput[];

  @Field(() => Provenance, { nullable: true, description: 'The provenance of a reopened statement.' })
  provenance?: Provenance | null;

  @Field(() => Float, { nullable: true, description: "The extractor's confidence, 0 to 1." })
  confidence?: number | null;

  @Field(() => String, { nullable: true, description: 'The extractor that proposed it.' })
  extractor?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day it was said.' })
  date?: string | null;

  @Field(() => String, { nullable: true, description: 'An English translation by the reviewer.' })
  translation?: string | null;

  @Field(() => [String], { defaultValue: [], description: "The reviewer's notes." })
  notes!: string[];
}

@InputType({ description: 'A draft to create (no `id`) or to save over the version it was opened at (`id` and `baseVersion`).' })
export class DraftInput {
  @Field(() => ID, { nullable: true, description: 'The draft to save; leave out to create one.' })
  id?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version the editor opened; needed to save. A save over a newer version is refused (CONFLICT).' })
  baseVersion?: number | null;

  @Field(() => ID, { nullable: true, description: 'The article it publishes as, when creating (default: from the title). Fixed afterwards.' })
  articleId?: string | null;

  @Field(() => String, { description: 'The headline.' })
  title!: string;

  @Field(() => String, { description: 'The ISO 639-1 language of the text: "de" or "en".' })
  language!: string;

  @Field(() => String, { nullable: true, description: 'The full plain text, when creating; fixed afterwards (every offset refers to it).' })
  text?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the article was published online (http or https).' })
  url?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The publication day.' })
  publishedAt?: string | null;

  @Field(() => ID, { nullable: true, description: 'The outlet that published it (`org:...`): in the graph, or among `entities` for a new one.' })
  source?: string | null;

  @Field(() => [DraftEntityInput], { defaultValue: [], description: 'The entities the draft describes.' })
  entities!: DraftEntityInput[];

  @Field(() => [DraftStatementInput], { defaultValue: [], description: 'Its statements.' })
  statements!: DraftStatementInput[];
}
