/**
 * The annotation format (docs/annotation-format.md) as TypeScript types, after validation.
 * Everything here is plain data; `validate.ts` turns untrusted YAML/JSON into it.
 */

import type { Attribution, EntityType, SpeechMode, Stance } from '../vocabulary';

export interface ArticleAnnotation {
  id: string;
  title: string;
  language: string;
  /** The article's text, read from `file` or given inline (the `ingestArticle` mutation). */
  text: string;
  url?: string;
  publishedAt?: string;
  source?: string;
  notes: string[];
}

export interface FactAnnotation {
  attribute: string;
  value: string | number;
  unit?: string;
  excerpt: string;
}

export interface EntityAnnotation {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  wikidataId?: string;
  description?: string;
  notes: string[];
  facts: FactAnnotation[];
  /** Where the article names it (events: where it reports the event). */
  excerpt?: string;
  // Type-specific attributes.
  anonymous?: boolean;
  roles?: string[];
  kind?: string;
  isoCode?: string;
  category?: string;
  manufacturer?: string;
  rangeKm?: number;
  unitCostUsd?: number;
  annualProduction?: string;
  date?: string;
  place?: string;
  participants?: string[];
}

export interface RelationAnnotation {
  type: string;
  from: string;
  to: string;
  excerpt: string;
  note?: string;
}

export interface StatementAnnotation {
  id: string;
  speaker: string;
  text: string;
  translation?: string;
  mode: SpeechMode;
  attribution: Attribution;
  reportedBy?: string;
  event?: string;
  date?: string;
  about: string[];
  stances: { topic: string; stance: Stance }[];
  excerpt: string;
  notes: string[];
}

export interface Annotation {
  article: ArticleAnnotation;
  entities: EntityAnnotation[];
  relations: RelationAnnotation[];
  statements: StatementAnnotation[];
}

/** One problem in an annotation file, with the path of the offending value. */
export interface Problem {
  path: string;
  message: string;
}

/** An annotation file with problems: nothing of it is written. The message lists every problem. */
export class AnnotationError extends Error {
  override name = 'AnnotationError';
  constructor(
    readonly source: string,
    readonly problems: Problem[],
  ) {
    super(
      `${source} has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was written:\n` +
        problems.map((p) => `  ${p.path}: ${p.message}`).join('\n'),
    );
  }
}
