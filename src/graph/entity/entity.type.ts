import { Field, Float, ObjectType } from 'type-graphql';

import * as vocabulary from '../../vocabulary';
import { ACTOR_TYPES, ENTITY_TYPES, ENTITY_TYPE_INFO } from '../../vocabulary';
import { Actor } from '../actor/actor.interface';
import { describedEnum } from '../common/enums';
import { Node } from '../node/node.type';
import { Entity } from './entity.interface';

@ObjectType({
  simpleResolvers: true,
  implements: [Actor, Entity, Node],
  description: 'A person: a named politician or spokesperson, or an unnamed source such as "a German diplomat".',
})
export class Person extends Actor {
  @Field(() => Boolean, { description: 'True for an unnamed person the article quotes without naming ("ein deutscher Diplomat").' })
  anonymous!: boolean;

  @Field(() => [String], { description: 'Offices and roles the annotator recorded, such as "President of the United States".' })
  roles!: string[];
}

@ObjectType({
  simpleResolvers: true,
  implements: [Actor, Entity, Node],
  description: 'An organization: a government body, company, media outlet, alliance, party, military...',
})
export class Organization extends Actor {
  @Field(() => String, {
    nullable: true,
    description:
      'What kind of organization: "government body", "company", "media outlet", "alliance", "party", "military", "international organization" or "other".',
  })
  kind!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  implements: [Actor, Entity, Node],
  description: 'A collective or unnamed speaker: "US media", "many EU governments", "insiders", the article\'s author...',
})
export class Group extends Actor {
  @Field(() => String, { nullable: true, description: 'What kind of group, in the annotator\'s words: "media", "governments", "experts"...' })
  kind!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  implements: [Actor, Entity, Node],
  description: 'A country, also when an article names it by its capital ("Kiew", "Washington").',
})
export class Country extends Actor {
  @Field(() => String, { nullable: true, description: 'The ISO 3166-1 alpha-2 code, such as "UA".' })
  isoCode!: string | null;
}

@ObjectType({ simpleResolvers: true, implements: [Entity, Node], description: 'A weapon system, such as the Tomahawk cruise missile.' })
export class Weapon extends Entity {
  @Field(() => String, { description: 'The kind of weapon, such as "cruise missile".' })
  category!: string;

  @Field(() => Float, { nullable: true, description: 'Range in kilometres, as the article states it (see `facts` for the evidence).' })
  rangeKm!: number | null;

  @Field(() => Float, { nullable: true, description: 'Cost per unit in US dollars, as the article states it (see `facts` for the evidence).' })
  unitCostUsd!: number | null;

  @Field(() => String, { nullable: true, description: 'Production per year, in the article\'s words, such as "a few dozen".' })
  annualProduction!: string | null;
}

/** The concrete entity types, for filters. */
export const EntityType = describedEnum('EntityType', 'The kinds of entity.', typeDescriptions(ENTITY_TYPES), enumKey);
export type EntityType = vocabulary.EntityType;

/** The kinds of actor, for `ActorFilter.type`. */
export const ActorType = describedEnum('ActorType', 'The kinds of actor.', typeDescriptions(ACTOR_TYPES), enumKey);
export type ActorType = vocabulary.ActorType;

function typeDescriptions<T extends vocabulary.EntityType>(types: readonly T[]): Record<T, string> {
  return Object.fromEntries(types.map((t) => [t, `${/^[AEIOU]/.test(t) ? 'An' : 'A'} \`${t}\`.`])) as Record<T, string>;
}

function enumKey<T extends vocabulary.EntityType>(type: T): string {
  return ENTITY_TYPE_INFO[type].enumKey;
}
