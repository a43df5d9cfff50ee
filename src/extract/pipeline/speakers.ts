import { Cue, Mention } from '../model';
import { RELATIVE_SOURCE } from './cues';
import { Analysed, clauseAround, hasVerb } from './document';
import { chunkMention, mentionAt, mentionEndingAt, opensSubject } from './mentions';
import { agentIn, postpositionMention, pronounMention, sourceNounMention } from './source-speakers';
import { personLike, subjectAfter, subjectFit, subjectIn } from './subjects';

const PASSIVE = new Set(['wurde', 'wurden', 'wird', 'werden', 'worden', 'was', 'were', 'been', 'is', 'are']);
const AGENT = new Set(['von', 'vom', 'seitens', 'by']);
const SUBJECT_RELATIVE = new Set(['der', 'die', 'welcher', 'welche', 'who', 'which', 'that']);
/** Words that open a subordinate clause or something else: `Als Grund nannte er`, `Während der Sitzung sagte sie`, `Wie erwartet …`. */
const AMBIGUOUS_SUBORDINATORS = new Set(['als', 'wie', 'da', 'wo', 'während', 'as', 'while']);
const COORDINATION = new Set(['und', 'sowie', 'oder', 'aber']);
/** Relative pronouns after a preposition: `in denen`, `mit dem`, `bei welcher`. */
const RELATIVE_AFTER_PREPOSITION = new Set(['dem', 'der', 'den', 'denen', 'deren', 'dessen', 'welchem', 'welcher', 'welchen']);
const RELATIVE = new Set(['der', 'die', 'das', 'dem', 'den', 'deren', 'dessen', 'welche', 'welcher', 'welches', 'who', 'which']);

/**
 * The mention a cue attributes its statement to, or null when the text names nobody. A source
 * phrase names it after itself (`laut X`, `nach Angaben X`, `so X`, `according to X`) or before a
 * postposition (`X zufolge`). A verb's subject is found by word order: German puts it before the
 * finite verb (`Der Minister sagte`) unless something else fills that place (`Dies sagte der
 * Minister`, `…, sagte er`); a subordinate clause has it after its conjunction (`wie er sagte`);
 * a relative clause refers back to the noun before it (`Berg, die … sagte`). A passive names its
 * speaker with `von`/`by`.
 */
export function speakerOfCue(doc: Analysed, cue: Cue): Mention | null {
  const { tokens } = doc;
  const last = cue.tokens[cue.tokens.length - 1];
  switch (cue.kind) {
    case 'impersonal':
      return agentIn(doc, cue);
    case 'postposition':
      return postpositionMention(doc, cue.tokens[0]);
    case 'noun':
      // `Ihre wichtigste Forderung ist, dass …`: the noun's own phrase is the source.
      if (cue.tokens.length === 2) return mentionEndingAt(doc, cue.tokens[0] + 1, doc.sentences[tokens[cue.tokens[0]].sentence].first);
      if (cue.lemma === 'laut werden') {
        // `Kritik wurde laut`, `Erneut wurden Vorwürfe laut`: what was voiced is the subject.
        const clause = clauseAround(doc, cue.tokens[0]);
        return subjectIn(doc, clause.first, cue.tokens[0]);
      }
      return nounSubject(doc, cue.tokens[0]);
    case 'source': {
      if (cue.tokens.length === 3) return pronounMention(doc, cue.tokens[0]); // `Seiner Meinung nach`
      if (doc.rules.attribution.anaphoricSources.has(cue.lemma)) return pronounMention(doc, cue.tokens[0]); // `Demnach …`
      if (cue.tokens.length === 2 && RELATIVE_SOURCE.has(tokens[cue.tokens[1]].lower) && cue.tokens[0] > 0) {
        // `Umfragen, nach denen …`: from the antecedent to the relative pronoun.
        const antecedent = antecedentBefore(doc, cue.tokens[0] - 1);
        return antecedent ? { ...antecedent, ...spanOf(doc, antecedent.first, cue.tokens[1] + 1) } : pronounMention(doc, cue.tokens[1]);
      }
      if (cue.lemma.startsWith('nach ')) return sourceNounMention(doc, cue);
      // `laut „tagesschau.de“`: the name inside quotation marks.
      const from = tokens[last + 1]?.kind === 'quote' ? last + 2 : last + 1;
      if (from >= tokens.length) return null;
      return mentionAt(doc, from) ?? chunkMention(doc, from, clauseAround(doc, from).last);
    }
    default:
      return verbSubject(doc, cue);
  }
}

