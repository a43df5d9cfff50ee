import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'An entity whose name or alias matches a search, with how well it matches.' })
export class SearchHit {
  @Field(() => Float, {
    description:
      'Relevance from 0 to 1, best first: 1 (or just below) for an exact name or alias match ignoring case and accents, lower for matches of single words, prefixes or near spellings.',
  })
  score!: number;

  entityId!: string;
}
