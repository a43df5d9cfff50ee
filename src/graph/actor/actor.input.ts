import { Field, InputType } from 'type-graphql';

import { OptionalId } from '../common/fields';
import { ActorType } from '../entity/entity.type';
import { Stance } from '../statement/statement.type';

@InputType({ description: 'Narrows an actor list. All given fields must hold (AND); absent or null fields do not filter.' })
export class ActorFilter {
  @Field(() => ActorType, { nullable: true, description: 'Only persons, organizations, countries or groups.' })
  type?: ActorType | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only actors whose name or an alias contains this text, ignoring case. For fuzzy matching use `Query.search`.',
  })
  name?: string | null;

  @OptionalId('Only actors that took a stance on this topic (`topic:...`).')
  topic?: string | null;

  @Field(() => Stance, { nullable: true, description: 'Only actors that took this stance: on `topic` when given, otherwise on any topic.' })
  stance?: Stance | null;

  @OptionalId('Only actors this article mentions or quotes (`article:...`).')
  article?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only unnamed persons ("a German diplomat"); false: leave them out.' })
  anonymous?: boolean | null;
}