/**
 * Whether a verb cue's clause, by its form, names nobody: a passive without an agent (`Ihm wird
 * vorgeworfen, …`, `Kritisiert wird, dass …`, `…, dass der Verband aufgefordert wurde`) or the
 * impersonal `man` as subject (`geht man davon aus`). Then no other phrase of the sentence is the
 * speaker either.
 */
export function namesNobody(doc: Analysed, cue: Cue): boolean {
  if (cue.kind !== 'verb') return false;
  const { tokens } = doc;
  const verb = cue.tokens[0];
  const clause = clauseAround(doc, verb);
  const finite = finiteVerb(doc, verb, clause.first);
  if (isPassive(doc, cue, clause.first, finite) || passiveAfter(doc, cue))
    return !passiveAgent(doc, clause.first, clause.last) && !documentSource(doc, clause.first, clause.last);
  return tokens[finite + 1]?.lower === 'man' || (tokens[clause.first].lower === 'man' && clause.first + 1 === finite);
}

/** A participle cue followed by a passive auxiliary: `Kritisiert wird …`, `aufgefordert wurde`, `befürchtet worden`. */
function passiveAfter(doc: Analysed, cue: Cue): boolean {
  const { tokens, rules } = doc;
  if (QUOTED.has(cue.lemma)) return false;
  // A participle's shape (the lexicon cannot tell `kritisiert` the participle from the finite form).
  const verb = tokens[cue.tokens[0]];
  if (!/(t|en)$/.test(verb.lower) || !rules.verbs.forms.has(verb.lower)) return false;
  const next = tokens[cue.tokens[cue.tokens.length - 1] + 1];
  return next !== undefined && PASSIVE.has(next.lower) && next.lower !== 'is' && next.lower !== 'are' && next.lower !== 'was';
}

function verbSubject(doc: Analysed, cue: Cue): Mention | null {
  const { tokens, rules } = doc;
  const verb = cue.tokens[0];
  const clause = clauseAround(doc, verb);
  const finite = finiteVerb(doc, verb, clause.first);
  const first = tokens[clause.first];
  // A zu-infinitive has the subject of the clause it depends on: `X hat keine Scheu, seine Meinung zu sagen: „…“`.
  if (rules.language === 'de' && clause.first > 0 && isZuInfinitive(doc, cue)) {
    const s = doc.sentences[tokens[verb].sentence];
    const m = subjectIn(doc, s.first, clause.first - 1, undefined, undefined, true);
    if (m) return m;
  }
  // A passive names its speaker only as an agent (`wurde von X kritisiert`); its subject is what was said or done.
  if (isPassive(doc, cue, clause.first, finite) || passiveAfter(doc, cue))
    return passiveAgent(doc, clause.first, clause.last) ?? documentSource(doc, clause.first, clause.last);
  // Subordinate clause: `wie der Minister sagte`, `nachdem Behörden gewarnt hatten`.
  const afterComma = clause.first > 0 && tokens[clause.first - 1].text === ',';
  // A relative pronoun opens a clause only after a comma; at the start of a sentence `Der` is an article.
  const subordinate =
    first &&
    rules.subordinators.has(first.lower) &&
    (afterComma || !RELATIVE.has(first.lower)) &&
    (!AMBIGUOUS_SUBORDINATORS.has(first.lower) || verbFinal(doc, cue, clause.last));
  // `…, in denen er … bezeichnet hatte`: a relative clause opened by a preposition has its subject after the pronoun.
  if (
    rules.language === 'de' &&
    afterComma &&
    rules.words.prepositions.has(first.lower) &&
    RELATIVE_AFTER_PREPOSITION.has(tokens[clause.first + 1]?.lower ?? '') &&
    clause.first + 2 < finite
  ) {
    const m = subjectAfter(doc, finite, finite, cue.tokens, clause.first + 2);
    if (m) return m;
  }
  // `einen Zettel, in dem er verlangte` also without its comma.
  if (
    rules.language === 'de' &&
    finite >= 3 &&
    PERSONAL.has(tokens[finite - 1].lower) &&
    RELATIVE_AFTER_PREPOSITION.has(tokens[finite - 2].lower) &&
    rules.words.prepositions.has(tokens[finite - 3].lower)
  ) {
    return mentionAt(doc, finite - 1, finite);
  }
  if (subordinate && clause.first < finite && !(rules.language === 'en' && first.lower === 'that')) {
    if (SUBJECT_RELATIVE.has(first.lower) && afterComma && !hasOwnSubject(doc, clause.first + 1, finite)) {
      // `Anna Berg, die am Montag der Presse sagte, …`: the relative pronoun is the subject. The
      // mention runs from its antecedent to it, so it shows both where the speaker is named and
      // where the clause refers to them.
      const antecedent = antecedentBefore(doc, clause.first - 1);
      if (antecedent) return { ...antecedent, ...spanOf(doc, antecedent.first, clause.first + 1) };
      return mentionAt(doc, clause.first, clause.first + 1) ?? spanMentionOf(doc, clause.first);
    }
    const m = rules.subjectFirst
      ? mentionAt(doc, clause.first + 1, finite)
      : (subjectAfter(doc, finite, finite, cue.tokens, clause.first + 1) ?? chunkMention(doc, clause.first + 1, finite));
    if (m) return m;
  }
  // `… und glaubt, dass …`: a verb coordinated with the one before has that verb's subject.
  if (rules.language === 'de' && finite > clause.first && COORDINATION.has(tokens[finite - 1].lower)) {
    const s = doc.sentences[tokens[verb].sentence];
    const m = subjectIn(doc, Math.min(s.first, clause.first), finite - 1, undefined, tokens[finite], true);
    if (m) return m;
  }
  if (rules.subjectFirst) return englishSubject(doc, cue, clause, finite);
  return germanMainSubject(doc, cue, clause, finite);
}

