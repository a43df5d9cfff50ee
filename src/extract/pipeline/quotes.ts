import { Quote, Token } from '../model';
import { Tokenized } from '../text/tokenize';

/**
 * Quotation styles of the German and English press: the opening mark and the marks that close it.
 * `“` opens in English and closes in German, so which table applies is decided per article:
 * an article that uses `„` is German-style.
 */
const GERMAN_STYLE: Readonly<Record<string, string>> = { '„': '“”', '‚': '‘’', '»': '«', '«': '»', '›': '‹', '‹': '›', '"': '"', "'": "'" };
const ENGLISH_STYLE: Readonly<Record<string, string>> = { '“': '”“', '‘': '’', '«': '»', '»': '«', '„': '“”', '"': '"', "'": "'" };
const SPACE_LEFT = /[\s([{\u2013\u2014/–—-]/u;

interface Open {
  token: Token;
  closers: string;
}

/**
 * Pairs quotation marks within each paragraph, nested ones inside their outer quote. A mark
 * is an opener when it stands before a word with space (or an opening bracket) on its left, and
 * a closer when it stands after one; apostrophes inside words never reach this stage, and a
 * straight `'` after a word closes only a quote that a straight `'` opened. A quote left open at
 * the end of a paragraph continues when the next paragraph opens with the same mark (the English
 * convention for speeches over several paragraphs); otherwise it is dropped.
 */
export function findQuotes(doc: Tokenized): Quote[] {
  const { tokens, sentences, source } = doc;
  const style = source.text.includes('„') ? GERMAN_STYLE : ENGLISH_STYLE;
  const quotes: Quote[] = [];
  const stack: Open[] = [];
  let paragraph = -1;
  for (const t of tokens) {
    if (t.kind !== 'quote') continue;
    const p = sentences[t.sentence].paragraph;
    if (p !== paragraph) {
      const carried = stack.length === 1 && startsParagraphWith(doc, t, stack[0].token.text) ? stack[0] : undefined;
      stack.length = 0;
      paragraph = p;
      if (carried) {
        stack.push(carried);
        continue; // the repeated opening mark of the continued quote
      }
    }
    const prev = tokens[t.index - 1];
    const next = tokens[t.index + 1];
    const spaceLeft = !prev || prev.end < t.start || SPACE_LEFT.test(prev.text) || (prev.kind === 'quote' && isOpenerToken(stack, prev));
    const spaceRight = !next || next.start > t.end || (next.kind === 'punct' && next.text !== '(' && next.text !== '…');
    const top = stack[stack.length - 1];
    const closesTop = top && top.closers.includes(t.text) && !spaceLeft;
    const canOpen = style[t.text] !== undefined && spaceLeft && !spaceRight;
    if (closesTop || (top && top.closers.includes(t.text) && !canOpen && closesStraight(t, top))) {
      stack.pop();
      quotes.push(makeQuote(tokens, top.token, t, stack.length));
    } else if (canOpen) {
      stack.push({ token: t, closers: style[t.text] });
    } else {
      const depth = stack.findIndex((o) => o.closers.includes(t.text));
      if (depth >= 0 && !spaceLeft) {
        const open = stack[depth];
        stack.length = depth;
        quotes.push(makeQuote(tokens, open.token, t, depth));
      }
    }
  }
  quotes.sort((a, b) => a.start - b.start);
  // Parents: the nearest enclosing quote.
  const open: number[] = [];
  quotes.forEach((q, i) => {
    while (open.length && quotes[open[open.length - 1]].end <= q.start) open.pop();
    if (open.length) q.parent = open[open.length - 1];
    open.push(i);
  });
  return quotes;
}

function makeQuote(tokens: Token[], open: Token, close: Token, _depth: number): Quote {
  let words = 0;
  for (let i = open.index + 1; i < close.index; i++) if (tokens[i].kind === 'word' || tokens[i].kind === 'number') words++;
  return { start: open.start, end: close.end, inner: { start: open.end, end: close.start }, open: open.text, close: close.text, words };
}

/** A straight mark with space on both sides (`" `) may still close a straight quote. */
function closesStraight(t: Token, top: Open): boolean {
  return (t.text === '"' || t.text === "'") && top.token.text === t.text;
}

function isOpenerToken(stack: Open[], t: Token): boolean {
  return stack.some((o) => o.token === t);
}

function startsParagraphWith(doc: Tokenized, t: Token, mark: string): boolean {
  const prev = doc.tokens[t.index - 1];
  return t.text === mark && (!prev || doc.sentences[prev.sentence].paragraph !== doc.sentences[t.sentence].paragraph);
}
