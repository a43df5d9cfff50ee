import { KnownEntities, NO_ENTITIES } from './linking/known-entities';
import { linkStatements, Linked } from './linking/link';
import { Language } from './model';
import { attribute } from './pipeline/attribution';
import { findCues } from './pipeline/cues';
import { analysed } from './pipeline/document';
import { findQuotes } from './pipeline/quotes';
import { findStatements } from './pipeline/statements';
import { rulesFor } from './rules/registry';
import { SourceText } from './text/source-text';
import { tokenize } from './text/tokenize';

export interface ExtractOptions {
  language: Language;
  entities?: KnownEntities;
  /** Prefix for the ids of anonymous speakers proposed for this article (its slug). */
  scope?: string;
}

/**
 * The whole pipeline over one article: text → tokens and sentences → quotes → cues → statements
 * with their speakers → attribution → entity links. Each stage is a function of the one before;
 * every offset is a code point of `text` as given.
 */
export function extract(text: string, options: ExtractOptions): Linked {
  const source = new SourceText(text);
  const rules = rulesFor(options.language);
  const tokens = tokenize(source);
  const doc = analysed(tokens, rules, findQuotes(tokens));
  const cues = findCues(doc);
  const found = findStatements(doc, cues);
  const attributed = attribute(doc, found, cues);
  return linkStatements(doc, attributed, options.entities ?? NO_ENTITIES, options.scope);
}
