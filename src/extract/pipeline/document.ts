import { Quote, Sentence, Token } from '../model';
import { LanguageRules } from '../rules/language-rules';
import { SourceText } from '../text/source-text';
import { Tokenized } from '../text/tokenize';

/** What the stages after tokenisation share: tokens, sentences, quotes and the language's rules. */
export interface Analysed extends Tokenized {
  rules: LanguageRules;
  quotes: Quote[];
  /** For each token, the outermost quote whose marks enclose it (-1 outside quotes). */
  quoteOf: Int32Array;
  /** 1 for the marks of a quoted name or phrase of a few words (`die Zeitung „Nordkurier Abend“`), which stand inside a clause. */
  inlineMark: Uint8Array;
}

/** Tokens that end a clause inside a sentence. */
export const CLAUSE_BREAK = new Set([',', ';', ':', '–', '—', '(', ')', '-']);

export function analysed(doc: Tokenized, rules: LanguageRules, quotes: Quote[]): Analysed {
  const quoteOf = new Int32Array(doc.tokens.length).fill(-1);
  // Outer quotes are sorted and disjoint, so one walk over the tokens assigns them all.
  let i = 0;
  quotes.forEach((q, qi) => {
    if (q.parent !== undefined) return;
    while (i < doc.tokens.length && doc.tokens[i].start < q.start) i++;
    for (; i < doc.tokens.length && doc.tokens[i].end <= q.end; i++) quoteOf[i] = qi;
  });
  const inlineMark = new Uint8Array(doc.tokens.length);
  for (const q of quotes) {
    const open = tokenStartingAt(doc, q.start, 0);
    const close = tokenStartingAt(doc, q.end - 1, open);
    if (open < 0 || close < 0 || q.words === 0 || q.words > 4) continue;
    let inline = true;
    for (let k = open + 1; k < close; k++) if (doc.tokens[k].kind === 'punct' && doc.tokens[k].text !== '-' && doc.tokens[k].text !== '.') inline = false;
    if (inline) inlineMark[open] = inlineMark[close] = 1;
  }
  return { ...doc, rules, quotes, quoteOf, inlineMark };
}

function tokenStartingAt(doc: Tokenized, start: number, from: number): number {
  let lo = from;
  let hi = doc.tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = doc.tokens[mid].start;
    if (t === start) return mid;
    if (t < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Index range `[first, last)` of the clause around token `i`: between clause breaks, within the sentence. */
export function clauseAround(doc: Analysed, i: number): { first: number; last: number } {
  const s = doc.sentences[doc.tokens[i].sentence];
  let first = i;
  while (first > s.first && !isBreak(doc, first - 1)) first--;
  let last = i + 1;
  while (last < s.last && !isBreak(doc, last)) last++;
  return { first, last };
}

function isBreak(doc: Analysed, i: number): boolean {
  const t = doc.tokens[i];
  if (t.text === '(' || t.text === ')') return !isShortBracket(doc, i);
  return CLAUSE_BREAK.has(t.text) || (t.kind === 'quote' && !doc.inlineMark[i]);
}

/** A bracket of a few words (`(CDU)`, `(Ortszeit)`) belongs to the phrase before it, not a clause of its own. */
function isShortBracket(doc: Analysed, i: number): boolean {
  const { tokens } = doc;
  const step = tokens[i].text === '(' ? 1 : -1;
  const other = step === 1 ? ')' : '(';
  for (let k = i + step, n = 0; n < 5 && k >= 0 && k < tokens.length; k += step, n++) {
    if (tokens[k].text === other) return true;
    if (tokens[k].kind === 'punct' || tokens[k].kind === 'quote') return false;
  }
  return false;
}

/** The span of tokens `[first, last)` without surrounding punctuation and quotation marks. */
export function trimmedSpan(tokens: Token[], first: number, last: number): { start: number; end: number; first: number; last: number } | null {
  while (first < last && (tokens[first].kind === 'punct' || tokens[first].kind === 'quote') && tokens[first].text !== '(') first++;
  while (last > first && (tokens[last - 1].kind === 'punct' || tokens[last - 1].kind === 'quote') && tokens[last - 1].text !== ')') last--;
  if (last <= first) return null;
  return { start: tokens[first].start, end: tokens[last - 1].end, first, last };
}

/**
 * Whether tokens `[first, last)` hold a verb, so that they make a clause rather than a noun
 * phrase with its appositions: an auxiliary, a Konjunktiv, a reporting verb's form, or a word in
 * lower case that is no function word and has no adjective ending (`stand`, `kam`).
 */
export function hasVerb(doc: Analysed, first: number, last: number): boolean {
  const { tokens, rules } = doc;
  for (let k = first; k < last; k++) {
    const w = tokens[k];
    if (w.kind !== 'word' || doc.quoteOf[k] >= 0) continue;
    if (rules.words.auxiliaries.has(w.lower) || rules.isReportedMood(w) || (rules.verbs.forms.has(w.lower) && !w.upper)) return true;
    if (!w.upper && !rules.words.all.has(w.lower) && !rules.nameParticles.has(w.lower) && !/(e|en|er|es|em)$/.test(w.lower)) return true;
  }
  return false;
}

export function sentenceOf(doc: Analysed, i: number): Sentence {
  return doc.sentences[doc.tokens[i].sentence];
}

export function textOf(source: SourceText, span: { start: number; end: number }): string {
  return source.slice(span.start, span.end);
}
