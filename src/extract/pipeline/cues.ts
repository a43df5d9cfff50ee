import { Cue, Token } from '../model';
import { Analysed, clauseAround } from './document';

/**
 * Finds reporting verbs and phrases outside quotes: verb forms of the language's lexicon (with a
 * separable particle where the verb has one: `teilte … mit`, `pointed out`); source phrases
 * (`laut`, `nach Angaben`, `according to`, `, so der Minister`); postpositions (`zufolge`); and
 * impersonal cues (`hieß es`). A capitalised verb form inside a German sentence is a noun
 * (`das Sagen`) and is skipped.
 */
export function findCues(doc: Analysed): Cue[] {
  const cues: Cue[] = [];
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    if (doc.quoteOf[i] >= 0 || tokens[i].kind !== 'word') continue;
    const cue = impersonalCue(doc, i) ?? sourceCue(doc, i) ?? verbCue(doc, i) ?? nounCue(doc, i);
    if (cue) {
      cues.push(cue);
      if (cue.kind !== 'verb') i = Math.max(i, cue.tokens[cue.tokens.length - 1]);
    }
  }
  return cues;
}

/** Whether a verb's clause has the words its lexicon entry requires and none it excludes (`bestehen darauf`, not `findet statt`). */
function fitsItsWords(doc: Analysed, i: number, lemma: string): boolean {
  const only = doc.rules.verbs.onlyWith.get(lemma);
  const not = doc.rules.verbs.notWith.get(lemma);
  if (!only && !not) return true;
  const clause = clauseAround(doc, i);
  let found = !only;
  for (let k = clause.first; k < clause.last; k++) {
    if (k === i) continue;
    if (only?.includes(doc.tokens[k].lower)) found = true;
    if (not?.includes(doc.tokens[k].lower)) return false;
  }
  return found;
}

/**
 * A participle used as an adjective: after an article or a preposition (and adverbs), before its
 * noun (`auf nicht weiter bezeichnete Quellen`, `die genannten Zahlen`), never a verb.
 */
function attributive(doc: Analysed, i: number): boolean {
  const { tokens, rules } = doc;
  if (rules.language !== 'de' || !/(e|en|er|es|em)$/.test(tokens[i].lower) || !tokens[i + 1]?.upper || tokens[i + 1].kind !== 'word') return false;
  let k = i - 1;
  // Adverbs and uninflected adjectives between (`nicht näher bezeichnete`, `eigens dafür gebaute`).
  while (
    k >= 0 &&
    i - k <= 3 &&
    tokens[k].kind === 'word' &&
    !tokens[k].upper &&
    (rules.words.adverbs.has(tokens[k].lower) || tokens[k].lower === 'nicht' || /(er|lich|ig|ell)$/.test(tokens[k].lower))
  )
    k--;
  const before = tokens[k];
  return (
    !!before &&
    before.sentence === tokens[i].sentence &&
    (rules.words.determiners.has(before.lower) || rules.words.prepositions.has(before.lower)) &&
    !before.upper
  );
}

function make(doc: Analysed, tokenIdx: number[], lemma: string, kind: Cue['kind'], speechAct = false, infinitive = false): Cue {
  const first = doc.tokens[tokenIdx[0]];
  if (kind === 'verb' && !speechAct) speechAct = actByPreposition(doc, tokenIdx[0], lemma);
  return { start: first.start, end: first.end, tokens: tokenIdx, lemma, kind, speechAct, infinitive };
}

