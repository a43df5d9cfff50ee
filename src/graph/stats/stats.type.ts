import { Field, ID, Int, ObjectType } from 'type-graphql';

import { STATS_DIMENSION_INFO } from '../../vocabulary';
import * as vocabulary from '../../vocabulary';
import { DateScalar } from '../common/dates';
import { describedEnum } from '../common/enums';
import { Attribution, Provenance, SpeechMode, Stance } from '../statement/statement.type';

export const StatsDimension = describedEnum('StatsDimension', 'What statementStats groups statements by.', STATS_DIMENSION_INFO);
export type StatsDimension = vocabulary.StatsDimension;

@ObjectType({
  simpleResolvers: true,
  description: 'One group of statements: the values it was grouped by (null for the dimensions not asked for) and how many statements it holds.',
})
export class StatementGroup {
  @Field(() => ID, { nullable: true, description: 'The speaker (SPEAKER; null also for statements without one).' })
  speaker!: string | null;

  @Field(() => String, { nullable: true, description: "The speaker's name." })
  speakerName!: string | null;

  @Field(() => ID, { nullable: true, description: 'The topic (TOPIC).' })
  topic!: string | null;

  @Field(() => String, { nullable: true, description: "The topic's name." })
  topicName!: string | null;

  @Field(() => Stance, { nullable: true, description: 'The stance (STANCE).' })
  stance!: string | null;

  @Field(() => SpeechMode, { nullable: true, description: 'The speech mode (MODE).' })
  mode!: string | null;

  @Field(() => Attribution, { nullable: true, description: 'The attribution (ATTRIBUTION).' })
  attribution!: string | null;

  @Field(() => Provenance, { nullable: true, description: 'The provenance (PROVENANCE).' })
  provenance!: string | null;

  @Field(() => ID, { nullable: true, description: 'The article (ARTICLE).' })
  article!: string | null;

  @Field(() => ID, { nullable: true, description: "The article's publisher (PUBLISHER)." })
  publisher!: string | null;

  @Field(() => String, { nullable: true, description: "The publisher's name." })
  publisherName!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The first day of the time bucket (DAY, WEEK: its Monday, MONTH, YEAR); null for undated statements.',
  })
  period!: string | null;

  @Field(() => Int, { description: 'How many statements are in the group; 0 for an empty time bucket.' })
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Statements counted by group.' })
export class StatementStats {
  @Field(() => [StatsDimension], { description: 'The dimensions grouped by.' })
  groupBy!: StatsDimension[];

  @Field(() => [StatementGroup], {
    description:
      'The groups, by time bucket first (every bucket from the first to the last, empty ones with count 0, for every combination of the other values that occurs; undated statements last), then by the other values.',
  })
  groups!: StatementGroup[];
}
