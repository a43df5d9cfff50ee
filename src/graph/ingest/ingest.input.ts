import { Field, InputType } from 'type-graphql';

@InputType({
  description:
    'An article to write: its plain text and its annotation, in the same format as the files `npm run ingest` reads (docs/annotation-format.md), without `article.file`.',
})
export class IngestArticleInput {
  @Field(() => String, { description: 'The annotation as YAML or JSON text.' })
  annotation!: string;

  @Field(() => String, { description: "The article's full plain text; every excerpt of the annotation must occur in it exactly once." })
  text!: string;
}
