import { Mention, MentionKind, Token } from '../model';
import { isAbbreviation } from '../text/tokenize';
import { Analysed, CLAUSE_BREAK } from './document';

/** Determiners and quantifiers that can open a subject in the nominative (German). */
const NOMINATIVE = new Set([
  'der',
  'die',
  'das',
  'ein',
  'eine',
  'kein',
  'keine',
  'dieser',
  'diese',
  'dieses',
  'mehrere',
  'viele',
  'einige',
  'zahlreiche',
  'alle',
  'beide',
  'andere',
  'manche',
  'sein',
  'seine',
  'ihr',
  'ihre',
  'unser',
  'unsere',
  'jeder',
  'jede',
]);
const GENITIVE_DE = new Set(['des', 'der', 'eines', 'einer']);
const MAX_NP = 12;
const PARTITIVE_PLURAL = new Set(['einige', 'viele', 'mehrere', 'manche', 'alle', 'beide', 'zahlreiche', 'wenige', 'tausende', 'hunderte', 'dutzende']);
const PARTITIVE = new Set([...PARTITIVE_PLURAL, 'einer', 'eine', 'eines', 'keiner', 'keine', 'jeder', 'jede']);

/**
 * Parses the noun phrase that starts at token `i` and ends before `limit` (default: the end of
 * the sentence): a pronoun; or a determiner, its modifiers and a head (German: capitalised nouns
 * and names; English: any content words), with a genitive (`des Ministeriums`, `of the party`)
 * and a bracketed party or abbreviation (`(CDU)`). Returns null when no noun phrase starts there.
 */
export function mentionAt(doc: Analysed, i: number, limit?: number): Mention | null {
  const { tokens, rules } = doc;
  const end = Math.min(limit ?? doc.sentences[tokens[i]?.sentence ?? 0].last, i + MAX_NP);
  const t = tokens[i];
  if (!t || i >= end || t.kind !== 'word') return null;
  const pronoun = rules.pronouns[t.lower];
  if (pronoun && !(rules.language === 'en' && t.lower === 'it')) {
    if (pronoun.impersonal || t.lower === 'es') return null;
    return make(doc, i, i + 1, 'pronoun', pronoun.number === 'plural');
  }
  let j = i;
  const det = rules.words.determiners.has(t.lower) || rules.possessives[t.lower] !== undefined;
  // A quantifier or `einer` before a genitive is the head itself: `Einige der Demonstranten`, `Einer der Sprecher`.
  if (rules.language === 'de' && PARTITIVE.has(t.lower) && GENITIVE_DE.has(tokens[i + 1]?.lower ?? '')) {
    const inner = mentionAt(doc, i + 1, end);
    if (inner && inner.kind !== 'pronoun')
      return make(
        doc,
        i,
        inner.last,
        PARTITIVE_PLURAL.has(t.lower) ? 'group' : isRoleOrGroupIn(doc, inner) ? 'anonymous' : 'group',
        PARTITIVE_PLURAL.has(t.lower),
      );
  }
  if (det) j++;
  const headStart = j;
  j = rules.language === 'de' ? germanHead(doc, j, end) : englishHead(doc, j, end);
  if (j === headStart) return null;
  // Genitive attribute: `der Sprecher des Ministeriums`, `the leader of the party`.
  const gen = tokens[j];
  if (gen && j < end && ((rules.language === 'de' && GENITIVE_DE.has(gen.lower)) || (rules.language === 'en' && gen.lower === 'of'))) {
    const inner = mentionAt(doc, gen.lower === 'of' ? j + 1 : j, end);
    if (inner && inner.kind !== 'pronoun') j = inner.last;
  }
  // A quoted name after the head: `die Zeitung „Nordkurier Abend“`, `der „Arbeitskreis X“`.
  if (j < end && doc.inlineMark[j] && tokens[j].kind === 'quote') {
    let close = j + 1;
    while (close < end && !doc.inlineMark[close]) close++;
    if (close < end) j = close + 1;
  }
  // A bracketed party or abbreviation: `Anna Berg (SPD)`.
  if (tokens[j]?.text === '(' && tokens[j + 2]?.text === ')' && tokens[j + 1].kind === 'word' && j + 2 < end) j += 3;
  return classify(doc, i, j, det);
}

