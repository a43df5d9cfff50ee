import { Field, ID, ObjectType } from 'type-graphql';

import { Count } from '../common/fields';
import { Publication } from '../draft/publication.type';

@ObjectType({ simpleResolvers: true, description: 'What one ingest wrote. The article was written all-or-nothing, replacing what it contributed before.' })
export class IngestResult {
  @Field(() => ID, { description: 'Id of the article written.' })
  articleId!: string;

  @Count('Entities the annotation describes (created or updated).')
  entities!: number;

  @Count('Stated relations written.')
  relations!: number;

  @Count('Facts about entities written.')
  facts!: number;

  @Count('Statements written.')
  statements!: number;

  @Field(() => Publication, { description: 'The record of this write (who, when, what changed), as `publications` lists it.' })
  publication!: Publication;
}
