import { Field, ID, Int, ObjectType } from 'type-graphql';

import { DateScalar } from '../common/dates';
import { Stance } from '../statement/statement.type';

@ObjectType({ simpleResolvers: true, description: 'One statement of a change of side: its stance, date and words.' })
export class StanceChangeStatement {
  @Field(() => ID, { description: 'The statement id.' })
  id!: string;

  @Field(() => Stance, { description: 'SUPPORT or OPPOSE.' })
  stance!: string;

  @Field(() => DateScalar, { description: 'The day it is dated.' })
  date!: string;

  @Field(() => String, { description: 'Its excerpt in the article.' })
  excerpt!: string;

  @Field(() => ID, { description: 'Its article.' })
  articleId!: string;
}

@ObjectType({
  simpleResolvers: true,
  description: 'An actor taking the other side of a topic: a statement and the next one of the same actor on the same topic, on opposite sides.',
})
export class StanceChange {
  @Field(() => ID, { description: 'The actor.' })
  actor!: string;

  @Field(() => String, { description: "The actor's name." })
  actorName!: string;

  @Field(() => ID, { description: 'The topic.' })
  topic!: string;

  @Field(() => String, { description: "The topic's name." })
  topicName!: string;

  @Field(() => StanceChangeStatement, { description: 'The earlier statement.' })
  before!: StanceChangeStatement;

  @Field(() => StanceChangeStatement, { description: 'The next statement, on the other side.' })
  after!: StanceChangeStatement;
}

@ObjectType({ simpleResolvers: true, description: "One period of an actor's stance on a topic." })
export class StancePeriod {
  @Field(() => DateScalar, { description: 'The first day of the period.' })
  period!: string;

  @Field(() => Int, { description: 'Supporting statements in it.' })
  support!: number;

  @Field(() => Int, { description: 'Neutral statements in it.' })
  neutral!: number;

  @Field(() => Int, { description: 'Opposing statements in it.' })
  oppose!: number;

  @Field(() => Int, { description: "Supports minus opposes: the side it leaned to (DNA's two-mode SUBTRACT of the period)." })
  net!: number;
}