/**
 * German main clause: the subject fills the place before the finite verb (`Der Minister sagte`),
 * or follows it when something else does (`Dies sagte der Minister`, `Am Montag sagte er`). A
 * personal pronoun right after the verb is the subject unless a name fills the place before.
 * The place before may hold a phrase the noun-phrase parser does not cover (`Ein Sprecher in
 * Hamburg`, `Bürger für Bahnen`); when nothing follows the verb, that phrase is taken.
 */
function germanMainSubject(doc: Analysed, cue: Cue, cueClause: { first: number; last: number }, finite: number): Mention | null {
  const { tokens } = doc;
  const verb = cue.tokens[0];
  // A conjunction or a focus particle before the subject stands outside it: `doch der Sprecher
  // erklärte …`, `Auch sie forderten …`, `Sogar der Minister räumte ein …`.
  let vorfeld = secondConjunct(doc, cueClause.first, finite) ?? cueClause.first;
  while ((FOCUS.has(tokens[vorfeld].lower) || OUTSIDE_VORFELD.has(tokens[vorfeld].lower)) && vorfeld + 1 < finite) vorfeld++;
  const clause = { ...cueClause, first: vorfeld };
  const first = tokens[clause.first];
  const pronoun = pronounAfter(doc, finite, clause.last);
  const after = () => subjectAfter(doc, finite, clause.last, cue.tokens);
  if (finite > clause.first && opensSubject(doc, first) && !isAdverbial(doc, clause.first, finite)) {
    const single = mentionAt(doc, clause.first, finite) ?? chunkMention(doc, clause.first, finite);
    // `Er sowie Giesel befürchten`, `Die Union und die FDP lehnen … ab`: a coordinated subject is plural.
    const both = single && doc.rules.morphology.verbNumber(tokens[finite]) !== 'singular' ? coordinated(doc, single, finite) : null;
    const m = both ?? single;
    const fit = single ? subjectFit(doc, single, both ? undefined : tokens[finite]) : 'no';
    // `sie` after the verb may be its object (`Die Ministerin nannte sie …`); `er`, `wir`, `ich` are subjects.
    const vorfeldWins = !pronoun || (m?.kind === 'name' && tokens[pronoun.first].lower === 'sie');
    if (m && fit !== 'no' && vorfeldWins && (isPreverbal(doc, m.last, finite) || (!pronoun && isAttached(doc, m.last, finite)))) {
      // `Die Pläne kritisierte der Minister`: an object before the verb when the subject after it is unmistakable.
      const later = fit === 'maybe' ? after() : null;
      if (later && subjectFit(doc, later, tokens[finite]) === 'only' && !personLike(doc, m)) return later;
      return m;
    }
  }
  if (pronoun) return pronoun;
  const found = after();
  // `Anna Berg, Sprecherin der Stadt, forderte die Bürger auf`: a subject with an apposition or a
  // relative clause before the verb, unless the phrase after it can only be the subject.
  if (finite === clause.first && !(found && subjectFit(doc, found, tokens[finite]) === 'only')) {
    const apposed = appositionSubject(doc, verb, clause.first);
    if (apposed) return apposed;
  }
  if (found) return found;
  const agent = passiveAgent(doc, clause.first, clause.last);
  if (agent) return agent;
  if (finite === clause.first && clause.first > 0 && tokens[clause.first - 1].text === ',') {
    // `Berg, die sich … entschlossen hatte, sagte …`: back over the relative clause.
    return sentenceInitialSubject(doc, verb);
  }
  return null;
}