function germanHead(doc: Analysed, j: number, end: number): number {
  const { tokens, rules } = doc;
  const entry = j;
  // Modifiers: lower-case adjectives and participles, numbers, and adverbs before them (`ein nicht genannter Sprecher`).
  while (j < end && (isModifier(doc, tokens[j]) || (isDegreeAdverb(doc, tokens[j]) && isModifier(doc, tokens[j + 1])))) j++;
  const headStart = j;
  while (j < end) {
    const t = tokens[j];
    if (t.text === '.' && j > headStart && isAbbreviation(tokens[j - 1]) && tokens[j - 1].end === t.start && tokens[j + 1]?.upper) j++;
    else if (t.kind === 'word' && t.upper && !isFunctionWord(doc, t)) j++;
    else if (
      t.kind === 'word' &&
      rules.nameParticles.has(t.lower) &&
      j > headStart &&
      tokens[j + 1]?.upper &&
      tokens[j + 1].kind === 'word' &&
      !GENITIVE_DE.has(t.lower)
    )
      j += 2;
    else break;
  }
  return j === headStart ? entry : j;
}

/** An adverb that may stand before an adjective inside a noun phrase: `nicht genannte`, `sehr große`, `bisher unbekannte`. */
function isDegreeAdverb(doc: Analysed, t: Token): boolean {
  return t.kind === 'word' && !t.upper && (doc.rules.words.adverbs.has(t.lower) || t.lower === 'nicht');
}

function englishHead(doc: Analysed, j: number, end: number): number {
  const { tokens, rules } = doc;
  const start = j;
  while (j < end && j - start < 6) {
    const t = tokens[j];
    if (t.kind === 'number' && j === start) {
      j++;
      continue;
    }
    // `Dr. Anna Weber`, `Gen. Smith`: the full stop of a title abbreviation stays inside the name.
    if (t.text === '.' && j > start && isAbbreviation(tokens[j - 1]) && tokens[j - 1].end === t.start && tokens[j + 1]?.upper) {
      j++;
      continue;
    }
    if (t.kind !== 'word' || CLAUSE_BREAK.has(t.text)) break;
    if (rules.words.all.has(t.lower) && !(t.upper && j > start)) break;
    if (rules.verbs.forms.has(t.lower) && !t.upper) break;
    // A lower-case past form after the head is a verb the lexicon does not list: `Protesters chanted`.
    if (j > start && !t.upper && /[^e]ed$/.test(t.lower)) break;
    if (rules.nameParticles.has(t.lower) && !t.upper && !tokens[j + 1]?.upper) break;
    j++;
    // Possessive `'s` ends a determiner phrase: `the party's leader`.
  }
  return j;
}

function isModifier(doc: Analysed, t: Token): boolean {
  if (t.kind === 'number') return true;
  if (t.kind !== 'word' || t.upper) return false;
  if (isFunctionWord(doc, t)) return false;
  if (doc.rules.verbs.forms.has(t.lower)) return false;
  return /(e|en|er|es|em)$/.test(t.lower);
}

function isFunctionWord(doc: Analysed, t: Token): boolean {
  return doc.rules.words.all.has(t.lower) && !(doc.rules.language === 'de' && t.upper && !isSentenceStart(doc, t) && !doc.rules.words.pronouns.has(t.lower));
}

function isSentenceStart(doc: Analysed, t: Token): boolean {
  const s = doc.sentences[t.sentence];
  const prev = doc.tokens[t.index - 1];
  return t.index === s.first || (prev !== undefined && (prev.kind === 'quote' || prev.text === ':' || prev.text === '('));
}

function isRoleOrGroupIn(doc: Analysed, m: Mention): boolean {
  for (let k = m.first; k < m.last; k++) if (isRole(doc, doc.tokens[k]) || isGroup(doc, doc.tokens[k])) return true;
  return false;
}

