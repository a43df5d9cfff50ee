/** Relation and path relationship types in words ("HEAD_OF_STATE_OF" → "head of state of"). Pure. */

const RELATION_WORDS: Record<string, string> = {
  HEAD_OF_STATE_OF: 'head of state of',
  HEAD_OF_GOVERNMENT_OF: 'head of government of',
  SPOKESPERSON_OF: 'spokesperson of',
  MEMBER_OF: 'member of',
  ADVISER_OF: 'adviser of',
  MANUFACTURER_OF: 'manufacturer of',
  ALLY_OF: 'ally of',
  OPPONENT_OF: 'opponent of',
  PART_OF: 'part of',
  LOCATED_IN: 'located in',
  CITIZEN_OF: 'citizen of',
};

/** A stated relation type, read from `from` to `to`. */
export function relationWords(type: string): string {
  return RELATION_WORDS[type] ?? type.toLowerCase().replace(/_/g, ' ');
}

const PATH_WORDS: Record<string, string> = {
  SAID: 'said',
  ABOUT: 'is about',
  REPORTED_BY: 'reported by',
  TAKES_STANCE: 'takes a stance on',
  AT_EVENT: 'made at',
  PARTICIPATED_IN: 'took part in',
};

/** A relationship of a connection path: statement links (SAID, ABOUT…) or a stated relation. */
export function pathWords(type: string): string {
  return PATH_WORDS[type] ?? relationWords(type);
}