const PERSONAL = new Set(['er', 'sie', 'wir', 'ich']);
/** Coordinating conjunctions, which stand before the place before the verb. */
const OUTSIDE_VORFELD = new Set(['und', 'oder', 'aber', 'doch', 'denn', 'sondern']);
const FOCUS = new Set(['auch', 'sogar', 'selbst', 'nur', 'gerade', 'ausgerechnet', 'allein']);
/** Capitalised adverbs and pronominal adverbs that fill the place before the verb: `Aktuell`, `Darin`, `Demnach`. */
const ADVERB_FORM =
  /^(da|dar|hier|wo)(an|auf|aus|bei|durch|für|gegen|hinter|in|mit|nach|neben|über|um|unter|von|vor|zu|zwischen)$|^dem(nach|gegenüber)$|(lich|isch|ell|weise|mals|dings|wärts|ens|erweise|gemäß|maßen|falls|end)$/;

function pronounAfter(doc: Analysed, finite: number, end: number): Mention | null {
  for (let k = finite + 1; k < end && k < finite + 4; k++) {
    const t = doc.tokens[k];
    if (PERSONAL.has(t.lower)) return mentionAt(doc, k, k + 1);
    if (t.kind !== 'word' || !doc.rules.words.adverbs.has(t.lower)) return null;
  }
  return null;
}

/** `Die Firma ist der Meinung, dass …`: the subject of the noun's clause, before the noun's own phrase. */
function nounSubject(doc: Analysed, noun: number): Mention | null {
  const { tokens, rules } = doc;
  const clause = clauseAround(doc, noun);
  let phrase = noun;
  while (
    phrase > clause.first &&
    !tokens[phrase - 1].upper &&
    (rules.words.determiners.has(tokens[phrase - 1].lower) || /(e|en|er|es|em)$/.test(tokens[phrase - 1].lower))
  )
    phrase--;
  if (phrase > clause.first && rules.words.prepositions.has(tokens[phrase - 1].lower)) phrase--;
  // `Die vom Trainer geäußerte Erwartung, …`: an agent inside the noun's own phrase.
  for (let k = clause.first; k < noun; k++)
    if (AGENT.has(tokens[k].lower) && tokens[noun - 1] && /(te|ten|ene|enen|tete)$/.test(tokens[noun - 1].lower))
      return mentionAt(doc, k + 1, noun) ?? subjectIn(doc, clause.first, phrase, undefined, undefined, true);
  return subjectIn(doc, clause.first, phrase, undefined, undefined, true);
}

/** `zu sagen`, `aufzufordern`: a cue that is a zu-infinitive. */
function isZuInfinitive(doc: Analysed, cue: Cue): boolean {
  const t = doc.tokens[cue.tokens[0]];
  if (doc.tokens[cue.tokens[0] - 1]?.lower === 'zu') return t.lower.endsWith('en') || t.lower.endsWith('ern') || t.lower.endsWith('eln');
  return (
    /^(ab|an|auf|aus|bei|ein|mit|nach|vor|zu|zurück|hin|her|fest|frei|los|hinzu|bekannt|klar|deutlich)zu\p{L}+n$/u.test(t.lower) &&
    (doc.rules.verbs.forms.get(t.lower)?.some((f) => !f.finite) ?? false)
  );
}

/**
 * `Der Zug kam zu spät und die Fahrgäste fürchten, dass …`: where a second main
 * clause starts after a coordination without a comma, when the first has a verb of its own.
 */
