import { Field, Float, ObjectType } from 'type-graphql';

import * as vocabulary from '../../vocabulary';
import { RELATION_TYPE_INFO } from '../../vocabulary';
import { describedEnum } from '../common/enums';

/** The relations an article can state between entities (src/vocabulary/relations.ts). */
export const RelationType = describedEnum(
  'RelationType',
  'Kinds of relation an article states between two entities, read from `from` to `to`.',
  RELATION_TYPE_INFO,
);
export type RelationType = vocabulary.RelationType;

export const RelationDirection = describedEnum('RelationDirection', 'Which relations of an entity to list.', {
  OUTGOING: 'Relations from this entity (it is `from`): "Trump HEAD_OF_STATE_OF United States".',
  INCOMING: 'Relations to this entity (it is `to`): "Peskov SPOKESPERSON_OF Putin" seen from Putin.',
  BOTH: 'Both.',
});
export type RelationDirection = keyof typeof RelationDirection;

@ObjectType({ simpleResolvers: true, description: 'A relation an article states between two entities, with the passage that states it.' })
export class StatedRelation {
  @Field(() => RelationType, { description: 'The kind of relation, read from `from` to `to`.' })
  type!: RelationType;

  @Field(() => String, { nullable: true, description: "The annotator's note on the relation (an inference, a correction of the article...)." })
  note!: string | null;

  fromId!: string;
  toId!: string;
  articleId!: string | null;
  start!: number | null;
  end!: number | null;
  excerpt!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A fact an article states about an entity (a range, a price...), with its evidence.' })
export class Fact {
  @Field(() => String, { description: 'What the fact is about, in camelCase, such as "rangeKm" or "unitCostUsd".' })
  attribute!: string;

  @Field(() => String, { description: 'The value as the article gives it, as text ("1600", "a few dozen per year").' })
  value!: string;

  @Field(() => Float, { nullable: true, description: 'The value as a number, when it is one.' })
  numericValue!: number | null;

  @Field(() => String, { nullable: true, description: 'The unit of `value`, such as "km" or "USD".' })
  unit!: string | null;

  articleId!: string;
  start!: number;
  end!: number;
  excerpt!: string;
}
