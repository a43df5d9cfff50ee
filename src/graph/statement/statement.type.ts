import { Field, ObjectType } from 'type-graphql';

import * as vocabulary from '../../vocabulary';
import { ATTRIBUTION_INFO, SPEECH_MODE_INFO, STANCE_INFO } from '../../vocabulary';
import { DateScalar } from '../common/dates';
import { describedEnum } from '../common/enums';
import { connectionTypes } from '../common/connection';
import { Node } from '../node/node.type';

export const SpeechMode = describedEnum('SpeechMode', 'How the article renders what was said.', SPEECH_MODE_INFO);
export type SpeechMode = vocabulary.SpeechMode;

export const Attribution = describedEnum('Attribution', 'How firmly the article attributes the statement to its speaker.', ATTRIBUTION_INFO);
export type Attribution = vocabulary.Attribution;

export const Stance = describedEnum('Stance', 'A position on a topic.', STANCE_INFO);
export type Stance = vocabulary.Stance;

/** Orders of statement lists. */
const STATEMENT_ORDERS = {
  READING_ORDER: { description: 'By article id, then by position in the article: the order a reader meets them.' },
  DATE_DESC: { description: 'Newest first by `date`; statements without a date come last.' },
  DATE_ASC: { description: 'Oldest first by `date`; statements without a date come last.' },
  SPEAKER_ASC: { description: "By the speaker's name, A to Z." },
  SPEAKER_DESC: { description: "By the speaker's name, Z to A." },
} as const;

export const StatementOrder = describedEnum(
  'StatementOrder',
  'Orders of statement lists. Ties always fall back to reading order (article id, then position in the article, then id).',
  STATEMENT_ORDERS,
);
export type StatementOrder = keyof typeof STATEMENT_ORDERS;

@ObjectType({ implements: Node, description: 'Something an actor said, as one article reports it, with its speaker, targets, stances and evidence.' })
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

  @Field(() => SpeechMode, { description: 'Direct quote, indirect speech or assessment.' })
  mode!: SpeechMode;

  @Field(() => Attribution, { description: 'On record, reported or alleged.' })
  attribution!: Attribution;

  @Field(() => DateScalar, { nullable: true, description: 'The day it was said, when the article states or clearly implies it.' })
  date!: string | null;

  @Field(() => [String], { description: "The annotator's notes: how the statement was coded, and why." })
  notes!: string[];
}

@ObjectType({ description: 'A stance a statement takes on a topic.' })
export class StanceOn {
  @Field(() => Stance, { description: 'For, against or neutral.' })
  stance!: Stance;

  /** Resolved by StanceOnResolver from `topicId`. */
  topicId!: string;
}

export const {
  Connection: StatementConnection,
  ConnectionResolver: StatementConnectionResolver,
} = connectionTypes(() => Statement, {
  name: 'Statement',
  singular: 'statement',
  plural: 'statements',
  order: 'in order',
  total: 'How many statements match, over all pages (exact).',
});