function secondConjunct(doc: Analysed, first: number, finite: number): number | null {
  const { tokens, rules } = doc;
  for (let k = finite - 2; k > first; k--) {
    if (!OUTSIDE_VORFELD.has(tokens[k].lower)) continue;
    const m = hasVerb(doc, first, k) ? mentionAt(doc, k + 1, finite) : null;
    return m && m.last === finite ? k + 1 : null;
  }
  return null;
}

/** The noun phrases `m` and (`und`, `sowie`, `oder`) the one after it, when they fill the place before the verb together. */
function coordinated(doc: Analysed, m: Mention, finite: number): Mention | null {
  const { tokens } = doc;
  let k = m.last;
  if (!COORDINATION.has(tokens[k]?.lower ?? '') || tokens[k].lower === 'aber') return null;
  k++;
  while (k < finite && (tokens[k].lower === 'auch' || tokens[k].lower === 'zudem')) k++;
  const other = mentionAt(doc, k, finite) ?? chunkMention(doc, k, finite);
  if (!other || !isPreverbal(doc, other.last, finite)) return null;
  return { ...m, ...spanOf(doc, m.first, other.last), kind: 'group', plural: true, name: undefined };
}

/** Whether nothing but verbs follows the cue in its clause: the verb-last order of a subordinate clause (`wie er sagte`, `als sie erklärt hatte`). */
function verbFinal(doc: Analysed, cue: Cue, end: number): boolean {
  const { tokens, rules } = doc;
  // A separated particle (`gab … an`) stands only after a verb in second place.
  if (cue.tokens.length > 1 && cue.tokens[1] > cue.tokens[0] + 1) return false;
  // The next word after the verb: the clause's end, or another verb (`wie sie berichten, sind …`, also without its comma).
  const k = cue.tokens[cue.tokens.length - 1] + 1;
  const t = tokens[k];
  return k >= end || !t || t.kind === 'punct' || rules.words.auxiliaries.has(t.lower) || rules.verbs.forms.has(t.lower);
}

/** A single bare word before the verb that is an adverb by its form: `Aktuell warnt der Verband`. */
function isAdverbial(doc: Analysed, first: number, finite: number): boolean {
  const t = doc.tokens[first];
  const adverb = (ADVERB_FORM.test(t.lower) || t.lower === 'zusammen') && !doc.rules.words.determiners.has(t.lower);
  // Alone, or with its prepositional phrase: `Passend zum Wetter riet …`, `Zusammen mit X fordert …`.
  return adverb && (finite === first + 1 || doc.rules.words.prepositions.has(doc.tokens[first + 1]?.lower ?? ''));
}

/** What follows a noun phrase before the verb still belongs to it: a prepositional phrase, a bracket, a coordinated name. */
function isAttached(doc: Analysed, end: number, finite: number): boolean {
  if (finite - end > 8) return false;
  const t = doc.tokens[end];
  if (!t) return false;
  if (!(doc.rules.words.prepositions.has(t.lower) || t.text === '(' || t.lower === 'und' || t.lower === 'sowie' || (t.upper && t.kind === 'word')))
    return false;
  for (let k = end; k < finite; k++) if (doc.rules.words.auxiliaries.has(doc.tokens[k].lower) || doc.rules.isReportedMood(doc.tokens[k])) return false;
  return true;
}

/** Only adverbs between the subject's end and the verb (`Die Grünen dagegen sehen`). */
function isPreverbal(doc: Analysed, end: number, finite: number): boolean {
  for (let k = end; k < finite; k++) if (!doc.rules.words.adverbs.has(doc.tokens[k].lower)) return false;
  return true;
}

/**
 * The finite verb of the cue's clause: an auxiliary before the cue (`hat … gefordert`, `wird …
 * erklären`; the lexicon cannot tell the participle `erklärt` from the finite form), else the cue.
 */
function finiteVerb(doc: Analysed, verb: number, clauseFirst: number): number {
  const { tokens, rules } = doc;
  // A form that can only be finite (`sagte`, `sprach`) is the finite verb itself; an auxiliary
  // before it belongs to another clause (`Als … eröffnet worden war sagte er`).
  const forms = rules.verbs.forms.get(tokens[verb].lower);
  if (forms && !forms.some((f) => f.nonFinite)) return verb;
  for (let k = verb - 1; k >= clauseFirst; k--) if (rules.words.auxiliaries.has(tokens[k].lower)) return k;
  return verb;
}