/** Whether token `t` is a role noun (`Sprecher`, `US-Präsident`) by its ending. */
export function isRole(doc: Analysed, t: Token): boolean {
  if (t.kind !== 'word') return false;
  return memo(roleMemo, doc, t.lower, () =>
    doc.rules.language === 'en'
      ? doc.rules.roles.includes(t.lower)
      : doc.rules.roles.some((r) => t.lower === r || (t.lower.endsWith(r) && t.lower.length > r.length + 2)),
  );
}

export function isGroup(doc: Analysed, t: Token): boolean {
  if (t.kind !== 'word') return false;
  return memo(
    groupMemo,
    doc,
    t.lower,
    () => doc.rules.groups.has(t.lower) || (doc.rules.language === 'de' && [...doc.rules.groups].some((g) => g.length > 4 && t.lower.endsWith(g))),
  );
}

// Role and group tests compare a word with every lexicon ending; words repeat, so each is tested once per language.
const roleMemo = new WeakMap<object, Map<string, boolean>>();
const groupMemo = new WeakMap<object, Map<string, boolean>>();
function memo(store: WeakMap<object, Map<string, boolean>>, doc: Analysed, word: string, test: () => boolean): boolean {
  let m = store.get(doc.rules);
  if (!m) store.set(doc.rules, (m = new Map()));
  let v = m.get(word);
  if (v === undefined) {
    if (m.size > 200000) m.clear();
    m.set(word, (v = test()));
  }
  return v;
}

function classify(doc: Analysed, first: number, last: number, det: boolean): Mention {
  const { tokens, rules } = doc;
  // The name: the capitalised words after the last role or group noun of the head.
  let nameFirst = -1;
  let lastNoun = -1;
  let plural = false;
  for (let k = det ? first + 1 : first; k < last; k++) {
    const t = tokens[k];
    if (t.text === '(' || (rules.language === 'de' && GENITIVE_DE.has(t.lower) && k > first) || (rules.language === 'en' && t.lower === 'of')) break;
    if (isRole(doc, t) || isGroup(doc, t)) {
      lastNoun = k;
      nameFirst = -1;
      if (isGroup(doc, t) && !isRole(doc, t)) plural = true;
    } else if (t.upper && t.kind === 'word' && nameFirst < 0 && !isFunctionWord(doc, t)) nameFirst = k;
  }
  // A title abbreviation opens the mention, not the name: `Dr. Anna Weber` is named `Anna Weber`.
  if (nameFirst >= 0 && isAbbreviation(tokens[nameFirst]) && tokens[nameFirst + 1]?.text === '.' && nameFirst + 2 < last) nameFirst += 2;
  let nameLast = nameFirst;
  while (nameLast >= 0 && nameLast < last && (tokens[nameLast].upper || rules.nameParticles.has(tokens[nameLast].lower)) && tokens[nameLast].text !== '(')
    nameLast++;
  let kind: MentionKind;
  const indefinite = rules.indefinite.has(tokens[first].lower);
  // German: a determiner before capitalised words without a role noun is a common noun (`Die Kanadier`).
  const hasName = nameFirst >= 0 && (lastNoun >= 0 || !det || rules.language === 'en');
  if (hasName) kind = 'name';
  else if (indefinite) kind = 'anonymous';
  else if (rules.language === 'en')
    kind = lastNoun >= 0 ? (isRole(doc, tokens[lastNoun]) ? 'role' : 'group') : /s$/.test(tokens[last - 1].lower) ? 'group' : 'role';
  else if (plural || /(er|en|e|n)$/.test(tokens[last - 1].lower) === false) kind = 'group';
  else kind = lastNoun >= 0 && isRole(doc, tokens[lastNoun]) ? 'role' : plural ? 'group' : 'role';
  const m = make(doc, first, last, kind, plural);
  if (hasName && nameLast > nameFirst) {
    m.name = { start: tokens[nameFirst].start, end: tokens[nameLast - 1].end, text: doc.source.slice(tokens[nameFirst].start, tokens[nameLast - 1].end) };
  }
  return m;
}

function make(doc: Analysed, first: number, last: number, kind: MentionKind, plural: boolean): Mention {
  const start = doc.tokens[first].start;
  const end = doc.tokens[last - 1].end;
  return { start, end, text: doc.source.slice(start, end), kind, first, last, plural: plural || undefined };
}

