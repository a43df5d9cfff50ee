/**
 * Building Lucene queries from user text. User text never reaches the query parser raw:
 * it is split into words (letters and digits only), lower-cased (so AND/OR/NOT are not operators)
 * and escaped, then assembled here. A text without words yields null: there is nothing to search.
 */

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes every character the Lucene classic query parser treats as syntax. */
export function escapeLucene(term: string): string {
  return term.replace(SPECIAL, (c) => `\\${c}`);
}

const FOLDS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** Lower case without accents, as the `standard-folding` analyzer sees text: "Selenskyj" = "selenskyj", "Çelik" = "celik". */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (c) => FOLDS[c] ?? c);
}

/** The words of a text: runs of letters and digits. */
export function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Edit distance allowed for a fuzzy term: none for very short words, more for long ones. */
function fuzziness(word: string): number {
  return word.length <= 3 ? 0 : word.length <= 6 ? 1 : 2;
}

/**
 * A query over names and aliases (`entity_names`, standard-folding): each word exactly, as a prefix
 * and fuzzily (typos, transliterations: "zelensky" ~ "selenskyj"), any word may match.
 */
export function nameQuery(text: string): string | null {
  const ws = words(fold(text)).map(escapeLucene);
  if (ws.length === 0) return null;
  const clauses = ws.map((w) => {
    const parts = [`${w}^3`, `${w}*^2`];
    const f = fuzziness(w);
    if (f > 0) parts.push(`${w}~${f}`);
    return `(${parts.join(' OR ')})`;
  });
  if (ws.length > 1) clauses.push(`"${ws.join(' ')}"^4`);
  return clauses.join(' OR ');
}

/** A query analysed by the index's own analyzer (German or English stemming): any word may match. */
export function stemmedAnyQuery(text: string): string | null {
  const ws = words(text.toLowerCase()).map(escapeLucene);
  return ws.length ? ws.join(' OR ') : null;
}

/** A query analysed by the index's own analyzer in which every word must match ("Rakete" finds "Raketen"). */
export function stemmedAllQuery(text: string): string | null {
  const ws = words(text.toLowerCase()).map(escapeLucene);
  return ws.length ? ws.map((w) => `+${w}`).join(' ') : null;
}