function verbCue(doc: Analysed, i: number): Cue | null {
  const { tokens, rules } = doc;
  const t = tokens[i];
  const sentence = doc.sentences[t.sentence];
  if (t.upper && i !== sentence.first && rules.language === 'de') return null;
  // `Berichten der Zeitung zufolge`: a capitalised form that opens a postposition's phrase is a noun.
  if (t.upper && rules.language === 'de' && beforePostposition(doc, i)) return null;
  // `bekannt gegeben`, `hin gewiesen`: particle and participle written apart.
  const prev = tokens[i - 1];
  const joined = prev && prev.kind === 'word' && !prev.upper ? rules.verbs.forms.get(prev.lower + t.lower) : undefined;
  if (joined && joined.some((f) => !f.particle)) {
    const f = joined.find((x) => !x.particle)!;
    return make(doc, [i - 1, i], f.lemma, 'verb', rules.verbs.speechActs.has(f.lemma), rules.verbs.infinitive.has(f.lemma));
  }
  const forms = rules.verbs.forms.get(t.lower);
  if (!forms || !forms.some((f) => fitsItsWords(doc, i, f.lemma)) || attributive(doc, i)) return null;
  for (const f of forms) {
    if (!f.particle) {
      if (forms.some((g) => g.particle && particleAt(doc, i, g.particle) >= 0)) continue; // `teilt … mit` is `mitteilen`, not `teilen`
      return make(doc, [i], f.lemma, 'verb', rules.verbs.speechActs.has(f.lemma), rules.verbs.infinitive.has(f.lemma));
    }
    const p = particleAt(doc, i, f.particle);
    if (p >= 0) return make(doc, [i, p], f.lemma, 'verb', rules.verbs.speechActs.has(f.lemma), rules.verbs.infinitive.has(f.lemma));
  }
  return null;
}

/** A form of `werden` shortly before, in the clause: `Kritik wurde laut`, `Erneut wurden Vorwürfe laut`. */
function werdenBefore(doc: Analysed, i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 4; k--) {
    const t = doc.tokens[k];
    if (t.kind === 'punct' || t.kind === 'quote') return false;
    if (/^(werden|wurden|wurde|wird|worden)$/.test(t.lower)) return true;
  }
  return false;
}

/** Relative pronouns after a source preposition (`nach denen`, `laut welchem`); `dem` and `der` are articles too often. */
export const RELATIVE_SOURCE = new Set(['denen', 'welchen', 'welchem', 'welcher']);

/**
 * A noun of saying or thinking right before its content clause: `ist der Meinung, dass …`, `mit
 * dem Argument, die Züge …`, `the claim that …`. Without the clause it is no cue.
 */
const COPULA = new Set(['ist', 'war', 'sei', 'lautet', 'lautete', 'is', 'was']);

function nounCue(doc: Analysed, i: number): Cue | null {
  const { tokens, rules } = doc;
  const t = tokens[i];
  if (!rules.verbs.nouns.has(t.lower) || (rules.language === 'de' && !t.upper)) return null;
  let next = tokens[i + 1];
  // `Seine Forderung ist, dass …`, `Die Botschaft lautet: …`: the noun names the statement itself.
  if (next && COPULA.has(next.lower) && /^[,:]$/.test(tokens[i + 2]?.text ?? '')) return make(doc, [i, i + 1], `${t.lower} ist`, 'noun');
  const opens = next && (next.text === ',' || next.text === ':' || (rules.language === 'en' && next.lower === 'that'));
  next = next as Token;
  return opens && next.sentence === t.sentence ? make(doc, [i], t.lower, 'noun') : null;
}

/** `sprach von einem Erfolg`: a verb of the `actWith` list with its preposition later in the clause. */
function actByPreposition(doc: Analysed, i: number, lemma: string): boolean {
  const preps = doc.rules.verbs.actWith.get(lemma);
  if (!preps) return false;
  for (let k = i + 1; k < doc.tokens.length && k <= i + 8; k++) {
    const t = doc.tokens[k];
    if (t.kind === 'punct' || t.kind === 'quote') return false;
    if (preps.includes(t.lower)) return true;
  }
  return false;
}

function beforePostposition(doc: Analysed, i: number): boolean {
  for (let k = i + 1; k < doc.tokens.length && k <= i + 8; k++) {
    const t = doc.tokens[k];
    if (t.kind === 'punct') return false;
    if (doc.rules.attribution.postpositions.has(t.lower)) return true;
  }
  return false;
}

/** Index of the verb's separable particle: last word of the clause (German) or next word (English). */
function particleAt(doc: Analysed, i: number, particle: string): number {
  const { tokens, rules } = doc;
  const s = doc.sentences[tokens[i].sentence];
  if (rules.language === 'en') {
    for (let k = i + 1; k <= i + 2 && k < s.last; k++) if (tokens[k].lower === particle) return k;
    return -1;
  }
  for (let k = i + 1; k < s.last && k < i + 25; k++) {
    const t = tokens[k];
    if (t.kind === 'quote' && doc.inlineMark[k]) continue; // `wies die Kritik als „Frechheit“ zurück`
    // A short bracket stays inside the clause: `teilte am Abend (Ortszeit) mit`.
    if (t.text === '(' && clauseAround(doc, k).first <= i) {
      while (k < s.last && tokens[k].text !== ')') k++;
      continue;
    }
    if (t.kind === 'punct' || t.kind === 'quote') return -1;
    if (t.lower === particle && (k + 1 >= s.last || tokens[k + 1].kind === 'punct' || tokens[k + 1].kind === 'quote')) return k;
  }
  return -1;
}

