import { wordSet } from '../lexicon/load';
import { Sentence, Token, TokenKind } from '../model';
import { SourceText } from './source-text';

/** Tokens and sentences of one article: the pipeline's first structural stage. */
export interface Tokenized {
  source: SourceText;
  tokens: Token[];
  sentences: Sentence[];
}

// Words keep inner hyphens, apostrophes and dots (`US-Präsident`, `don't`, `z.B`) and a number
// joined to them by a hyphen (`81-jährige`, `5-Prozent-Hürde`); numbers keep their separators
// (`2.800`, `1,3`). Everything else that is not space is a token of its own.
const TOKEN =
  /((?:\p{N}+-)+[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-'’.&][\p{L}\p{M}\p{N}]+)*)|(\p{N}+(?:[.,:]\p{N}+)*)|([\p{L}\p{M}\p{N}]+(?:[-'’.&][\p{L}\p{M}\p{N}]+)*)|(\s+)|([^\s])/gu;
const QUOTE_MARKS = new Set(['„', '“', '”', '‚', '‘', '’', '»', '«', '›', '‹', '"', "'"]);
const SENTENCE_END = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['“', '”', '‘', '’', '«', '»', '"', "'", ')', ']', '‹', '›']);
const BEFORE_NUMBER = wordSet('common/abbreviations.yaml', 'beforeNumber');
const ABBREVIATIONS = new Set([...wordSet('common/abbreviations.yaml', 'de'), ...wordSet('common/abbreviations.yaml', 'en')]);
const MONTHS = new Set(
  'januar februar märz april mai juni juli august september oktober november dezember jänner jan feb mär apr jun jul aug sep sept okt nov dez jahrhundert jahrhunderts'.split(
    ' ',
  ),
);

/** Whether the first character is an upper-case letter (a case test, cheaper than a Unicode-property regex per token). */
function isUpper(text: string): boolean {
  const c = text[0];
  if (c !== c.toLowerCase() && c === c.toUpperCase()) return true;
  // A compound takes its last part's class: `afp-Bericht`, `dpa-Meldung` are nouns.
  const hyphen = text.lastIndexOf('-');
  if (hyphen < 1 || hyphen === text.length - 1) return false;
  const h = text[hyphen + 1];
  return h !== h.toLowerCase() && h === h.toUpperCase();
}

/** Whether a word is an abbreviation whose full stop ends no sentence (`Dr`, `Prof`, `Gen`). */
export function isAbbreviation(t: Token): boolean {
  return t.kind === 'word' && ABBREVIATIONS.has(t.lower);
}

/** Splits a text into tokens (words, numbers, punctuation) and sentences, with code-point offsets. */
export function tokenize(source: SourceText): Tokenized {
  const tokens: Token[] = [];
  const breaksBefore: boolean[] = [];
  let pendingBreak = false;
  for (const m of source.text.matchAll(TOKEN)) {
    const unit = m.index ?? 0;
    if (m[4] !== undefined) {
      if (m[4].includes('\n')) pendingBreak = true;
      continue;
    }
    const text = m[0];
    const kind: TokenKind = m[2] !== undefined ? 'number' : m[1] !== undefined || m[3] !== undefined ? 'word' : QUOTE_MARKS.has(text) ? 'quote' : 'punct';
    const start = source.point(unit);
    tokens.push({
      start,
      end: source.point(unit + text.length),
      text,
      lower: text.toLowerCase(),
      kind,
      index: tokens.length,
      sentence: 0,
      upper: isUpper(text),
    });
    breaksBefore.push(pendingBreak);
    pendingBreak = false;
  }
  return { source, tokens, sentences: splitSentences(tokens, breaksBefore) };
}

function splitSentences(tokens: Token[], breaksBefore: boolean[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  let paragraph = 0;
  const close = (last: number) => {
    if (last <= first) return;
    const index = sentences.length;
    for (let i = first; i < last; i++) tokens[i].sentence = index;
    sentences.push({ index, first, last, start: tokens[first].start, end: tokens[last - 1].end, paragraph });
    first = last;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && breaksBefore[i]) {
      close(i);
      paragraph++;
    }
    if (!SENTENCE_END.has(tokens[i].text) || !endsSentence(tokens, i)) continue;
    let last = i + 1;
    // Closing quotation marks and brackets that touch the full stop belong to the sentence.
    while (last < tokens.length && CLOSERS.has(tokens[last].text) && tokens[last].start === tokens[last - 1].end && !breaksBefore[last]) last++;
    const next = tokens[last];
    if (!next || breaksBefore[last] || next.start === tokens[last - 1].end) continue;
    if (next.upper || next.kind === 'number' || next.kind === 'quote' || next.text === '(' || next.text === '–' || next.text === '-') {
      close(last);
      i = last - 1;
    }
  }
  close(tokens.length);
  return sentences;
}

/** Whether the punctuation mark at `i` can end a sentence (a full stop after `Dr` or `17` does not). */
function endsSentence(tokens: Token[], i: number): boolean {
  if (tokens[i].text !== '.') return true;
  const prev = tokens[i - 1];
  if (!prev || prev.end !== tokens[i].start) return true;
  if (prev.kind === 'word') {
    if (BEFORE_NUMBER.has(prev.lower)) return tokens[i + 1]?.kind !== 'number';
    if (ABBREVIATIONS.has(prev.lower) || /\./.test(prev.text)) return false;
    if ([...prev.text].length === 1 && prev.upper) return false; // an initial: `John F. Kennedy`
    return true;
  }
  if (prev.kind === 'number' && /^\d{1,2}$/.test(prev.text)) {
    // `am 17. Oktober`, `im 19. Jahrhundert`: an ordinal, not the end of a sentence.
    const next = tokens[i + 1];
    return !(next && MONTHS.has(next.lower));
  }
  return true;
}
