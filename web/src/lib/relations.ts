/** Relation and path relationship types in words ("HEAD_OF_STATE_OF" → "head of state of"). Pure. */
import { LINK_TYPE_INFO, RELATION_TYPE_INFO } from '../../../src/vocabulary';

const wordsOf = (info: Readonly<Record<string, { readonly words: string }>>, type: string): string | undefined =>
  Object.prototype.hasOwnProperty.call(info, type) ? info[type].words : undefined;

/** A stated relation type, read from `from` to `to`. */
export function relationWords(type: string): string {
  return wordsOf(RELATION_TYPE_INFO, type) ?? type.toLowerCase().replace(/_/g, ' ');
}

/** A relationship of a connection path: statement links (SAID, ABOUT…) or a stated relation. */
export function pathWords(type: string): string {
  return wordsOf(LINK_TYPE_INFO, type) ?? relationWords(type);
}
