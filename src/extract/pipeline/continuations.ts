import { Cue, Mention } from '../model';
import { namesNobody, speakerOfCue } from './speakers';
import { personLike, subjectFit, subjectIn } from './subjects';
import { Analysed, clauseAround, trimmedSpan } from './document';
import { mentionAt } from './mentions';
import { Found, overlapsUsed } from './statements';

const CONDITIONAL = new Set(['wenn', 'falls', 'sonst', 'ob', 'if', 'unless', 'andernfalls', 'ansonsten']);
/** Sentences back that a free indirect report or an unattributed quote may continue. */
const CONTINUATION_WINDOW = 2;

/**
 * Adds free indirect speech (a sentence in reported mood after a report, with that report's
 * speaker) and finds the speaker of a quote that has no cue: the name before its colon
 * (`Berg dazu: „…“`), else the speaker of the report just before, else the person the
 * sentence before opens with (`Der Minister äußerte sich am Abend. „…“`).
 */
export function withContinuations(doc: Analysed, found: Found[], used: Uint8Array, cues: Cue[] = []): Found[] {
  // Verb cues by sentence, so that looking between two statements costs only the sentences between.
  const verbCues: Cue[][] = doc.sentences.map(() => []);
  for (const c of cues) if (c.kind === 'verb') verbCues[doc.tokens[c.tokens[0]].sentence].push(c);
  const out: Found[] = [];
  let fi = 0;
  let last: Found | undefined;
  for (const s of doc.sentences) {
    for (; fi < found.length && found[fi].sentence <= s.index; fi++) {
      const f = found[fi];
      if (!f.cue && !f.speaker) speakerOfUncued(doc, f, last);
      else if (
        f.cue &&
        last &&
        last.speaker &&
        f.mode !== 'DIRECT_QUOTE' &&
        near(doc, last, f.sentence) &&
        last.sentence < f.sentence &&
        cueInReportedMood(doc, f.cue)
      ) {
        // `Dieser behaupte, …`, `Die Behörde gehe davon aus, dass …`: a reporting verb in Konjunktiv
        // is itself reported, and the report goes on from the statement before.
        f.speaker = last.speaker;
        f.carried = true;
      }
      out.push(f);
      last = f;
    }
    if (!last || !near(doc, last, s.index) || last.sentence === s.index || overlapsUsed(used, s.first, s.last)) continue;
    if (!isFreeIndirect(doc, s.first, s.last)) continue;
    const span = trimmedSpan(doc.tokens, s.first, s.last);
    if (!span) continue;
    const speaker = reporterIn(doc, verbCues[s.index]) ?? reporterBetween(doc, verbCues, last, s.index) ?? last.speaker;
    const f: Found = {
      start: span.start,
      end: span.end,
      first: span.first,
      last: span.last,
      mode: 'FREE_INDIRECT_SPEECH',
      cue: null,
      speaker,
      carried: true,
      sentence: s.index,
    };
    out.push(f);
    last = f;
  }
  for (; fi < found.length; fi++) out.push(found[fi]);
  return out;
}

/**
 * A speaker that a sentence between statement `last` and sentence `sentence` names with a
 * reporting verb that made no statement of its own (`Die Feuerwehr äußerte sich am Abend.
 * Die Maschine sei …`): the report goes on from them, not from the statement before.
 * A pronoun there (`Er sprach von …`) is taken to mean the speaker before.
 */
function reporterBetween(doc: Analysed, verbCues: Cue[][], last: Found, sentence: number): Mention | null {
  const from = doc.tokens[last.last - 1].sentence;
  let speaker: Mention | null = null;
  for (let cs = from + 1; cs < sentence; cs++) {
    for (const c of verbCues[cs]) {
      const m = speakerOfCue(doc, c);
      // A pronoun most often refers to the speaker of the statement before.
      if (m && m.kind !== 'pronoun') speaker = m;
    }
  }
  return speaker;
}

/** A verb cue of a main clause whose finite verb is a Konjunktiv I (`behaupte`, `gehe … aus`, `habe … erklärt`). */
function cueInReportedMood(doc: Analysed, cue: Cue): boolean {
  const { tokens, rules } = doc;
  if (cue.kind !== 'verb') return false;
  const verb = cue.tokens[0];
  const clause = clauseAround(doc, verb);
  if (rules.subordinators.has(tokens[clause.first].lower) && clause.first < verb) return false;
  let finite = verb;
  for (let k = verb - 1; k >= clause.first; k--) if (rules.words.auxiliaries.has(tokens[k].lower)) finite = k;
  const t = tokens[finite];
  if (rules.isReportedMood(t)) return !rules.isConditionalMood(t);
  // The Konjunktiv I of the reporting verb itself: its stem and -e (`behaupte`, `teile … mit`), which no indicative third person has.
  if (finite !== verb || rules.language !== 'de') return false;
  const particle = cue.tokens.length > 1 ? tokens[cue.tokens[1]].lower : '';
  const base = particle && cue.lemma.startsWith(particle) ? cue.lemma.slice(particle.length) : cue.lemma;
  return t.lower === `${base.replace(/(e?n)$/, '')}e`;
}

