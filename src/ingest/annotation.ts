/**
 * The annotation format (docs/annotation-format.md) as TypeScript types, after validation.
 * Everything here is plain data; `validate.ts` turns untrusted YAML/JSON into it.
 */

import type { Attribution, EntityType, Provenance, SpeechMode, Stance } from '../vocabulary';

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

/** A span of the article, `[start, end)` in code points, with the text it selects. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/**
 * An entity the annotation names by id alone: one already in the graph (or loaded by another
 * file). It is not written; the write refuses the file when it is not there.
 */
export interface EntityReference {
  id: string;
  type: EntityType;
  /** Where the annotation names it, for the error when it is missing: `entities[3]`. */
  path: string;
}

export interface StatementAnnotation {
  id: string;
  /** Who said it; absent when nobody can be named (the extractor never guesses one). */
  speaker?: string;
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
  /** Code-point offsets of the excerpt, when the annotation gives them (a repeated excerpt needs them). */
  start?: number;
  end?: number;
  /** Where the speaker is named, and the reporting verb or phrase (the extractor gives both). */
  speakerMention?: TextSpan;
  cue?: TextSpan;
  /** CURATED (hand-coded, the default), AUTOMATIC (machine-proposed) or REVIEWED. */
  provenance: Provenance;
  /** The extractor's confidence, 0 to 1 (machine-proposed statements). */
  confidence?: number;
  /** The extractor and its version that proposed it: "stancegraph-extract 1.0". */
  extractor?: string;
  notes: string[];
}

export interface Annotation {
  article: ArticleAnnotation;
  entities: EntityAnnotation[];
  /** Entities named by id alone (see EntityReference). */
  references: EntityReference[];
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
