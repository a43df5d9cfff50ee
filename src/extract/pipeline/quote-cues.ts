import { Cue } from '../model';
import { Analysed } from './document';

/*
 * What the words around a quote say about it: where its cue stands, and whether the quoted
 * words are an utterance at all (a title or a name is not).
 */

/** The cue right after a quote: `„…“, sagte er`, `„…“, so der Minister`, `"…," he said`. */
export function cueAfterQuote(doc: Analysed, close: number, cueAt: Map<number, Cue>): Cue | null {
  const { tokens } = doc;
  let k = close + 1;
  if (tokens[k]?.text === ',' || tokens[k]?.text === '–' || tokens[k]?.text === '—') k++;
  const s = doc.sentences[tokens[close].sentence];
  const limit = Math.min(k + 8, doc.tokens.length);
  let source: Cue | null = null;
  // German inverts an attribution after a quote (`„…“, sagte er`); a noun phrase first opens a
  // clause of its own (`„…“, der Trainer bezeichnete …`), whose verb is no cue of this quote.
  const first = tokens[k];
  if (
    !doc.rules.subjectFirst &&
    tokens[k - 1]?.text === ',' &&
    first &&
    first.kind === 'word' &&
    (first.upper || doc.rules.words.determiners.has(first.lower)) &&
    !cueAt.has(k)
  )
    return null;
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
export function cueBeforeQuote(doc: Analysed, open: number, cueAt: Map<number, Cue>): Cue | null {
  const { tokens } = doc;
  const colon = tokens[open - 1];
  if (!colon || (colon.text !== ':' && colon.text !== ',')) return null;
  const s = doc.sentences[colon.sentence];
  for (let j = open - 2; j >= s.first && open - j < 25; j--) {
    if (tokens[j].kind === 'quote') break;
    const c = cueAt.get(j);
    // A verb before the colon, or `so X:` (`…, so Berg weiter: „…“`).
    if (c && (c.kind === 'verb' || (c.kind === 'source' && c.lemma === 'so' && colon.text === ':')) && (colon.text === ':' || j >= open - 4)) return c;
  }
  return null;
}

/**
 * A verb earlier in the quote's sentence: `Russische Medien sprechen von einer „…“` (a content
 * verb in the same clause), `Sie nannte die Zahlen „aus der Luft gegriffen“`, `kritisierte die
 * Reise, die …, als „…“` (a speech act that the quoted words complete, over commas too). A
 * speech act quoted this way is told by its words: the quote replaces the REPORTED reading.
 */
export function cueInClause(doc: Analysed, open: number, cueAt: Map<number, Cue>): Cue | null {
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
export function soundsSpoken(doc: Analysed, open: number, close: number): boolean {
  const last = doc.tokens[close - 1];
  if (last.text === '!' || last.text === '?') return true;
  for (let k = open + 1; k < close; k++) {
    const t = doc.tokens[k];
    if (t.kind === 'word' && doc.rules.firstPerson.has(t.lower)) return true;
  }
  return false;
}

/** Words that may stand in a title between its capitalised words: `BILD am Sonntag`, `Tribune of the People`. */
const TITLE_LINKS = new Set([
  'am',
  'an',
  'der',
  'die',
  'das',
  'des',
  'dem',
  'und',
  'für',
  'im',
  'in',
  'von',
  'vom',
  'zur',
  'zum',
  'of',
  'the',
  'and',
  'for',
  'on',
  'at',
  'a',
  'de',
  'la',
  'le',
  'el',
  'del',
  'da',
  'do',
  'e',
  'y',
  'et',
  'di',
]);

/**
 * A quoted name or title (`„Berliner Zeitung“`, `"The Guardian"`, `„BILD am Sonntag“`): two to
 * eight words, each capitalised or a linking word, nothing that ends a sentence. German
 * capitalises nouns, so one capitalised word alone (`„Skandal“`) is not taken for a title.
 */
export function isTitle(doc: Analysed, open: number, close: number): boolean {
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

/** Articles and possessives that make a quoted word a noun phrase's head: `des „Kurier“`, `die „Sieger“`. */
const DEFINITE = new Set([
  'der',
  'die',
  'das',
  'des',
  'dem',
  'den',
  'the',
  'sein',
  'seine',
  'seinen',
  'seinem',
  'seiner',
  'ihr',
  'ihre',
  'ihren',
  'ihrem',
  'ihrer',
]);

/**
 * A quoted name or term of up to six words that a noun phrase is built on: after the noun it
 * names (`die Zeitung „Nordpost“`, `die Initiative „Bürger für Bäume“`), or after a
 * definite article or a preposition (`des „Kurier“`, `für „Solaris“`). An evaluation after an object (`nannte die Entscheidung
 * „unfair“`) is lower case, and `einen „Skandal“` has the indefinite article of a predicative.
 */
export function isNamedTerm(doc: Analysed, open: number, close: number): boolean {
  const { tokens, rules } = doc;
  if (tokens[open + 1].kind !== 'word' || !tokens[open + 1].upper) return false;
  // Up to six words without a sentence's punctuation: `die Initiative „Bürger für Bäume“`.
  let words = 0;
  for (let k = open + 1; k < close; k++) {
    if (tokens[k].kind === 'punct' && /[.!?,;:]/.test(tokens[k].text)) return false;
    if (tokens[k].kind === 'word') words++;
  }
  if (words > 6 || soundsSpoken(doc, open, close)) return false;
  const before = tokens[open - 1];
  if (!before || before.kind !== 'word' || before.sentence !== tokens[open].sentence) return false;
  if (DEFINITE.has(before.lower) || (rules.words.prepositions.has(before.lower) && before.lower !== 'als')) return true;
  return before.upper && !rules.words.all.has(before.lower) && open - 1 !== doc.sentences[before.sentence].first;
}

/**
 * Quoted words that the text names as an utterance: `Sein Motto „America First“`, `Parolen
 * wie „…“`, `mit der Aufschrift „…“`, `chanting slogans such as "…"` (the lexicon's
 * `utteranceNouns`, up to three words before the quote).
 */
export function namedAsUtterance(doc: Analysed, open: number): boolean {
  const { tokens } = doc;
  for (let k = open - 1; k >= 0 && open - k <= 4; k--) {
    const t = tokens[k];
    if (t.kind === 'quote' || (t.kind === 'punct' && t.text !== ':')) return false;
    if (t.kind === 'word' && doc.rules.attribution.utteranceNouns.has(t.lower)) return true;
    if (t.kind === 'word' && !['wie', 'zum', 'beispiel', 'etwa', 'such', 'as', 'like'].includes(t.lower) && k < open - 1) return false;
  }
  return false;
}

/**
 * The possessive before the noun that names quoted words as an utterance (`Sein Motto „…“`,
 * `ihre Parole „…“`): whose utterance it is. Its token index, or -1.
 */
export function utteranceOwner(doc: Analysed, open: number): number {
  const { tokens, rules } = doc;
  for (let k = open - 1; k >= 0 && open - k <= 4; k--) {
    if (tokens[k].kind === 'word' && rules.attribution.utteranceNouns.has(tokens[k].lower)) {
      const before = tokens[k - 1];
      return before && POSSESSIVE_PRONOUN.test(before.lower) ? k - 1 : -1;
    }
  }
  return -1;
}

/** Possessive determiners of the third person (and `his`, `her`, `their`). */
const POSSESSIVE_PRONOUN = /^(sein|seine|seinen|seinem|seiner|seines|ihr|ihre|ihren|ihrem|ihrer|ihres|his|her|their)$/;

/** Words before a quoted predicative or object: `bezeichnete X als „…“`, `hält X für „…“`, `sprach von einer „…“`. */
const PREDICATIVE = new Set(['als', 'für', 'von', 'vor', 'as']);

/**
 * The cue of quoted words that stand as what someone calls something (`wies dies als
 * „Frechheit“ zurück`, `Die Zahl wurde als „maßlos“ bezeichnet`): any reporting verb
 * of the sentence, before or after the quote.
 */
export function cueOfPredicative(doc: Analysed, open: number, cueAt: Map<number, Cue>): Cue | null {
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
export function isStandalone(doc: Analysed, open: number, close: number): boolean {
  const { tokens } = doc;
  const before = tokens[open - 1];
  const after = tokens[close + 1];
  const startOk =
    !before ||
    before.sentence !== tokens[open].sentence ||
    before.kind === 'punct' ||
    before.kind === 'quote' ||
    tokens[open].index === doc.sentences[tokens[open].sentence].first;
  const endOk =
    !after ||
    after.kind === 'punct' ||
    after.kind === 'quote' ||
    after.sentence !== tokens[close].sentence ||
    /[.!?…]$/.test(doc.source.slice(tokens[close - 1].start, tokens[close - 1].end));
  return startOk && endOk;
}