/** A speaker that the sentence itself names with a reporting verb of its own (`Der Bürgermeister teilte … mit, dass …`). */
function reporterIn(doc: Analysed, cues: Cue[]): Mention | null {
  for (const c of cues) {
    if (doc.quoteOf[c.tokens[0]] >= 0 || namesNobody(doc, c)) continue;
    const m = speakerOfCue(doc, c);
    if (m && m.kind !== 'pronoun') return m;
  }
  return null;
}

function speakerOfUncued(doc: Analysed, f: Found, last: Found | undefined): void {
  const introduced = nameBeforeColon(doc, f.first - 1) ?? inversionAfter(doc, f.last);
  if (introduced) {
    f.speaker = introduced;
    return;
  }
  if (last && near(doc, last, f.sentence)) {
    f.speaker = last.speaker;
    f.carried = true;
    return;
  }
  const before = subjectOfSentenceBefore(doc, f.sentence);
  if (before) {
    f.speaker = before;
    f.carried = true;
  }
}

/**
 * `„…“, rief Berg.`: after the quote a comma, a verb the lexicon does not know and the
 * subject, the order of an attribution after a quote. `close` is the quote's closing mark.
 */
function inversionAfter(doc: Analysed, close: number): Mention | null {
  const { tokens, rules } = doc;
  if (tokens[close + 1]?.text !== ',' || rules.language !== 'de') return null;
  const verb = tokens[close + 2];
  if (!verb || verb.kind !== 'word' || verb.upper || rules.words.all.has(verb.lower) || verb.sentence !== tokens[close].sentence) return null;
  const m = mentionAt(doc, close + 3);
  if (!m || subjectFit(doc, m, verb) === 'no' || !personLike(doc, m)) return null;
  // Only the subject and a particle or a place or time may follow before the sentence ends.
  const s = doc.sentences[verb.sentence];
  for (let k = m.last; k < s.last; k++) if (tokens[k].kind === 'quote' || tokens[k].text === ',' || rules.isReportedMood(tokens[k])) return null;
  return m;
}

/**
 * `Berg dazu: „…“`, `Ihren Ärger ließ die Vorsitzende spüren: „…“`: the subject of the
 * clause before the quote's colon, by case where the form shows it; else its first noun phrase.
 */
function nameBeforeColon(doc: Analysed, open: number): Mention | null {
  const colon = open - 1;
  if (doc.tokens[colon]?.text !== ':') return null;
  const s = doc.sentences[doc.tokens[open].sentence];
  const subject = subjectIn(doc, s.first, colon, undefined, undefined, true);
  if (subject) return subject;
  for (let k = s.first; k < colon; k++) {
    const m = mentionAt(doc, k, colon);
    if (m && m.kind !== 'pronoun') return m;
  }
  return null;
}

function subjectOfSentenceBefore(doc: Analysed, sentence: number): Mention | null {
  const prev = doc.sentences[sentence - 1];
  if (!prev || doc.sentences[sentence].paragraph - prev.paragraph > 1) return null;
  const m = mentionAt(doc, prev.first);
  if (m && (m.kind === 'name' || m.kind === 'role' || m.kind === 'pronoun')) return m;
  // Not at its start (`Um Zeit zu gewinnen, will Berg …`): its subject, when that is a person or a body.
  const subject = subjectIn(doc, prev.first, prev.last, undefined, undefined, true);
  return subject && personLike(doc, subject) ? subject : null;
}

function near(doc: Analysed, prev: Found, sentence: number): boolean {
  const lastSentence = doc.tokens[prev.last - 1].sentence;
  return sentence - lastSentence <= CONTINUATION_WINDOW && sentence >= lastSentence;
}

/** A sentence in reported mood (Konjunktiv, or hearsay `soll`) that is no conditional. */
function isFreeIndirect(doc: Analysed, first: number, last: number): boolean {
  const { tokens, rules } = doc;
  let conditional = false;
  let strong = false;
  let weak = false;
  for (let k = first; k < last; k++) {
    if (doc.quoteOf[k] >= 0) continue;
    const t = tokens[k];
    if (CONDITIONAL.has(t.lower)) conditional = true;
    if (rules.hearsay.has(t.lower) && /^(haben|sein)$/.test(tokens[last - 2]?.lower ?? '')) strong = true;
    if (rules.isReportedMood(t)) {
      if (rules.isConditionalMood(t)) weak = true;
      else strong = true;
    }
  }
  return strong || (weak && !conditional);
}
