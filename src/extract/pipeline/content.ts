import { Cue, Mode, Span } from '../model';
import { Analysed, clauseAround, hasVerb, trimmedSpan } from './document';

export interface Content extends Span {
  first: number;
  last: number;
  mode: Mode;
}

/** Conjunctions of adverbial clauses: a clause they open tells when or why, not what was said. */
const ADVERBIAL_CLAUSE = new Set([
  'nachdem',
  'während',
  'falls',
  'wenn',
  'als',
  'weil',
  'obwohl',
  'bevor',
  'sobald',
  'seit',
  'seitdem',
  'indem',
  'da',
  'damit',
  'after',
  'before',
  'when',
  'while',
  'because',
  'although',
  'if',
  'since',
]);

/** Relative pronouns that are never articles. */
const RELATIVE_ONLY = new Set(['denen', 'deren', 'dessen', 'welchen', 'welchem', 'welcher', 'welche', 'welches']);
const ANAPHORIC_START = new Set(['dies', 'das', 'dieses', 'this', 'that']);
const SAY_THAT = new Set([
  'say',
  'said',
  'says',
  'tell',
  'told',
  'tells',
  'add',
  'added',
  'adds',
  'think',
  'thinks',
  'thought',
  'believe',
  'believes',
  'believed',
  'claim',
  'claimed',
  'claims',
  'insist',
  'insisted',
  'argued',
  'argues',
  'warned',
  'warns',
  'stressed',
  'noted',
  'explained',
  'announced',
  'stated',
  'wrote',
  'writes',
  'hope',
  'hopes',
  'hoped',
  'fear',
  'fears',
  'feared',
  'expects',
  'expected',
  'suggested',
  'suggests',
  'acknowledged',
  'admitted',
  'conceded',
  'predicted',
]);

/**
 * The content a cue introduces, as a span of its sentence: the clause after it (`sagte, dass …`,
 * `sagte, der Sohn habe …`, `erklärte: …`, `said that …`, `forderte ihn auf, … zu …`), the clause
 * before it (`…, sagte er.`, `…, so der Minister.`, `…, wie er mitteilte.`), the rest of the
 * sentence after a source phrase (`Laut X …`), or the sentence before (`Dies teilte X mit.`).
 * A speech-act verb without such a clause reports the act: its clause is REPORTED_SPEECH.
 */