/** A nominative subject of its own between a relative pronoun and the verb: `die er … nannte`, `die der Minister … nannte`. */
function hasOwnSubject(doc: Analysed, first: number, finite: number): boolean {
  for (let k = first; k < finite; k++) {
    const t = doc.tokens[k];
    if (PERSONAL.has(t.lower) || ['der', 'die', 'das', 'ein', 'eine', 'he', 'she', 'they', 'we', 'i', 'the', 'a', 'an'].includes(t.lower)) {
      // `der Zeitung` after a preposition is no subject: `der in der Zeitung sagte`.
      if (doc.rules.words.prepositions.has(doc.tokens[k - 1]?.lower ?? '')) continue;
      // Nor is a phrase whose case is no nominative: `der der Regierung vorwarf`.
      const m = mentionAt(doc, k, finite);
      if (m && subjectFit(doc, m) === 'no') {
        k = m.last - 1;
        continue;
      }
      return true;
    }
  }
  return false;
}

function spanMentionOf(doc: Analysed, i: number): Mention {
  const t = doc.tokens[i];
  return { start: t.start, end: t.end, text: t.text, kind: 'pronoun', first: i, last: i + 1 };
}

function spanOf(doc: Analysed, first: number, last: number): { start: number; end: number; text: string; last: number } {
  const start = doc.tokens[first].start;
  const end = doc.tokens[last - 1].end;
  return { start, end, text: doc.source.slice(start, end), last };
}

/**
 * `wurde … bestätigt`, `was criticized`: a passive auxiliary before a cue that is a participle.
 * `is said to have told` is hearsay about the subject, who is the speaker: no passive.
 */
function isPassive(doc: Analysed, cue: Cue, clauseFirst: number, finite: number): boolean {
  const verb = cue.tokens[0];
  if (QUOTED.has(cue.lemma)) return false;
  const t = doc.tokens[verb];
  if (doc.rules.language === 'en' && doc.tokens[verb + 1]?.lower === 'to') return false;
  if (finite === verb || t.lower === cue.lemma.replace(' ', '') || t.lower.endsWith('ing')) return false;
  for (let k = clauseFirst; k < verb; k++) if (PASSIVE.has(doc.tokens[k].lower)) return true;
  return false;
}

/** `wird X zitiert`, `X was quoted`: the subject of a passive `quote` is who spoke; its agent only relays. */
const QUOTED = new Set(['zitieren', 'quote']);
const DOCUMENT_PLACE = new Set(['in', 'im', 'auf', 'bei', 'beim', 'aus', 'laut', 'zufolge']);

/**
 * A passive's source when it names no agent: a document or occasion in the clause (`In einem
 * Bericht der Stadt wurde gewarnt`, `auf einer Tagung war vorgeschlagen worden`), the
 * phrase with its preposition.
 */
