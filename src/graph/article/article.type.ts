import { Field, ObjectType } from 'type-graphql';

import { DateScalar } from '../common/dates';
import { connectionTypes } from '../common/connection';
import { Offset } from '../common/fields';
import { Node } from '../node/node.type';

@ObjectType({ simpleResolvers: true, implements: Node, description: 'A news article the graph was built from, with its full text.' })
export class Article extends Node {
  @Field(() => String, { description: 'The headline.' })
  title!: string;

  @Field(() => String, { description: 'The ISO 639-1 language of the text, such as "de".' })
  language!: string;

  @Field(() => DateScalar, { nullable: true, description: 'The publication day, when known (the bundled article does not state it).' })
  publishedAt!: string | null;

  @Field(() => String, { description: 'The full text. Evidence offsets (`start`, `end`) count Unicode code points into it, not UTF-16 units.' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'Where the article was published online, when known.' })
  url!: string | null;

  @Field(() => [String], { description: "The annotator's notes on the article: missing metadata, contradictions, conventions used." })
  notes!: string[];
}

@ObjectType({
  simpleResolvers: true,
  description:
    'Where an article supports a claim: the span `[start, end)` of `article.text` in Unicode code points (not UTF-16 units; in JavaScript use `[...text].slice(start, end).join("")`), and the text of that span.',
})
export class Evidence {
  @Offset('Offset of the first code point of the span in `article.text`.')
  start!: number;

  @Offset('Offset just after the last code point of the span (exclusive).')
  end!: number;

  @Field(() => String, { description: 'The text of the span, verbatim.' })
  excerpt!: string;

  /** Resolved to `article` by EvidenceArticleResolver. */
  articleId!: string;
}

@ObjectType({ simpleResolvers: true, description: 'An article naming an entity, with the span where it does when the annotator gave one.' })
export class Mention {
  @Offset('Code-point offset of the span naming the entity in `article.text`, when given.', { nullable: true })
  start!: number | null;

  @Offset('Code-point offset just after that span (exclusive), when given.', { nullable: true })
  end!: number | null;

  @Field(() => String, { nullable: true, description: 'The text of that span, when given.' })
  excerpt!: string | null;

  /** Resolved to `article` and `entity` by MentionArticleResolver and MentionResolver. */
  articleId!: string;
  entityId!: string;
}

export const { Connection: ArticleConnection, ConnectionResolver: ArticleConnectionResolver } = connectionTypes(() => Article, {
  name: 'Article',
  singular: 'article',
  plural: 'articles',
  order: 'newest first',
  total: 'How many articles there are (exact).',
});
