import { Cue, Mention, Mode, Quote, Sentence, Span } from '../model';
import { contentOfCue, hasReportedMood } from './content';
import { withContinuations } from './continuations';
import {
  cueAfterQuote,
  cueBeforeQuote,
  cueInClause,
  cueOfPredicative,
  isNamedTerm,
  isStandalone,
  isTitle,
  namedAsUtterance,
  soundsSpoken,
  utteranceOwner,
} from './quote-cues';
import { Analysed } from './document';
import { mentionAt, opensSubject, spanMention } from './mentions';
import { subjectIn } from './subjects';
import { namesNobody, speakerOfCue } from './speakers';

/** A statement found by the rules, before attribution and entity linking. */
export interface Found extends Span {
  first: number;
  last: number;
  mode: Mode;
  cue: Cue | null;
  speaker: Mention | null;
  /** The speaker was carried over from the statement before, not named beside this one. */
  carried: boolean;
  sentence: number;
  quote?: Quote;
  continues?: Found;
}

/**
 * Direct quotes with their cue, cues with their content, and free indirect continuations: every
 * statement the rules find, in reading order. A quote's cue is the reporting phrase right after
 * it (`„…“, sagte er`) or the clause before its colon (`Er sagte: „…“`); a quote that is
 * interrupted by its cue (`„…“, sagte er, „…“`) becomes two statements, the second linked to the
 * first. A cue inside a statement's content is nested speech and is not a statement of its own.
 */
export function findStatements(doc: Analysed, cues: Cue[]): Found[] {
  const state: State = { cueAt: new Map(), used: new Uint8Array(doc.tokens.length), usedCues: new Set(), found: [] };
  for (const c of cues) for (const t of c.tokens) state.cueAt.set(t, c);
  for (const q of doc.quotes) if (q.parent === undefined && q.words > 0) quoteStatement(doc, q, state);
  for (const cue of cues) if (!state.usedCues.has(cue) && !cue.tokens.some((t) => state.used[t])) cueStatement(doc, cue, state);
  state.found.sort((a, b) => a.start - b.start);
  return withContinuations(doc, state.found, state.used, cues);
}

interface State {
  cueAt: Map<number, Cue>;
  /** Tokens already inside a statement (its quote or content) or its cue. */
  used: Uint8Array;
  usedCues: Set<Cue>;
  found: Found[];
}

/** A quote as a direct quote, when a cue, its form or the words before it make it an utterance. */
function quoteStatement(doc: Analysed, q: Quote, state: State): void {
  const { cueAt, found, used } = state;
  const open = tokenAt(doc, q.start);
  const close = tokenAt(doc, q.end - 1);
  if (open < 0 || close < 0) return;
  let cue = cueAfterQuote(doc, close, cueAt) ?? cueBeforeQuote(doc, open, cueAt) ?? cueInClause(doc, open, cueAt) ?? cueOfPredicative(doc, open, cueAt);
  const previous = found[found.length - 1];
  const continuation = previous?.quote && previous.cue && (cue === previous.cue || (!cue && interrupts(doc, previous, open)));
  if (continuation) cue = previous.cue;
  const standalone = isStandalone(doc, open, close);
  const uttered = namedAsUtterance(doc, open);
  if (!uttered && (isTitle(doc, open, close) || isNamedTerm(doc, open, close))) return;
  if (!cue && !uttered && !((standalone && q.words >= 4) || (q.words >= 2 && soundsSpoken(doc, open, close)))) return;
  if (cue && q.words < 2 && !standalone && !cue.speechAct) return;
  const inner = trimmedQuoteInner(doc, open, close);
  if (!inner) return;
  const sentence = doc.tokens[open].sentence;
  let speaker: Mention | null = null;
  if (continuation) speaker = previous.speaker;
  else if (cue)
    speaker = speakerOfCue(doc, cue) ?? (cue.kind === 'verb' && !namesNobody(doc, cue) ? mentionOutside(doc, doc.tokens[cue.tokens[0]].sentence, inner) : null);
  // A slogan's speaker is who the sentence is about: `Die Demonstranten riefen Parolen wie „…“`.
  else if (uttered) {
    // `Sein Motto „…“`: the possessive names whose words they are.
    const owner = utteranceOwner(doc, open);
    speaker = owner >= 0 ? spanMention(doc, owner, owner + 1, 'pronoun') : mentionOutside(doc, sentence, inner);
  }
  // Fields written out rather than spread: a spread of an object of changing shape is a slow copy in V8.
  const f: Found = {
    start: inner.start,
    end: inner.end,
    first: inner.first,
    last: inner.last,
    mode: 'DIRECT_QUOTE',
    cue,
    speaker,
    carried: false,
    sentence,
    quote: q,
  };
  if (continuation) f.continues = previous;
  if (cue) state.usedCues.add(cue);
  found.push(f);
  for (let k = open; k <= close; k++) used[k] = 1;
}

