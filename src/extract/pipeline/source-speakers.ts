import { Cue, Mention } from '../model';
import { Analysed, clauseAround } from './document';
import { chunkMention, mentionAt, mentionEndingAt, spanMention } from './mentions';

/*
 * Speakers named by source phrases rather than as a verb's subject: `nach Angaben X`,
 * `X zufolge`, `heißt es in X`, `Seiner Meinung nach`.
 */

/** `Seiner Meinung nach`: the possessive stands for the speaker. */
export function pronounMention(doc: Analysed, i: number): Mention {
  const t = doc.tokens[i];
  return { start: t.start, end: t.end, text: t.text, kind: 'pronoun', first: i, last: i + 1 };
}

/**
 * `nach Angaben der Polizei`: the source noun with its genitive or `von` phrase; the speaker is
 * the phrase that names whose statement it is (`der Polizei`, `seines Anwalts`). Without one
 * (`nach eigenen Angaben`, `nach ersten Informationen`) the source phrase itself is the mention:
 * it names the source as the article gives it, and `eigen-` refers back to the clause's subject.
 */
export function sourceNounMention(doc: Analysed, cue: Cue): Mention | null {
  const { tokens } = doc;
  const noun = cue.tokens[1];
  const next = tokens[noun + 1];
  let inner: Mention | null = null;
  if (next && (next.lower === 'von' || next.lower === 'vom') && noun + 2 < tokens.length)
    inner = mentionAt(doc, noun + 2) ?? chunkMention(doc, noun + 2, clauseAround(doc, noun + 2).last);
  else if (next && (GENITIVE.has(next.lower) || doc.rules.possessives[next.lower] !== undefined)) inner = mentionAt(doc, noun + 1);
  else if (next && next.upper && next.kind === 'word') inner = mentionAt(doc, noun + 1); // `nach den Worten Putins`
  if (inner) return inner;
  const t = tokens[noun];
  // `nach Polizeiangaben`: the compound names the source.
  if (!doc.rules.attribution.sourceNouns.includes(t.lower)) return { start: t.start, end: t.end, text: t.text, kind: 'group', first: noun, last: noun + 1 };
  let first = cue.tokens[0] + 1;
  while (first < noun && doc.rules.words.determiners.has(tokens[first].lower)) first++;
  const own = tokens.slice(first, noun).some((x) => x.lower.startsWith('eigen'));
  return spanMention(doc, first, noun + 1, own ? 'pronoun' : 'anonymous');
}

const DATIVE_PRONOUNS = new Set(['ihm', 'ihr', 'ihnen', 'mir', 'uns']);
// Genitive articles, possessives and quantifiers: `nach Angaben des Ministeriums`, `nach Angaben mehrerer Medien`.
const GENITIVE = new Set([
  'des',
  'der',
  'eines',
  'einer',
  'seines',
  'seiner',
  'ihres',
  'ihrer',
  'dieses',
  'dieser',
  'unseres',
  'mehrerer',
  'einiger',
  'vieler',
  'zahlreicher',
  'aller',
  'beider',
  'verschiedener',
  'anderer',
  'mancher',
]);

/** `Der Polizei zufolge`, `Ihnen zufolge`, `dem Sender Radio Nord zufolge`: the phrase before. */
export function postpositionMention(doc: Analysed, i: number): Mention | null {
  const { tokens } = doc;
  const s = doc.sentences[tokens[i].sentence];
  const m = mentionEndingAt(doc, i, s.first);
  if (m) return m;
  // `Ihnen zufolge`, `ihm zufolge`: a personal pronoun in the dative.
  if (i > s.first && DATIVE_PRONOUNS.has(tokens[i - 1].lower)) return pronounMention(doc, i - 1);
  let first = i;
  while (
    first > s.first &&
    i - first < 6 &&
    tokens[first - 1].kind !== 'punct' &&
    tokens[first - 1].kind !== 'quote' &&
    !doc.rules.subordinators.has(tokens[first - 1].lower)
  )
    first--;
  return first < i ? (mentionAt(doc, first, i) ?? chunkMention(doc, first, i)) : null;
}

/**
 * The source of an impersonal cue, where the clause names one: `heißt es in der Erklärung`,
 * `In dem Bericht heißt es`, `hieß es aus Regierungskreisen`, `bei der Polizei`.
 */
export function agentIn(doc: Analysed, cue: Cue): Mention | null {
  const { tokens } = doc;
  const i = cue.tokens[0];
  const s = doc.sentences[tokens[i].sentence];
  const clause = clauseAround(doc, cue.tokens[cue.tokens.length - 1]);
  const from = Math.min(clause.first, i);
  // The sentence's start too, when a relative clause stands between it and the cue: `In dem Bericht, der …, heißt es`.
  for (let k = Math.min(from, s.first); k < clause.last; k++) {
    if (cue.tokens.includes(k) || !SOURCE_PLACE.has(tokens[k].lower)) continue;
    // Before the cue only at the clause's start (`In dem Bericht heißt es`); after it anywhere in the clause.
    if (k < i && k !== from && k !== s.first) continue;
    const m = mentionAt(doc, k + 1, k < i ? i : clause.last);
    if (m) return m;
  }
  return null;
}

const SOURCE_PLACE = new Set(['aus', 'bei', 'in', 'im', 'seitens', 'von', 'vom']);
