import { Cue, Mention, Mode, Quote, Span } from '../model';
import { contentOfCue, hasReportedMood } from './content';
import { withContinuations } from './continuations';
import { Analysed } from './document';
import { mentionAt, opensSubject } from './mentions';
import { speakerOfCue } from './speakers';

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
  const cueAt = new Map<number, Cue>();
  for (const c of cues) for (const t of c.tokens) cueAt.set(t, c);
  const used = new Uint8Array(doc.tokens.length);
  const found: Found[] = [];
  const usedCues = new Set<Cue>();

  for (const q of doc.quotes) {
    if (q.parent !== undefined || q.words === 0) continue;
    const open = tokenAt(doc, q.start);
    const close = tokenAt(doc, q.end - 1);
    if (open < 0 || close < 0) continue;
    let cue = cueAfterQuote(doc, close, cueAt) ?? cueBeforeQuote(doc, open, cueAt) ?? cueInClause(doc, open, cueAt) ?? cueOfPredicative(doc, open, cueAt);
    const previous = found[found.length - 1];
    const continuation = previous?.quote && previous.cue && (cue === previous.cue || (!cue && interrupts(doc, previous, open)));
    if (continuation) cue = previous.cue;
    const standalone = isStandalone(doc, open, close);
    const uttered = namedAsUtterance(doc, open);
    if (!uttered && isTitle(doc, open, close)) continue;
    if (!cue && !uttered && !((standalone && q.words >= 4) || (q.words >= 2 && soundsSpoken(doc, open, close)))) continue;
    if (cue && q.words < 2 && !standalone && !cue.speechAct) continue;
    const inner = trimmedQuoteInner(doc, open, close);
    if (!inner) continue;
    const sentence = doc.tokens[open].sentence;
    // A slogan's speaker is who the sentence is about: `Die Demonstranten riefen Parolen wie „…“`.
    const speaker = continuation ? previous.speaker : cue ? (speakerOfCue(doc, cue) ?? (cue.kind === 'verb' ? mentionOutside(doc, doc.tokens[cue.tokens[0]].sentence, inner) : null)) : uttered ? mentionOutside(doc, sentence, inner) : null;
    const f: Found = { ...inner, mode: 'DIRECT_QUOTE', cue, speaker, carried: false, sentence: doc.tokens[open].sentence, quote: q };
    if (continuation) f.continues = previous;
    if (cue) usedCues.add(cue);
    found.push(f);
    for (let k = open; k <= close; k++) used[k] = 1;
  }

  for (const cue of cues) {
    if (usedCues.has(cue) || cue.tokens.some((t) => used[t])) continue;
    const speaker = speakerOfCue(doc, cue);
    const content = contentOfCue(doc, cue, speaker ? speaker.last : cue.tokens[cue.tokens.length - 1] + 1);
    if (!content) continue;
    if (content.mode === 'REPORTED_SPEECH' && !speaker) continue;
    if (overlapsUsed(used, content.first, content.last)) continue;
    const fallback = speaker ?? (cue.kind === 'verb' ? mentionOutside(doc, doc.tokens[cue.tokens[0]].sentence, content) : null);
    found.push({ ...content, cue, speaker: fallback, carried: false, sentence: doc.tokens[content.first].sentence });
    for (let k = content.first; k < content.last; k++) used[k] = 1;
    for (const t of cue.tokens) used[t] = 1;
  }

  found.sort((a, b) => a.start - b.start);
  return withContinuations(doc, found, used);
}

/**
 * The first noun phrase of a sentence outside a statement's content and quotes, for a cue whose
 * subject the word-order rules did not find: the sentence's topic is most often who speaks.
 */