function documentSource(doc: Analysed, first: number, last: number): Mention | null {
  const { tokens, rules } = doc;
  for (let k = first; k < last; k++) {
    if (!DOCUMENT_PLACE.has(tokens[k].lower)) continue;
    const m = mentionAt(doc, k + 1, last);
    if (!m) continue;
    for (let h = m.first; h < m.last && !(h > m.first && rules.words.determiners.has(tokens[h].lower)); h++) {
      const w = tokens[h].lower;
      if (tokens[h].upper && rules.attribution.documentNouns.some((n) => w === n || (w.endsWith(n) && w.length > n.length + 2)))
        return { ...m, ...spanOf(doc, k, m.last), first: k };
    }
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
  const m = mentionEndingAt(doc, comma, s.first);
  if (!m) return null;
  // The longest noun phrase that ends at the comma: `Der Sprecher der Stadt, der …`, not `der Stadt`.
  for (let start = Math.max(s.first, m.first - 8); start < m.first; start++) {
    const longer = mentionAt(doc, start, comma);
    if (longer && longer.last === comma) return longer;
  }
  return m;
}

/**
 * `Der Chef von X, Jan Muster, sagte`, `Berg, die … hatte, sagte`: the
 * noun phrase that opens the sentence, when the segment it stands in holds no verb of its own
 * (then it would be content: `Das sei gut, sagte er`).
 */
function sentenceInitialSubject(doc: Analysed, verb: number): Mention | null {
  const { tokens } = doc;
  const s = doc.sentences[tokens[verb].sentence];
  const t = tokens[s.first];
  if (!opensSubject(doc, t)) return null;
  let comma = s.first;
  while (comma < verb && tokens[comma].text !== ',') comma++;
  if (comma - s.first > 10) return null;
  for (let k = s.first; k < comma; k++) {
    const w = tokens[k];
    if (w.kind === 'quote' || doc.rules.words.auxiliaries.has(w.lower) || doc.rules.isReportedMood(w) || (doc.rules.verbs.forms.has(w.lower) && !w.upper))
      return null;
  }
  return mentionAt(doc, s.first, comma) ?? chunkMention(doc, s.first, comma);
}

/**
 * `Anna Berg, Sprecherin der Stadt, sagte …`, `Der Minister, der … war, erklärte …`, also after a
 * clause of its own (`X lehnte das ab, die Sprecherin der Fraktion, Eva Roth, erklärte …`): the
 * noun phrase that opens a run of comma-separated segments before the verb's clause, each of them
 * an apposition (no verb) or a relative clause, the run at least two segments long.
 */
function appositionSubject(doc: Analysed, verb: number, clauseFirst: number): Mention | null {
  const { tokens } = doc;
  if (clauseFirst < 1 || tokens[clauseFirst - 1].text !== ',') return null;
  const s = doc.sentences[tokens[verb].sentence];
  let end = clauseFirst - 1; // the comma that closes the segment
  let opener: { first: number; last: number } | null = null;
  let segments = 0;
  while (end > s.first) {
    let start = end;
    while (start > s.first && tokens[start - 1].text !== ',') start--;
    const kind = segmentKind(doc, start, end);
    if (kind === 'clause') {
      // `…“, wird Jan Muster, Sprecher der Stadt, zitiert`: the subject right after the finite verb that opens the clause.
      const inverted = segments > 0 && doc.rules.words.auxiliaries.has(tokens[start].lower) ? mentionAt(doc, start + 1, end) : null;
      if (inverted && inverted.last === end) return inverted;
      break;
    }
    segments++;
    if (kind === 'phrase') opener = { first: start, last: end };
    if (start === s.first || tokens[start - 1].text !== ',') break;
    end = start - 1;
  }
  if (!opener || segments < 2) return null;
  // `…, wie Anna Berg, Sprecherin der Stadt, mitteilte`: a subordinate clause's conjunction before its subject.
  const first = doc.rules.subordinators.has(tokens[opener.first].lower) && !RELATIVE.has(tokens[opener.first].lower) ? opener.first + 1 : opener.first;
  if (first >= opener.last || !opensSubject(doc, tokens[first])) return null;
  return mentionAt(doc, first, opener.last) ?? chunkMention(doc, first, opener.last);
}

/** A segment between commas: a noun phrase without a verb, a relative clause, or a clause of its own. */
function segmentKind(doc: Analysed, first: number, last: number): 'phrase' | 'relative' | 'clause' {
  const { tokens, rules } = doc;
  if (first >= last) return 'clause';
  let verb = false;
  for (let k = first; k < last; k++) {
    const w = tokens[k];
    if (w.kind === 'quote' && !doc.inlineMark[k]) return 'clause';
    // A verb: a known form, or a lower-case word that is no function word and has no adjective ending (`stand`, `kam`).
    const unknownVerb =
      w.kind === 'word' && !w.upper && !rules.words.all.has(w.lower) && !rules.nameParticles.has(w.lower) && !/(e|en|er|es|em)$/.test(w.lower);
    if (rules.words.auxiliaries.has(w.lower) || rules.isReportedMood(w) || (rules.verbs.forms.has(w.lower) && !w.upper) || unknownVerb) verb = true;
  }
  // A relative clause ends in its verb; a phrase opened by `die` without one is an apposition with its article.
  if (first > 0 && tokens[first - 1].text === ',' && RELATIVE.has(tokens[first].lower) && verb) return 'relative';
  return verb || last - first > 20 ? 'clause' : 'phrase';
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
  // `two people familiar with the matter said`: the noun phrase runs back to the clause's start.
  if (m && m.first > clause.first && doc.rules.words.prepositions.has(tokens[m.first - 1].lower)) {
    const whole = mentionAt(doc, clause.first, end);
    if (whole) return { ...whole, ...spanOf(doc, whole.first, end) };
  }
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
