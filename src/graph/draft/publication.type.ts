import { Field, ID, Int, ObjectType } from 'type-graphql';

import { connectionTypes } from '../common/connection';
import { DecisionCounts, Draft } from './draft.type';

@ObjectType({
  simpleResolvers: true,
  description:
    'One write of an article through the API, a publish of a draft or an `ingestArticle`: who wrote it, when, what the review decided and what changed in the article.',
})
export class Publication extends DecisionCounts {
  @Field(() => ID, { description: 'The publication id.' })
  id!: string;

  @Field(() => ID, { description: 'The article written.' })
  articleId!: string;

  @Field(() => String, { description: '`PUBLISH` (a draft published with `publishDraft`) or `INGEST` (an annotation written with `ingestArticle`).' })
  via!: string;

  @Field(() => ID, { nullable: true, description: 'The draft it was published from; null for an `ingestArticle`.' })
  draftId!: string | null;

  @Field(() => String, { description: 'When, ISO 8601.' })
  at!: string;

  @Field(() => String, { description: 'The name of the API key that published it (never the key).' })
  by!: string;

  @Field(() => Int, { description: 'Statements the article has after this publish.' })
  statements!: number;

  @Field(() => [String], { description: 'The provenances of the statements written (CURATED, REVIEWED...); empty for records older than this field.' })
  provenance!: string[];

  @Field(() => [ID], { description: 'Statements this publish added to the article.' })
  addedStatements!: string[];

  @Field(() => [ID], { description: 'Statements this publish removed from the article.' })
  removedStatements!: string[];

  @Field(() => [ID], { description: 'Statements this publish changed (text, form, attribution, speaker, targets or stances).' })
  changedStatements!: string[];
}

@ObjectType({ simpleResolvers: true, description: 'What a publish wrote.' })
export class PublishResult {
  @Field(() => Draft, { description: 'The draft, now published.' })
  draft!: Draft;

  @Field(() => ID, { description: 'The article written.' })
  articleId!: string;

  @Field(() => Publication, { description: 'The record of this publish.' })
  publication!: Publication;
}

@ObjectType({ simpleResolvers: true, description: "What the review of an article's proposals decided, from its latest publish that had proposals." })
export class ArticleReview extends DecisionCounts {}

export const { Connection: PublicationConnection, ConnectionResolver: PublicationConnectionResolver } = connectionTypes(() => Publication, {
  name: 'Publication',
  singular: 'publication',
  plural: 'publications',
  order: 'newest first',
  total: 'How many publishes there were (exact).',
});

/** A Publication node's properties as the API shows them; records from before `via` and `provenance` existed were publishes. */
export function publicationOf(row: Record<string, unknown>): Publication {
  return { via: 'PUBLISH', draftId: null, provenance: [], ...row } as unknown as Publication;
}
