import { Field, Float, ObjectType } from 'type-graphql';

import * as vocabulary from '../../vocabulary';
import { ATTRIBUTION_INFO, PROVENANCE_INFO, SPEECH_MODE_INFO, STANCE_INFO } from '../../vocabulary';
import { DateScalar } from '../common/dates';
import { describedEnum } from '../common/enums';
import { Offset } from '../common/fields';
import { connectionTypes } from '../common/connection';
import { Node } from '../node/node.type';

export const SpeechMode = describedEnum('SpeechMode', 'How the article renders what was said.', SPEECH_MODE_INFO);
export type SpeechMode = vocabulary.SpeechMode;

export const Attribution = describedEnum('Attribution', 'How firmly the article attributes the statement to its speaker.', ATTRIBUTION_INFO);
export type Attribution = vocabulary.Attribution;

export const Stance = describedEnum('Stance', 'A position on a topic.', STANCE_INFO);
export type Stance = vocabulary.Stance;

export const Provenance = describedEnum(
  'Provenance',
  'Who made a statement of the graph: a person, the extractor, or the extractor checked by a person.',
  PROVENANCE_INFO,
);
export type Provenance = vocabulary.Provenance;

/** Orders of statement lists. */
export const StatementOrder = describedEnum(
  'StatementOrder',
  'Orders of statement lists. Ties always fall back to reading order (article id, then position in the article, then id).',
  {
    READING_ORDER: 'By article id, then by position in the article: the order a reader meets them.',
    DATE_DESC: 'Newest first by `date`; statements without a date come last.',
    DATE_ASC: 'Oldest first by `date`; statements without a date come last.',
    SPEAKER_ASC: "By the speaker's name, A to Z.",
    SPEAKER_DESC: "By the speaker's name, Z to A.",
  },
);
export type StatementOrder = keyof typeof StatementOrder;

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: 'Something an actor said, as one article reports it, with its speaker, targets, stances and evidence.',
})
export class Statement extends Node {
  @Field(() => String, { description: 'What was said, verbatim from the article and in its language (`language`): a quote, or the reported clause.' })
  text!: string;

  @Field(() => String, { description: 'The ISO 639-1 language of `text`, which is the article\'s language, such as "de".' })
  language!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'An English translation of `text` made by the annotator. It is NOT what the speaker said: quote `text`. See `translationLanguage`. Null when the article is in English or no translation was made.',
  })
  translation!: string | null;

  @Field(() => SpeechMode, { description: 'How it is rendered: direct quote, indirect or free indirect speech, reported speech act, or assessment.' })
  mode!: SpeechMode;

  @Field(() => Attribution, { description: 'On record, reported or alleged.' })
  attribution!: Attribution;

  @Field(() => DateScalar, { nullable: true, description: 'The day it was said, when the article states or clearly implies it.' })
  date!: string | null;

  @Field(() => [String], { description: "The annotator's notes: how the statement was coded, and why." })
  notes!: string[];

  @Field(() => Provenance, {
    description: 'Hand-coded (CURATED), proposed by the extractor and not reviewed (AUTOMATIC), or proposed and then checked by a person (REVIEWED).',
  })
  provenance!: Provenance;

  @Field(() => Float, { nullable: true, description: "The extractor's confidence in the statement, from 0 to 1; null for hand-coded statements." })
  confidence!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'The extractor and version that proposed the statement, such as "stancegraph-extract 1.0"; null for hand-coded statements.',
  })
  extractor!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A span of an article: code points `[start, end)` of `Article.text`, and the text they select.' })
export class TextSpan {
  @Offset('The first code point of the span.')
  start!: number;

  @Offset('The code point just after the span.')
  end!: number;

  @Field(() => String, { description: 'The text of the span, verbatim.' })
  text!: string;
}

@ObjectType({ simpleResolvers: true, description: 'A stance a statement takes on a topic.' })
export class StanceOn {
  @Field(() => Stance, { description: 'For, against or neutral.' })
  stance!: Stance;

  /** Resolved by StanceOnResolver from `topicId`. */
  topicId!: string;
}

export const { Connection: StatementConnection, ConnectionResolver: StatementConnectionResolver } = connectionTypes(() => Statement, {
  name: 'Statement',
  singular: 'statement',
  plural: 'statements',
  order: 'in order',
  total: 'How many statements match, over all pages (exact).',
});