function mentionOutside(doc: Analysed, sentence: number, content: { first: number; last: number }): Mention | null {
  const s = doc.sentences[sentence];
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

/** The cue right after a quote: `„…“, sagte er`, `„…“, so der Minister`, `"…," he said`. */
function cueAfterQuote(doc: Analysed, close: number, cueAt: Map<number, Cue>): Cue | null {
  const { tokens } = doc;
  let k = close + 1;
  if (tokens[k]?.text === ',' || tokens[k]?.text === '–' || tokens[k]?.text === '—') k++;
  const s = doc.sentences[tokens[close].sentence];
  const limit = Math.min(k + 8, doc.tokens.length);
  let source: Cue | null = null;
  for (let j = k; j < limit; j++) {
    const t = tokens[j];
    if (t.kind === 'quote' || (t.kind === 'punct' && t.text !== '.') || (t.text === '.' && j > k)) break;
    if (t.sentence !== s.index && j > k) break;
    const c = cueAt.get(j);
    // A verb names the speaker; a source phrase beside it names who relays it (`soll er laut Insidern gesagt haben`).
    if (c?.kind === 'verb') return c;
    if (c?.kind === 'source') source ??= c;
  }
  return source;
}

/** The cue before a quote's colon: `Er sagte: „…“`, also from the sentence before. */
function cueBeforeQuote(doc: Analysed, open: number, cueAt: Map<number, Cue>): Cue | null {
  const { tokens } = doc;
  const colon = tokens[open - 1];
  if (!colon || (colon.text !== ':' && colon.text !== ',')) return null;
  const s = doc.sentences[colon.sentence];
  for (let j = open - 2; j >= s.first && open - j < 25; j--) {
    if (tokens[j].kind === 'quote') break;
    const c = cueAt.get(j);
    if (c && c.kind === 'verb' && (colon.text === ':' || j >= open - 4)) return c;
  }
  return null;
}

/**
 * A verb earlier in the quote's sentence: `Russische Medien sprechen von einer „…“` (a content
 * verb in the same clause), `Sie nannte die Zahlen „aus der Luft gegriffen“`, `kritisierte die
 * Reise, die …, als „…“` (a speech act that the quoted words complete, over commas too). A
 * speech act quoted this way is told by its words: the quote replaces the REPORTED reading.
 */
function cueInClause(doc: Analysed, open: number, cueAt: Map<number, Cue>): Cue | null {
  const s = doc.sentences[doc.tokens[open].sentence];
  let commas = 0;
  for (let j = open - 1; j >= s.first && open - j <= 14; j--) {
    const t = doc.tokens[j];
    if (t.kind === 'quote' || (t.kind === 'punct' && t.text !== '(' && t.text !== ')' && t.text !== ',')) break;
    if (t.text === ',') commas++;
    const c = cueAt.get(j);
    if (!c || c.kind !== 'verb') continue;
    if (c.speechAct || (commas === 0 && open - j <= 8)) return c;
    return null;
  }
  return null;
}

/**
 * Quoted words that can only be someone's utterance: with a first- or second-person pronoun
 * (`„Wir erwarten euch“`, `"We will fight"`) or ending in `!` or `?` (`„Lasst mich raus!“`).
 */
function soundsSpoken(doc: Analysed, open: number, close: number): boolean {
  const last = doc.tokens[close - 1];
  if (last.text === '!' || last.text === '?') return true;
  for (let k = open + 1; k < close; k++) {
    const t = doc.tokens[k];
    if (t.kind === 'word' && doc.rules.firstPerson.has(t.lower)) return true;
  }
  return false;
}

/** Words that may stand in a title between its capitalised words: `BILD am Sonntag`, `Tribune of the People`. */
const TITLE_LINKS = new Set(['am', 'an', 'der', 'die', 'das', 'des', 'dem', 'und', 'für', 'im', 'in', 'von', 'vom', 'zur', 'zum', 'of', 'the', 'and', 'for', 'on', 'at', 'a', 'de', 'la', 'le', 'el', 'del', 'da', 'do', 'e', 'y', 'et', 'di']);

/**
 * A quoted name or title (`„Berliner Zeitung“`, `"The Guardian"`, `„BILD am Sonntag“`): two to
 * eight words, each capitalised or a linking word, nothing that ends a sentence. German
 * capitalises nouns, so one capitalised word alone (`„Wortbruch“`) is not taken for a title.
 */
function isTitle(doc: Analysed, open: number, close: number): boolean {
  let words = 0;
  for (let k = open + 1; k < close; k++) {
    const t = doc.tokens[k];
    if (t.kind === 'punct' && /[.!?,;]/.test(t.text)) return false;
    if (t.kind !== 'word' && t.kind !== 'number') continue;
    if (!t.upper && !TITLE_LINKS.has(t.lower) && t.kind === 'word') return false;
    words++;
  }
  return words >= 2 && words <= 8 && doc.tokens[open + 1].upper;
}

/**
 * Quoted words that the text names as an utterance: `Sein Motto „America First“`, `Parolen
 * wie „…“`, `mit der Aufschrift „…“`, `chanting slogans such as "…"` (the lexicon's
 * `utteranceNouns`, up to three words before the quote).
 */
function namedAsUtterance(doc: Analysed, open: number): boolean {
  const { tokens } = doc;
  for (let k = open - 1; k >= 0 && open - k <= 4; k--) {
    const t = tokens[k];
    if (t.kind === 'quote' || (t.kind === 'punct' && t.text !== ':')) return false;
    if (t.kind === 'word' && doc.rules.attribution.utteranceNouns.has(t.lower)) return true;
    if (t.kind === 'word' && !['wie', 'zum', 'beispiel', 'etwa', 'such', 'as', 'like'].includes(t.lower) && k < open - 1) return false;
  }
  return false;
}

/** Words before a quoted predicative or object: `bezeichnete X als „…“`, `hält X für „…“`, `sprach von einer „…“`. */
const PREDICATIVE = new Set(['als', 'für', 'von', 'vor', 'as']);

/**
 * The cue of quoted words that stand as what someone calls something (`wies dies als
 * „Unverschämtheit“ zurück`, `Die Zahl wurde als „übertrieben“ bezeichnet`): any reporting verb
 * of the sentence, before or after the quote.
 */
function cueOfPredicative(doc: Analysed, open: number, cueAt: Map<number, Cue>): Cue | null {
  const { tokens } = doc;
  let k = open - 1;
  if (tokens[k] && doc.rules.words.determiners.has(tokens[k].lower)) k--;
  if (!tokens[k] || !PREDICATIVE.has(tokens[k].lower)) return null;
  const s = doc.sentences[tokens[open].sentence];
  for (let j = s.first; j < s.last; j++) {
    const c = cueAt.get(j);
    if (c && c.kind === 'verb' && doc.quoteOf[j] < 0) return c;
  }
  return null;
}

/** A quote that makes up its own clause: after a sentence start, colon, comma or bracket, and before a clause end. */
function isStandalone(doc: Analysed, open: number, close: number): boolean {
  const { tokens } = doc;
  const before = tokens[open - 1];
  const after = tokens[close + 1];
  const startOk = !before || before.sentence !== tokens[open].sentence || before.kind === 'punct' || before.kind === 'quote' || tokens[open].index === doc.sentences[tokens[open].sentence].first;
  const endOk = !after || after.kind === 'punct' || after.kind === 'quote' || after.sentence !== tokens[close].sentence || /[.!?…]$/.test(doc.source.slice(tokens[close - 1].start, tokens[close - 1].end));
  return startOk && endOk;
}

function interrupts(doc: Analysed, previous: Found, open: number): boolean {
  const cue = previous.cue!;
  const lastCue = cue.tokens[cue.tokens.length - 1];
  const between = doc.tokens.slice(lastCue + 1, open);
  return doc.tokens[open].sentence === doc.tokens[lastCue].sentence && between.length <= 6 && between.some((t) => t.text === ',' || t.text === ':');
}

function trimmedQuoteInner(doc: Analysed, open: number, close: number): { start: number; end: number; first: number; last: number } | null {
  if (close <= open + 1) return null;
  return { start: doc.tokens[open].end, end: doc.tokens[close].start, first: open + 1, last: close };
}

export { hasReportedMood };
