import { Field, ObjectType } from 'type-graphql';

import { DateScalar } from '../common/dates';
import { Entity } from '../entity/entity.interface';
import { Node } from '../node/node.type';

@ObjectType({
  simpleResolvers: true,
  implements: [Entity, Node],
  description: 'Something that happened: a meeting, phone call, press conference, post, war...',
})
export class Event extends Entity {
  @Field(() => String, { description: 'What kind of event: "meeting", "phone call", "press conference", "social media post", "war" or "other".' })
  kind!: string;

  @Field(() => DateScalar, { nullable: true, description: 'The day it happened, when the article states or implies it.' })
  date!: string | null;

  @Field(() => String, { nullable: true, description: 'Where it happened, such as "White House, Washington".' })
  place!: string | null;
}
