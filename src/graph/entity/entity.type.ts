import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';

import { DateScalar } from '../common/dates';
import { Actor, Entity, Node } from '../node/node.type';

@ObjectType({ implements: [Actor, Entity, Node], description: 'A person: a named politician or spokesperson, or an unnamed source such as "a German diplomat".' })
export class Person extends Actor {
  @Field(() => Boolean, { description: 'True for an unnamed person the article quotes without naming ("ein deutscher Diplomat").' })
  anonymous!: boolean;

  @Field(() => [String], { description: 'Offices and roles the annotator recorded, such as "President of the United States".' })
  roles!: string[];
}

@ObjectType({ implements: [Actor, Entity, Node], description: 'An organization: a government body, company, media outlet, alliance, party, military...' })
export class Organization extends Actor {
  @Field(() => String, { nullable: true, description: 'What kind of organization: "government body", "company", "media outlet", "alliance", "party", "military", "international organization" or "other".' })
  kind!: string | null;
}

@ObjectType({ implements: [Actor, Entity, Node], description: 'A collective or unnamed speaker: "US media", "many EU governments", "insiders", the article\'s author...' })
export class Group extends Actor {
  @Field(() => String, { nullable: true, description: 'What kind of group, in the annotator\'s words: "media", "governments", "experts"...' })
  kind!: string | null;
}

@ObjectType({ implements: [Actor, Entity, Node], description: 'A country, also when an article names it by its capital ("Kiew", "Washington").' })
export class Country extends Actor {
  @Field(() => String, { nullable: true, description: 'The ISO 3166-1 alpha-2 code, such as "UA".' })
  isoCode!: string | null;
}

@ObjectType({ implements: [Entity, Node], description: 'A weapon system, such as the Tomahawk cruise missile.' })
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

@ObjectType({ implements: [Entity, Node], description: 'A question actors take positions on, such as "Delivery of Tomahawk missiles to Ukraine".' })
export class Topic extends Entity {}

@ObjectType({ implements: [Entity, Node], description: 'Something that happened: a meeting, phone call, press conference, post, war...' })
export class Event extends Entity {
  @Field(() => String, { description: 'What kind of event: "meeting", "phone call", "press conference", "social media post", "war" or "other".' })
  kind!: string;

  @Field(() => DateScalar, { nullable: true, description: 'The day it happened, when the article states or implies it.' })
  date!: string | null;

  @Field(() => String, { nullable: true, description: 'Where it happened, such as "White House, Washington".' })
  place!: string | null;
}

/** The concrete entity types, for filters. */
export enum EntityType {
  PERSON = 'Person',
  ORGANIZATION = 'Organization',
  GROUP = 'Group',
  COUNTRY = 'Country',
  WEAPON = 'Weapon',
  TOPIC = 'Topic',
  EVENT = 'Event',
}

registerEnumType(EntityType, {
  name: 'EntityType',
  description: 'The kinds of entity.',
  valuesConfig: {
    PERSON: { description: 'A `Person`.' },
    ORGANIZATION: { description: 'An `Organization`.' },
    GROUP: { description: 'A `Group`.' },
    COUNTRY: { description: 'A `Country`.' },
    WEAPON: { description: 'A `Weapon`.' },
    TOPIC: { description: 'A `Topic`.' },
    EVENT: { description: 'An `Event`.' },
  },
});

/** The kinds of actor, for `ActorFilter.type`. */
export enum ActorType {
  PERSON = 'Person',
  ORGANIZATION = 'Organization',
  GROUP = 'Group',
  COUNTRY = 'Country',
}

registerEnumType(ActorType, {
  name: 'ActorType',
  description: 'The kinds of actor.',
  valuesConfig: {
    PERSON: { description: 'A `Person`.' },
    ORGANIZATION: { description: 'An `Organization`.' },
    GROUP: { description: 'A `Group`.' },
    COUNTRY: { description: 'A `Country`.' },
  },
});
