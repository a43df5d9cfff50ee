import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'What one ingest wrote. The article was written all-or-nothing, replacing what it contributed before.' })
export class IngestResult {
  @Field(() => ID, { description: 'Id of the article written.' })
  articleId!: string;

  @Field(() => Int, { description: 'Entities the annotation describes (created or updated).' })
  entities!: number;

  @Field(() => Int, { description: 'Stated relations written.' })
  relations!: number;

  @Field(() => Int, { description: 'Facts about entities written.' })
  facts!: number;

  @Field(() => Int, { description: 'Statements written.' })
  statements!: number;
}
