import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';

/** The relations an annotation can state between entities (src/ingest/annotation.ts RELATION_TYPES). */
export enum RelationType {
  HEAD_OF_STATE_OF = 'HEAD_OF_STATE_OF',
  HEAD_OF_GOVERNMENT_OF = 'HEAD_OF_GOVERNMENT_OF',
  SPOKESPERSON_OF = 'SPOKESPERSON_OF',
  MEMBER_OF = 'MEMBER_OF',
  ADVISER_OF = 'ADVISER_OF',
  MANUFACTURER_OF = 'MANUFACTURER_OF',
  ALLY_OF = 'ALLY_OF',
  OPPONENT_OF = 'OPPONENT_OF',
  PART_OF = 'PART_OF',
  LOCATED_IN = 'LOCATED_IN',
  CITIZEN_OF = 'CITIZEN_OF',
}

registerEnumType(RelationType, {
  name: 'RelationType',
  description: 'Kinds of relation an article states between two entities, read from `from` to `to`.',
  valuesConfig: {
    HEAD_OF_STATE_OF: { description: 'A person is head of state of a country.' },
    HEAD_OF_GOVERNMENT_OF: { description: 'A person is head of government of a country.' },
    SPOKESPERSON_OF: { description: 'A person speaks for a person, organization or country.' },
    MEMBER_OF: { description: 'An actor is a member of an organization or group.' },
    ADVISER_OF: { description: 'An actor advises a person.' },
    MANUFACTURER_OF: { description: 'An organization makes a weapon.' },
    ALLY_OF: { description: 'An actor is an ally of, or backs, another.' },
    OPPONENT_OF: { description: 'An actor opposes, or is at war with, another.' },
    PART_OF: { description: 'An organization, group or country is part of another.' },
    LOCATED_IN: { description: 'An organization, group, event or person is located in a country.' },
    CITIZEN_OF: { description: 'A person or group holds the citizenship of a country.' },
  },
});

export const RELATION_TYPES = Object.values(RelationType);

/** Relations that tie a person to the bodies they belong to, lead, speak for or advise. */
export const AFFILIATION_TYPES: readonly RelationType[] = [
  RelationType.HEAD_OF_STATE_OF,
  RelationType.HEAD_OF_GOVERNMENT_OF,
  RelationType.SPOKESPERSON_OF,
  RelationType.MEMBER_OF,
  RelationType.ADVISER_OF,
  RelationType.PART_OF,
  RelationType.CITIZEN_OF,
];

export enum RelationDirection {
  OUTGOING = 'OUTGOING',
  INCOMING = 'INCOMING',
  BOTH = 'BOTH',
}

registerEnumType(RelationDirection, {
  name: 'RelationDirection',
  description: 'Which relations of an entity to list.',
  valuesConfig: {
    OUTGOING: { description: 'Relations from this entity (it is `from`): "Trump HEAD_OF_STATE_OF United States".' },
    INCOMING: { description: 'Relations to this entity (it is `to`): "Peskov SPOKESPERSON_OF Putin" seen from Putin.' },
    BOTH: { description: 'Both.' },
  },
});

@ObjectType({ description: 'A relation an article states between two entities, with the passage that states it.' })
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

@ObjectType({ description: 'A fact an article states about an entity (a range, a price...), with its evidence.' })
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