export function contentOfCue(doc: Analysed, cue: Cue, speakerEnd: number): Content | null {
  const { tokens, rules } = doc;
  const verb = cue.tokens[0];
  const lastCueToken = cue.tokens[cue.tokens.length - 1];
  const s = doc.sentences[tokens[verb].sentence];
  const clause = clauseAround(doc, lastCueToken);
  const cueClause = clauseAround(doc, verb);
  const left = () => span(doc, s.first, subordinateStart(doc, s.first, cueClause.first), 'INDIRECT_SPEECH');

  if (cue.kind === 'source' || cue.kind === 'postposition') {
    const phraseEnd = Math.max(speakerEnd, lastCueToken + 1);
    const phraseStart = cue.kind === 'postposition' ? Math.min(cueClause.first, verb) : cue.tokens[0];
    // A relative source phrase (`Umfragen, nach denen …`) reports its own clause.
    if (cue.kind === 'source' && cue.tokens.length === 2 && tokens[phraseStart - 1]?.text === ',')
      return span(doc, lastCueToken + 1, clauseAround(doc, lastCueToken + 1).last, 'INDIRECT_SPEECH');
    if (phraseStart <= s.first + 1) return span(doc, phraseEnd, s.last, 'INDIRECT_SPEECH');
    if (phraseEnd >= s.last - 1) return span(doc, s.first, phraseStart, 'INDIRECT_SPEECH');
    return span(doc, s.first, s.last, 'INDIRECT_SPEECH');
  }

  // Right of the cue's clause: `:` or `,` and then a content clause (its Konjunktiv may stand in a
  // later clause of the report: `erklärte, in den Spielen, die …, sei die Abwehr zu schwach gewesen`).
  const brk = tokens[clause.last];
  if (brk && clause.last < s.last && (brk.text === ':' || brk.text === ',')) {
    const next = clause.last + 1;
    const nextClause = next < s.last ? clauseAround(doc, next) : null;
    // `…, nach denen …`, `…, in deren …`: a relative clause after a preposition is no content.
    const relative = nextClause && rules.words.prepositions.has(tokens[next].lower) && RELATIVE_ONLY.has(tokens[next + 1]?.lower ?? '');
    if (
      nextClause &&
      !relative &&
      (brk.text === ':' ||
        rules.complementizers.has(tokens[next].lower) ||
        hasReportedMood(doc, nextClause.first, ownsReport(doc, nextClause) ? nextClause.last : reportEnd(doc, nextClause.last, s.last)) ||
        (cue.infinitive && hasInfinitive(doc, nextClause.first, nextClause.last)))
    ) {
      // `Die Erwartung, das Team werde aufsteigen, hat sich zerschlagen`: a noun before the verb has its content between commas.
      if (cue.kind === 'noun' && brk.text === ',' && nounBeforeVerb(doc, s.first, verb))
        return span(doc, next, embeddedEnd(doc, next, s.last), 'INDIRECT_SPEECH');
      return span(doc, next, brk.text === ':' ? s.last : reportEnd(doc, nextClause.last, s.last), 'INDIRECT_SPEECH');
    }
  }
  if (rules.language === 'en') {
    const right = englishComplement(doc, cue, speakerEnd, s.last);
    if (right) return right;
  }
  // A noun introduces only the clause after it.
  if (cue.kind === 'noun') return null;
  // Left: the cue's clause follows the content (`…, sagte er.`, `…, wie er sagte.`).
  const first = tokens[cueClause.first];
  const inverted =
    cueClause.first > s.first &&
    tokens[cueClause.first - 1].text === ',' &&
    (cueClause.first === verb || rules.subordinators.has(first.lower) || rules.language === 'en');
  // The part before the cue is its content only when it is a clause of its own: not the subject's
  // appositions (`Der Sprecher, Jan Muster, zeigte sich zufrieden`), not an adverbial clause (`Nachdem …, sagte er`).
  const leftIsContent = hasVerb(doc, s.first, cueClause.first) && !ADVERBIAL_CLAUSE.has(tokens[s.first].lower);
  if (inverted && cueClause.last >= s.last - 1 && leftIsContent) return left();
  if (rules.subordinators.has(first.lower) && first.lower === 'wie' && cueClause.first === s.first && brk?.text === ',') {
    return span(doc, clause.last + 1, s.last, 'INDIRECT_SPEECH');
  }
  if (cue.kind === 'impersonal') return inverted ? left() : null;
  // `Dies teilte der Minister mit.`: the sentence before is the content.
  if (cueClause.first === s.first && ANAPHORIC_START.has(first.lower) && verb <= s.first + 1 && s.index > 0) {
    const prev = doc.sentences[s.index - 1];
    if (prev.paragraph === s.paragraph) return span(doc, prev.first, s.last, 'INDIRECT_SPEECH');
  }
  // A speech act told in the perfect or passive (`hatte … angekündigt`, `wurde … abgelehnt`) is
  // mostly background to the news, not a statement of it: on SpkAtt train such proposals were
  // right about one time in five.
  if (cue.speechAct && !hasAuxiliaryBefore(doc, verb, cueClause.first)) {
    const sub = rules.subordinators.has(first.lower) && cueClause.first > s.first;
    return sub ? span(doc, cueClause.first, cueClause.last, 'REPORTED_SPEECH') : span(doc, s.first, s.last, 'REPORTED_SPEECH');
  }
  return null;
}

/** `said that …`, `told reporters that …`, `said the plan was …`. */
function englishComplement(doc: Analysed, cue: Cue, speakerEnd: number, end: number): Content | null {
  const { tokens, rules } = doc;
  const from = Math.max(cue.tokens[cue.tokens.length - 1] + 1, speakerEnd);
  for (let k = from; k < end && k < from + 6; k++) {
    const t = tokens[k];
    if (t.lower === 'that' || t.lower === 'whether') return span(doc, k, end, 'INDIRECT_SPEECH');
    if (t.text === ',' || t.text === ':') {
      if (t.text === ':' && k + 1 < end) return span(doc, k + 1, end, 'INDIRECT_SPEECH');
      break;
    }
    if (t.lower === 'to' && cue.infinitive) return span(doc, k, end, 'INDIRECT_SPEECH');
  }
  const next = tokens[from];
  if (
    SAY_THAT.has(tokens[cue.tokens[0]].lower) &&
    next &&
    next.sentence === tokens[cue.tokens[0]].sentence &&
    next.kind === 'word' &&
    !rules.words.prepositions.has(next.lower) &&
    from < end - 2
  ) {
    return span(doc, from, end, 'INDIRECT_SPEECH');
  }
  if (cue.speechAct && from <= end) return span(doc, doc.sentences[tokens[cue.tokens[0]].sentence].first, end, 'REPORTED_SPEECH');
  return null;
}