/** A cue with the content it introduces, unless that content is already another statement's. */
function cueStatement(doc: Analysed, cue: Cue, state: State): void {
  const { used } = state;
  const speaker = speakerOfCue(doc, cue);
  const content = contentOfCue(doc, cue, speaker ? speaker.last : cue.tokens[cue.tokens.length - 1] + 1);
  if (!content) return;
  if (content.mode === 'REPORTED_SPEECH' && !speaker) return;
  if (overlapsUsed(used, content.first, content.last)) return;
  const fallback = speaker ?? (cue.kind === 'verb' && !namesNobody(doc, cue) ? mentionOutside(doc, doc.tokens[cue.tokens[0]].sentence, content) : null);
  const { start, end, first, last, mode } = content;
  state.found.push({ start, end, first, last, mode, cue, speaker: fallback, carried: false, sentence: doc.tokens[first].sentence });
  for (let k = content.first; k < content.last; k++) used[k] = 1;
  for (const t of cue.tokens) used[t] = 1;
}

/**
 * The first noun phrase of a sentence outside a statement's content and quotes, for a cue whose
 * subject the word-order rules did not find: the sentence's topic is most often who speaks.
 */
function mentionOutside(doc: Analysed, sentence: number, content: { first: number; last: number }): Mention | null {
  const s = doc.sentences[sentence];
  return subjectIn(doc, s.first, s.last, content) ?? firstMention(doc, s, content);
}

/**
 * The first noun phrase of the sentence outside the content, also inside a prepositional phrase:
 * when no phrase can be the subject, the source is often a document or an occasion (`In einem
 * Bericht der Zeitung wird betont, dass …`, `auf einer Konferenz`).
 */
function firstMention(doc: Analysed, s: Sentence, content: { first: number; last: number }): Mention | null {
  for (let k = s.first; k < s.last; k++) {
    if (k >= content.first && k < content.last) {
      k = content.last - 1;
      continue;
    }
    const t = doc.tokens[k];
    if (doc.quoteOf[k] >= 0 || t.kind !== 'word' || !opensSubject(doc, t) || doc.rules.words.prepositions.has(doc.tokens[k - 1]?.lower ?? '')) continue;
    const m = mentionAt(doc, k, k < content.first ? content.first : s.last);
    if (m && m.kind !== 'pronoun') return m;
  }
  return null;
}

export function overlapsUsed(used: Uint8Array, first: number, last: number): boolean {
  for (let k = first; k < last; k++) if (used[k]) return true;
  return false;
}

function tokenAt(doc: Analysed, start: number): number {
  // Binary search: tokens are sorted by offset.
  let lo = 0;
  let hi = doc.tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = doc.tokens[mid];
    if (t.start === start) return mid;
    if (t.start < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function interrupts(doc: Analysed, previous: Found, open: number): boolean {
  const cue = previous.cue!;
  const lastCue = cue.tokens[cue.tokens.length - 1];
  // Checked in this order so that a cue far back costs nothing: the same sentence, a few tokens between.
  if (doc.tokens[open].sentence !== doc.tokens[lastCue].sentence || open - lastCue - 1 > 6) return false;
  return doc.tokens.slice(lastCue + 1, open).some((t) => t.text === ',' || t.text === ':');
}

function trimmedQuoteInner(doc: Analysed, open: number, close: number): { start: number; end: number; first: number; last: number } | null {
  if (close <= open + 1) return null;
  return { start: doc.tokens[open].end, end: doc.tokens[close].start, first: open + 1, last: close };
}

export { hasReportedMood };
