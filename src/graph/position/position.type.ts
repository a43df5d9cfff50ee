import { Field, ObjectType } from 'type-graphql';

import { Count } from '../common/fields';
import { Stance } from '../statement/statement.type';

@ObjectType({
  simpleResolvers: true,
  description:
    "An actor's stance on a topic, with the statements that take it. An actor with both supporting and opposing statements on a topic has two positions: contradictions are shown, not averaged away.",
})
export class Position {
  @Field(() => Stance, { description: 'The stance these statements take.' })
  stance!: Stance;

  @Count('How many statements take this stance.')
  statementCount!: number;
}