/** A clause with a reporting verb of its own (`…, da sie befürchten, …`): a Konjunktiv after it is that verb's report. */
function ownsReport(doc: Analysed, clause: { first: number; last: number }): boolean {
  for (let k = clause.first; k < clause.last; k++) {
    const t = doc.tokens[k];
    if (!t.upper && doc.quoteOf[k] < 0 && doc.rules.verbs.forms.get(t.lower)?.some((f) => f.finite)) return true;
  }
  return false;
}

const CONTRAST = new Set(['doch', 'aber', 'jedoch', 'während', 'und', 'but', 'while', 'and', 'whereas']);

/**
 * Where a reported clause ends: at the sentence's end, or before a clause that opens a report of
 * its own (`sagte, X sei tot, doch der Sprecher erklärte, …`): a conjunction, a noun phrase and
 * an indicative reporting verb within its first words.
 */
function reportEnd(doc: Analysed, from: number, end: number): number {
  const { tokens, rules } = doc;
  for (let b = from; b < end; b++) {
    if (tokens[b].text !== ',' && tokens[b].text !== ';') continue;
    if (!CONTRAST.has(tokens[b + 1]?.lower ?? '')) continue;
    for (let k = b + 2; k < end && k <= b + 8; k++) {
      const t = tokens[k];
      if (t.kind === 'punct' || doc.quoteOf[k] >= 0) break;
      if (!t.upper && !rules.isReportedMood(t) && rules.verbs.forms.get(t.lower)?.some((f) => f.finite)) return b;
    }
  }
  return end;
}

/** Whether only the noun's own phrase stands before it in the sentence: the noun is (in) the subject before the verb. */
function nounBeforeVerb(doc: Analysed, first: number, noun: number): boolean {
  for (let k = first; k < noun; k++) {
    const t = doc.tokens[k];
    if (
      t.kind !== 'word' ||
      (!t.upper && !doc.rules.words.determiners.has(t.lower) && !doc.rules.words.prepositions.has(t.lower) && !/(e|en|er|es|em)$/.test(t.lower))
    )
      return false;
  }
  return true;
}

/** The end of a content clause inside the sentence: the comma after which the sentence's own verb follows. */
function embeddedEnd(doc: Analysed, from: number, end: number): number {
  for (let k = from; k < end; k++)
    if (
      doc.tokens[k].text === ',' &&
      doc.tokens[k + 1]?.kind === 'word' &&
      !doc.tokens[k + 1].upper &&
      !doc.rules.complementizers.has(doc.tokens[k + 1].lower) &&
      !doc.rules.isReportedMood(doc.tokens[k + 1])
    )
      return k;
  return end;
}

/**
 * `…, wie Jan Muster, Leiter des Bauamts, mitteilte`: where a subordinate cue clause starts
 * whose subject has an apposition before the verb; else `clauseFirst`.
 */
function subordinateStart(doc: Analysed, first: number, clauseFirst: number): number {
  const { tokens, rules } = doc;
  for (let k = clauseFirst - 2, commas = 0; k > first && commas < 3; k--) {
    if (tokens[k].text === ',') commas++;
    else if (tokens[k - 1].text === ',' && rules.subordinators.has(tokens[k].lower) && !rules.words.determiners.has(tokens[k].lower)) return k - 1;
    else if (tokens[k].kind === 'quote' || rules.words.auxiliaries.has(tokens[k].lower) || rules.isReportedMood(tokens[k])) return clauseFirst;
  }
  return clauseFirst;
}

function hasAuxiliaryBefore(doc: Analysed, verb: number, clauseFirst: number): boolean {
  for (let k = verb - 1; k >= clauseFirst; k--) if (doc.rules.words.auxiliaries.has(doc.tokens[k].lower)) return true;
  return false;
}

export function hasReportedMood(doc: Analysed, first: number, last: number): boolean {
  for (let k = first; k < last; k++) if (doc.quoteOf[k] < 0 && doc.rules.isReportedMood(doc.tokens[k])) return true;
  return false;
}

function hasInfinitive(doc: Analysed, first: number, last: number): boolean {
  for (let k = first; k < last; k++) {
    const t = doc.tokens[k];
    if (t.lower === 'zu' && doc.tokens[k + 1] && !doc.tokens[k + 1].upper) return true;
    if (/^(ab|an|auf|aus|bei|ein|mit|nach|vor|weg|zu|zurück|hin|her|fest|frei|los)zu\p{L}+en$/u.test(t.lower)) return true;
  }
  return false;
}

function span(doc: Analysed, first: number, last: number, mode: Mode): Content | null {
  const t = trimmedSpan(doc.tokens, first, last);
  if (!t) return null;
  return { ...t, mode };
}
