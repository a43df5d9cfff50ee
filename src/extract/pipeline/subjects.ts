import { Mention, Token } from '../model';
import { canBeSubject, GENITIVE, NOMINATIVE } from '../rules/morphology';
import { Analysed } from './document';
import { isGroup, isRole, mentionAt } from './mentions';

/*
 * Whether a noun phrase can be a verb's subject, by its case and number marks (German `der
 * Minister` is nominative, `der Zeitung` and `dem Sender` are not; `Reportern` is a dative
 * plural; `er` is a subject, `ihm` and `him` are not), and the search for the subject among the
 * phrases of a clause.
 */

const COORDINATION = new Set(['und', 'oder', 'sowie', 'and', 'or']);
const PREDICATIVE = new Set(['als', 'wie', 'as']);

/** `only`: the form allows nothing but a subject; `maybe`: a subject or an object; `no`: no subject. */
export type Fit = 'only' | 'maybe' | 'no';

/** How well mention `m` fits as the subject of finite verb `verb` (its number unknown when absent). */
export function subjectFit(doc: Analysed, m: Mention, verb?: Token): Fit {
  const { tokens, rules } = doc;
  const head = headOf(doc, m);
  if (head !== undefined && rules.morphology.isTemporal(tokens[head])) return 'no';
  const c = rules.morphology.nounPhrase(tokens, m.first, m.last);
  if (!canBeSubject(c, verb ? numberOf(doc, verb) : undefined)) return 'no';
  // A genitive reading (`der Sprecher` as a plural genitive) is no argument of a verb: ignore it.
  return (c & ~GENITIVE & ~NOMINATIVE) === 0 ? 'only' : 'maybe';
}

/** The number a verb shows, only when it is a finite form (an auxiliary or a finite reporting verb). */
function numberOf(doc: Analysed, verb: Token): 'singular' | 'plural' | undefined {
  const { rules } = doc;
  const forms = rules.verbs.forms.get(verb.lower);
  const finite = rules.words.auxiliaries.has(verb.lower) || (forms?.some((f) => f.finite) ?? false);
  return finite ? rules.morphology.verbNumber(verb) : undefined;
}

/** The token of the mention's noun: the first capitalised word after its determiner and adjectives. */
function headOf(doc: Analysed, m: Mention): number | undefined {
  for (let k = m.first; k < m.last; k++) {
    const t = doc.tokens[k];
    if (t.kind === 'word' && t.upper && !(k === m.first && doc.rules.words.determiners.has(t.lower))) return k;
  }
  return m.last - m.first === 1 ? m.first : undefined;
}

/** A person, a body or a name: what can speak (`der Minister`, `die Polizei`, `Anna Berg`, `er`), as against `die Pläne`. */
export function personLike(doc: Analysed, m: Mention): boolean {
  if (m.kind === 'pronoun') return true;
  for (let k = m.first; k < m.last; k++) {
    const t = doc.tokens[k];
    if (k > m.first && doc.rules.words.determiners.has(t.lower)) break; // a genitive: `die Pläne der Regierung`
    if (isRole(doc, t) || isGroup(doc, t)) return true;
  }
  // A name, unless its words are abstract nouns by their suffix (`Jede Verantwortung`).
  if (!m.name) return false;
  const words = doc.tokens.slice(m.first, m.last).filter((t) => t.kind === 'word' && t.upper);
  return !words.some((t) => doc.rules.morphology.isAbstractNoun(t));
}

/**
 * The subject among the noun phrases after a finite verb, up to `end`: the first phrase whose
 * form allows only a subject (`sagte der Minister`), else the first that allows one, a person
 * before a thing (`forderte die Stadt die Bürger auf`). Prepositional phrases, adverbs, times
 * (`heute Abend`) and objects (`sagte der Zeitung`, `dankte den Helfern`) are passed over.
 * `skip` are token indexes that belong to the cue; `from` is where the search starts, for a
 * subordinate clause whose verb stands last (`wie der Zeitung ein Sprecher sagte`).
 */
export function subjectAfter(doc: Analysed, finite: number, end: number, skip: readonly number[], from = finite + 1): Mention | null {
  const { tokens, rules } = doc;
  let maybe: Mention | null = null;
  let maybePerson: Mention | null = null;
  for (let k = from; k < end; k++) {
    const t = tokens[k];
    if (skip.includes(k)) continue;
    if (t.kind !== 'word') {
      if (t.kind === 'number' || t.text === '.' || (t.kind === 'quote' && doc.inlineMark[k])) continue;
      break;
    }
    if (rules.words.prepositions.has(t.lower)) {
      // Skip the prepositional phrase: `am Freitag`, `gegenüber der Zeitung`, `in Berlin`.
      const pp = mentionAt(doc, k + 1, end);
      k = pp ? pp.last - 1 : k;
      continue;
    }
    if (rules.words.adverbs.has(t.lower) || t.lower === 'sich' || t.lower === 'es' || t.lower === 'auch') continue;
    // What follows a coordination is another verb's or another object's: `warnte vor Sturm und starken Niederschlägen`.
    if (COORDINATION.has(t.lower)) break;
    const m = mentionAt(doc, k, end);
    if (m) {
      const fit = subjectFit(doc, m, tokens[finite]);
      if (fit === 'only') return m;
      if (fit === 'maybe') {
        maybe ??= m;
        if (personLike(doc, m)) maybePerson ??= m;
      }
      k = m.last - 1;
      continue;
    }
    if (rules.language === 'de' && !t.upper) continue; // a lower-case word between verb and subject: `sagte gestern`
    break;
  }
  return maybePerson ?? maybe;
}

/**
 * The likely subject among the noun phrases of tokens `[first, last)` when no verb is known: a
 * phrase whose form allows only a subject, else the first person or body that may be one, else
 * the first phrase that may be one. Phrases after a preposition and inside quotes are passed over,
 * and so are the tokens of `outside` (a statement's content). With `verb`, its number must agree;
 * with `pronouns`, a personal pronoun that can only be a subject counts (`legte er … nieder und …`).
 */
export function subjectIn(
  doc: Analysed,
  first: number,
  last: number,
  outside?: { first: number; last: number },
  verb?: Token,
  pronouns = false,
): Mention | null {
  const { tokens, rules } = doc;
  let maybe: Mention | null = null;
  let maybePerson: Mention | null = null;
  for (let k = first; k < last; k++) {
    if (outside && k >= outside.first && k < outside.last) {
      k = outside.last - 1;
      continue;
    }
    const t = tokens[k];
    if (doc.quoteOf[k] >= 0 || t.kind !== 'word') continue;
    // A phrase after a preposition, or after `als`/`wie` (a predicative: `Als scheidende Ministerin …`), is no subject.
    if (rules.words.prepositions.has(t.lower) || PREDICATIVE.has(t.lower)) {
      const pp = mentionAt(doc, k + 1, Math.min(last, outside && outside.first > k ? outside.first : last));
      k = pp ? pp.last - 1 : k;
      continue;
    }
    const m = mentionAt(doc, k, outside && outside.first > k ? Math.min(outside.first, last) : last);
    if (!m) continue;
    k = m.last - 1;
    const fit = subjectFit(doc, m, verb);
    if (fit === 'no') continue;
    if (fit === 'only' && (pronouns || m.kind !== 'pronoun')) return m;
    if (m.kind === 'pronoun' && !pronouns) continue;
    maybe ??= m;
    if (personLike(doc, m)) maybePerson ??= m;
  }
  return maybePerson ?? maybe;
}