/** Whether a token can open a subject (German: a nominative determiner, a name or a pronoun). */
export function opensSubject(doc: Analysed, t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  const { rules } = doc;
  if (rules.pronouns[t.lower]) return !rules.pronouns[t.lower].impersonal && t.lower !== 'es' && t.lower !== 'it';
  if (rules.language === 'de') {
    if (NOMINATIVE.has(t.lower)) return true;
    return t.upper && !isFunctionWord(doc, t) && !rules.verbs.forms.has(t.lower);
  }
  if (rules.words.determiners.has(t.lower)) return true;
  return t.upper && !rules.words.all.has(t.lower);
}

/**
 * The start of the noun phrase that ends at token `end - 1`, walking left over its words:
 * the antecedent of a relative clause (`Berg, die …`) or an English subject (`the minister said`).
 */
export function mentionEndingAt(doc: Analysed, end: number, floor: number): Mention | null {
  const { tokens, rules } = doc;
  let k = end - 1;
  while (k >= floor && tokens[k].kind === 'word' && rules.words.adverbs.has(tokens[k].lower) && !tokens[k].upper) k--;
  const last = k + 1;
  while (k >= floor) {
    const t = tokens[k];
    if (t.kind === 'word' && (rules.words.determiners.has(t.lower) || rules.possessives[t.lower] !== undefined)) {
      k--;
      break;
    }
    if (t.kind === 'word' && rules.pronouns[t.lower] && k === last - 1) {
      k--;
      break;
    }
    const content =
      t.kind === 'number' ||
      (t.kind === 'word' && (!rules.words.all.has(t.lower) || (t.upper && rules.language === 'de')) && !(rules.verbs.forms.has(t.lower) && !t.upper));
    if (!content && !(t.text === ')' || t.text === '(' || GENITIVE_DE.has(t.lower) || t.lower === 'of' || t.text === "'s" || t.text === '’s')) break;
    k--;
  }
  for (let start = k + 1; start < last; start++) {
    const m = mentionAt(doc, start, last);
    if (m && m.last === last) return m;
  }
  return null;
}

/**
 * A fallback mention over tokens `[first, limit)` when no noun phrase parses there: names that
 * start in lower case (`al-Hakim`, `meinblog.de`), phrases with a quoted or bracketed part. It
 * runs to the first clause break, keeps at most eight tokens and needs a word that is no
 * function word, so it never spans a clause.
 */
export function chunkMention(doc: Analysed, first: number, limit: number): Mention | null {
  const { tokens, rules } = doc;
  let last = first;
  let content = false;
  while (last < limit && last - first < 8) {
    const t = tokens[last];
    if (t.kind === 'punct' && t.text !== '(' && t.text !== ')' && t.text !== '.') break;
    if (t.kind === 'word' && rules.verbs.forms.has(t.lower) && !t.upper) break;
    // After its first word a name goes on in capitals or linking words: `al-Hakim sei …` ends before `sei`;
    // a determiner may stand before a name in lower case (`die tageszeitung`, `einer afp-Meldung`).
    const afterDeterminer =
      last === first + 1 && rules.words.determiners.has(tokens[first].lower) && !rules.verbs.forms.has(t.lower) && !rules.words.all.has(t.lower);
    if (
      last > first &&
      t.kind === 'word' &&
      !t.upper &&
      !afterDeterminer &&
      !rules.words.determiners.has(t.lower) &&
      !rules.words.prepositions.has(t.lower) &&
      !rules.nameParticles.has(t.lower)
    )
      break;
    if (t.kind === 'word' && (!rules.words.all.has(t.lower) || t.upper)) content = true;
    last++;
  }
  while (last > first && (tokens[last - 1].kind !== 'word' || rules.words.all.has(tokens[last - 1].lower)) && tokens[last - 1].text !== ')') last--;
  if (!content || last <= first) return null;
  const kind: MentionKind = tokens.slice(first, last).some((t) => t.upper) ? 'name' : 'group';
  return make(doc, first, last, kind, false);
}

/** A mention over exactly the tokens `[first, last)`, for phrases the stages delimit themselves. */
export function spanMention(doc: Analysed, first: number, last: number, kind: MentionKind): Mention {
  return make(doc, first, last, kind, false);
}