function sourceCue(doc: Analysed, i: number): Cue | null {
  const { tokens, rules } = doc;
  const t = tokens[i];
  const a = rules.attribution;
  // `Umfragen, nach denen …`, `ein Bericht, laut welchem …`: a relative source phrase.
  if ((t.lower === 'nach' || a.sourcePrepositions.has(t.lower)) && tokens[i - 1]?.text === ',' && RELATIVE_SOURCE.has(tokens[i + 1]?.lower ?? '')) {
    return make(doc, [i, i + 1], `${t.lower} ${tokens[i + 1].lower}`, 'source');
  }
  if (a.sourcePrepositions.has(t.lower)) {
    // `Kritik wurde laut, dass …`: the adjective after `werden`, whose subject is what was voiced.
    if (rules.language === 'de' && /^[,:]$/.test(tokens[i + 1]?.text ?? '') && werdenBefore(doc, i)) return make(doc, [i], 'laut werden', 'noun');
    // English `according to`.
    if (t.lower === 'according') return tokens[i + 1]?.lower === 'to' ? make(doc, [i, i + 1], 'according to', 'source') : null;
    return make(doc, [i], t.lower, 'source');
  }
  if (a.postpositions.has(t.lower)) return make(doc, [i], t.lower, 'postposition');
  if (a.anaphoricSources.has(t.lower)) return make(doc, [i], t.lower, 'source');
  if (rules.language === 'de' && t.lower === 'nach') {
    // `nach Angaben der Polizei`, `nach eigenen Angaben`, `nach Polizeiangaben`, `nach den Worten des …`.
    for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
      if (isSourceNoun(doc, tokens[k])) return make(doc, [i, k], `nach ${tokens[k].lower}`, 'source');
      if (tokens[k].upper || tokens[k].kind !== 'word') break;
    }
  }
  if (rules.language === 'de' && tokens[i + 1]?.lower === 'nach' && isSourceNoun(doc, t) && rules.possessives[tokens[i - 1]?.lower ?? ''] !== undefined) {
    // `Seiner Meinung nach`.
    return make(doc, [i - 1, i, i + 1], `${t.lower} nach`, 'source');
  }
  if (t.lower === 'so' && rules.language === 'de') {
    // `…, so der Minister.`: after a comma or dash, before a noun phrase that ends the sentence.
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (
      prev &&
      (prev.text === ',' || prev.text === '–' || prev.text === '—' || prev.kind === 'quote') &&
      next &&
      next.kind === 'word' &&
      (rules.words.determiners.has(next.lower) || next.upper) &&
      !['dass', 'daß'].includes(next.lower)
    ) {
      return make(doc, [i], 'so', 'source');
    }
  }
  return null;
}

function isSourceNoun(doc: Analysed, t: Token): boolean {
  if (t.kind !== 'word' || !t.upper) return false;
  // Compared with every source-noun ending; words repeat, so each is tested once per language.
  let memo = sourceNounMemo.get(doc.rules);
  if (!memo) sourceNounMemo.set(doc.rules, (memo = new Map()));
  let v = memo.get(t.lower);
  if (v === undefined) {
    if (memo.size > 100000) memo.clear();
    v = doc.rules.attribution.sourceNouns.some((n) => t.lower === n || (t.lower.endsWith(n) && t.lower.length > n.length + 2));
    memo.set(t.lower, v);
  }
  return v;
}

const sourceNounMemo = new WeakMap<object, Map<string, boolean>>();

function impersonalCue(doc: Analysed, i: number): Cue | null {
  const { tokens } = doc;
  for (const seq of doc.rules.attribution.impersonal) {
    if (seq.every((w, k) => tokens[i + k]?.lower === w && tokens[i + k].sentence === tokens[i].sentence)) {
      return make(
        doc,
        seq.map((_, k) => i + k),
        seq.join(' '),
        'impersonal',
      );
    }
  }
  return null;
}
