import { Field, ID, ObjectType } from 'type-graphql';

import { Count } from '../common/fields';
import { Stance } from '../statement/statement.type';

@ObjectType({
  description:
    "An actor's stance on a topic, with every statement that takes it. An actor with both supporting and opposing statements on a topic has two positions: contradictions are shown, not averaged away.",
})
export class Position {
  @Field(() => Stance, { description: 'The stance these statements take.' })
  stance!: Stance;

  @Count('How many statements take this stance.')
  statementCount!: number;

  @Field(() => [ID], {
    description:
      'Ids of the statements taking this stance, in reading order: what `statements { id }` answers, as a plain list that costs nothing to resolve for a topic with thousands of statements.',
  })
  statementIds!: string[];

  actorId!: string;
  topicId!: string;
}
