import { Cue, Mention } from '../model';
import { Analysed, clauseAround } from './document';
import { mentionAt, mentionEndingAt, opensSubject } from './mentions';

const PASSIVE = new Set(['wurde', 'wurden', 'wird', 'werden', 'worden', 'was', 'were', 'been', 'is', 'are']);
const AGENT = new Set(['von', 'vom', 'seitens', 'by']);
const SUBJECT_RELATIVE = new Set(['der', 'die', 'welcher', 'welche', 'who', 'which', 'that']);
const RELATIVE = new Set(['der', 'die', 'das', 'dem', 'den', 'deren', 'dessen', 'welche', 'welcher', 'welches', 'who', 'which']);

/**
 * The mention a cue attributes its statement to, or null when the text names nobody. A source
 * phrase names it after itself (`laut X`, `nach Angaben X`, `so X`, `according to X`) or before a
 * postposition (`X zufolge`). A verb's subject is found by word order: German puts it before the
 * finite verb (`Der Minister sagte`) unless something else fills that place (`Dies sagte der
 * Minister`, `…, sagte er`); a subordinate clause has it after its conjunction (`wie er sagte`);
 * a relative clause refers back to the noun before it (`Deiss, der … sagte`). A passive names its
 * speaker with `von`/`by`.
 */
export function speakerOfCue(doc: Analysed, cue: Cue): Mention | null {
  const { tokens } = doc;
  const last = cue.tokens[cue.tokens.length - 1];
  switch (cue.kind) {
    case 'impersonal':
      return agentIn(doc, cue.tokens[0]);
    case 'postposition':
      return mentionEndingAt(doc, cue.tokens[0], doc.sentences[tokens[cue.tokens[0]].sentence].first);
    case 'source': {
      if (cue.tokens.length === 3) return pronounMention(doc, cue.tokens[0]); // `Seiner Meinung nach`
      if (cue.lemma.startsWith('nach ')) return sourceNounMention(doc, cue);
      return mentionAt(doc, last + 1);
    }
    default:
      return verbSubject(doc, cue);
  }
}

function pronounMention(doc: Analysed, i: number): Mention {
  const t = doc.tokens[i];
  return { start: t.start, end: t.end, text: t.text, kind: 'pronoun', first: i, last: i + 1 };
}

/** `nach Angaben der Polizei`: the source noun with its genitive or `von` phrase. */
function sourceNounMention(doc: Analysed, cue: Cue): Mention | null {
  const { tokens } = doc;
  const noun = cue.tokens[1];
  const next = tokens[noun + 1];
  let inner: Mention | null = null;
  if (next && (next.lower === 'von' || next.lower === 'vom')) inner = mentionAt(doc, noun + 2);
  else if (next && ['des', 'der', 'eines', 'einer'].includes(next.lower)) inner = mentionAt(doc, noun + 1);
  else if (next && next.upper && next.kind === 'word') inner = mentionAt(doc, noun + 1); // `nach den Worten Putins`
  const t = tokens[noun];
  if (!inner) {
    // `nach Polizeiangaben`: the compound names the source; `nach eigenen Angaben` names nobody here.
    if (doc.rules.attribution.sourceNouns.includes(t.lower)) return null;
    return { start: t.start, end: t.end, text: t.text, kind: 'group', first: noun, last: noun + 1 };
  }
  return inner;
}

function agentIn(doc: Analysed, i: number): Mention | null {
  const { tokens } = doc;
  const s = doc.sentences[tokens[i].sentence];
  for (let k = s.first; k < s.last; k++) {
    if ((tokens[k].lower === 'aus' || tokens[k].lower === 'bei') && k < i) {
      const m = mentionAt(doc, k + 1, i);
      if (m) return m;
    }
  }
  return null;
}

function verbSubject(doc: Analysed, cue: Cue): Mention | null {
  const { tokens, rules } = doc;
  const verb = cue.tokens[0];
  const clause = clauseAround(doc, verb);
  const finite = finiteVerb(doc, verb, clause.first);
  const first = tokens[clause.first];
  // Subordinate clause: `wie der Minister sagte`, `nachdem Behörden gewarnt hatten`.
  const afterComma = clause.first > 0 && tokens[clause.first - 1].text === ',';
  // A relative pronoun opens a clause only after a comma; at the start of a sentence `Der` is an article.
  const subordinate = first && rules.subordinators.has(first.lower) && (afterComma || !RELATIVE.has(first.lower));
  if (subordinate && clause.first < finite && !(rules.language === 'en' && first.lower === 'that')) {
    if (SUBJECT_RELATIVE.has(first.lower) && clause.first > 0 && tokens[clause.first - 1].text === ',' && clause.first + 1 >= finite - 2) {
      const antecedent = antecedentBefore(doc, clause.first - 1);
      if (antecedent) return antecedent;
    }
    const m = mentionAt(doc, clause.first + 1, finite);
    if (m) return m;
  }
  if (rules.subjectFirst) return englishSubject(doc, cue, clause, finite);
  // German main clause: the subject fills the place before the finite verb, or follows it.
  if (finite > clause.first && opensSubject(doc, first)) {
    const m = mentionAt(doc, clause.first, finite);
    if (m && isPreverbal(doc, m.last, finite)) return m;
  }
  const after = subjectAfter(doc, finite, clause.last, cue);
  if (after) return after;
  const agent = passiveAgent(doc, clause.first, clause.last);
  if (agent) return agent;
  if (finite === clause.first && clause.first > 0 && tokens[clause.first - 1].text === ',') {
    // `Deiss, der sich … entschlossen hatte, sagte …`: back over the relative clause.
    return sentenceInitialSubject(doc, verb);
  }
  return null;
}

