import { Field, InterfaceType } from 'type-graphql';

import { typeNameOf } from '../common/rows';
import { Node } from '../node/node.type';

@InterfaceType({
  description: 'Something the articles name: a person, organization, group, country, weapon, topic or event.',
  implements: Node,
  resolveType: typeNameOf,
})
export abstract class Entity extends Node {
  @Field(() => String, { description: 'The canonical name (English where one exists), such as "Volodymyr Zelenskyy".' })
  name!: string;

  @Field(() => [String], { description: 'Other names and spellings the articles use, such as "Selenskyj" or "Kiew".' })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: 'The Wikidata QID, such as "Q22686", when the annotator could confirm one.' })
  wikidataId!: string | null;

  @Field(() => String, { nullable: true, description: 'A one-sentence description by the annotator.' })
  description!: string | null;

  @Field(() => [String], { description: "The annotator's notes: caveats, inferences, contradictions in the source." })
  notes!: string[];
}