/** Only adverbs between the subject's end and the verb (`Die Grünen dagegen sehen`). */
function isPreverbal(doc: Analysed, end: number, finite: number): boolean {
  for (let k = end; k < finite; k++) if (!doc.rules.words.adverbs.has(doc.tokens[k].lower)) return false;
  return true;
}

/** The finite verb of the cue's clause: the cue itself, or the auxiliary before a participle. */
function finiteVerb(doc: Analysed, verb: number, clauseFirst: number): number {
  const { tokens, rules } = doc;
  const forms = rules.verbs.forms.get(tokens[verb].lower);
  if (forms?.some((f) => f.finite)) return verb;
  for (let k = verb - 1; k >= clauseFirst; k--) if (rules.words.auxiliaries.has(tokens[k].lower)) return k;
  return verb;
}

function subjectAfter(doc: Analysed, finite: number, end: number, cue: Cue): Mention | null {
  const { tokens, rules } = doc;
  for (let k = finite + 1; k < end; k++) {
    const t = tokens[k];
    if (cue.tokens.includes(k)) continue;
    if (t.kind !== 'word') {
      if (t.kind === 'number' || t.text === '.') continue;
      return null;
    }
    if (rules.words.prepositions.has(t.lower)) {
      // Skip the prepositional phrase: `am Freitag`, `gegenüber der Zeitung`, `in Berlin`.
      const pp = mentionAt(doc, k + 1, end);
      k = pp ? pp.last - 1 : k;
      continue;
    }
    if (rules.words.adverbs.has(t.lower) || t.lower === 'sich' || t.lower === 'es' || t.lower === 'auch') continue;
    if (opensSubject(doc, t)) return mentionAt(doc, k, end);
    if (rules.language === 'de' && !t.upper) continue; // a lower-case word between verb and subject: `sagte gestern`
    return null;
  }
  return null;
}

function passiveAgent(doc: Analysed, first: number, last: number): Mention | null {
  const { tokens } = doc;
  let passive = false;
  for (let k = first; k < last; k++) if (PASSIVE.has(tokens[k].lower)) passive = true;
  if (!passive) return null;
  for (let k = first; k < last; k++) if (AGENT.has(tokens[k].lower)) return mentionAt(doc, k + 1, last);
  return null;
}

function antecedentBefore(doc: Analysed, comma: number): Mention | null {
  const s = doc.sentences[doc.tokens[comma].sentence];
  return mentionEndingAt(doc, comma, s.first);
}

function sentenceInitialSubject(doc: Analysed, verb: number): Mention | null {
  const s = doc.sentences[doc.tokens[verb].sentence];
  const t = doc.tokens[s.first];
  if (!opensSubject(doc, t)) return null;
  const m = mentionAt(doc, s.first, verb);
  return m && doc.tokens[m.last]?.text === ',' ? m : null;
}

function englishSubject(doc: Analysed, cue: Cue, clause: { first: number; last: number }, finite: number): Mention | null {
  const { tokens } = doc;
  // Inverted after a quote or comma: `…," said the minister.`
  const before = tokens[finite - 1];
  if (finite === clause.first || !before || before.kind !== 'word') {
    const m = mentionAt(doc, cue.tokens[cue.tokens.length - 1] + 1, clause.last);
    if (m) return m;
  }
  let end = finite;
  while (end > clause.first && (doc.rules.words.adverbs.has(tokens[end - 1].lower) || doc.rules.words.auxiliaries.has(tokens[end - 1].lower))) end--;
  const m = mentionEndingAt(doc, end, clause.first);
  if (m) return m;
  // `Smith, who heads the agency, said`: back over the relative clause.
  if (end === clause.first && clause.first > 0 && tokens[clause.first - 1].text === ',') {
    const s = doc.sentences[tokens[finite].sentence];
    for (let k = clause.first - 2; k > s.first; k--) {
      if (tokens[k].text === ',') return mentionEndingAt(doc, k, s.first);
    }
  }
  return passiveAgent(doc, clause.first, clause.last);
}
