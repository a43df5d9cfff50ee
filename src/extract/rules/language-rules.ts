import { VerbLexicon } from '../lexicon/verb-lexicon';
import { loadLexicon, wordSet } from '../lexicon/load';
import { Language, Token } from '../model';
import { Morphology } from './morphology';

export interface PronounInfo {
  gender?: 'm' | 'f' | 'n';
  number?: 'singular' | 'plural' | 'any';
  /** First person: the speaker speaks of themself; only inside quotes. */
  speaker?: boolean;
  impersonal?: boolean;
}

/** Closed word classes of a language, lower case. */
export interface FunctionWords {
  determiners: ReadonlySet<string>;
  prepositions: ReadonlySet<string>;
  conjunctions: ReadonlySet<string>;
  adverbs: ReadonlySet<string>;
  pronouns: ReadonlySet<string>;
  auxiliaries: ReadonlySet<string>;
  all: ReadonlySet<string>;
}

/**
 * Everything the pipeline needs to know about one language. Each language is one module that
 * builds this from its lexicon files; `registry.ts` lists them. Stages ask the rules, never the
 * language code.
 */
export interface LanguageRules {
  language: Language;
  verbs: VerbLexicon;
  words: FunctionWords;
  /** Role nouns, matched as word endings (`Regierungssprecher` ends in `sprecher`). */
  roles: readonly string[];
  groups: ReadonlySet<string>;
  pronouns: Readonly<Record<string, PronounInfo>>;
  /** Possessive determiners that stand for a speaker (`Seiner Meinung nach`), with their pronoun. */
  possessives: Readonly<Record<string, string>>;
  indefinite: ReadonlySet<string>;
  attribution: {
    sourceNouns: readonly string[];
    sourcePrepositions: ReadonlySet<string>;
    postpositions: ReadonlySet<string>;
    /** Adverbs that refer back to a source named before (`demnach`): the adverb is the speaker mention. */
    anaphoricSources: ReadonlySet<string>;
    alleged: ReadonlySet<string>;
    impersonal: readonly string[][];
    /** Nouns that name quoted words as someone's utterance (`Parole`, `Motto`, `slogan`). */
    utteranceNouns: ReadonlySet<string>;
    /** Nouns for documents and occasions that are the source of a passive report (`In einem Bericht wurde gewarnt`), matched as endings. */
    documentNouns: readonly string[];
  };
  /** Words that open a content clause (`dass`, `that`). */
  complementizers: ReadonlySet<string>;
  /** Words that open a subordinate clause whose finite verb stands last (German word order). */
  subordinators: ReadonlySet<string>;
  /** Where a verb's particle stands: at the end of the clause (German) or right after it (English). */
  particlePosition: 'clause-end' | 'next';
  /** Whether the subject normally precedes the verb in a main clause (English) or may follow it (German). */
  subjectFirst: boolean;
  /** Whether a finite form marks reported speech by itself (German Konjunktiv). */
  isReportedMood(token: Token): boolean;
  /** Whether a finite form is only a Konjunktiv II, which conditionals use too. */
  isConditionalMood(token: Token): boolean;
  /** Hearsay modal (`soll`), which with a perfect infinitive makes a claim ALLEGED. */
  hearsay: ReadonlySet<string>;
  /** First- and second-person pronouns, which mark quoted words as someone's utterance. */
  firstPerson: ReadonlySet<string>;
  /** Name particles that may stand between the parts of a name (`von`, `de`, `bin`). */
  nameParticles: ReadonlySet<string>;
  /** Case, gender and number marks, to tell a verb's subject from its objects. */
  morphology: Morphology;
}

interface SpeakerFile {
  roles: string[];
  groups: string[];
  pronouns: Record<string, PronounInfo>;
  possessives: Record<string, string>;
  indefinite: string[];
}

interface AttributionFile {
  sourceNouns: string[];
  sourcePrepositions: string[];
  postpositions: string[];
  anaphoricSources?: string[];
  alleged: string[];
  impersonal: string[][];
  utteranceNouns?: string[];
  documentNouns?: string[];
}

/** The parts of LanguageRules that come straight from a language's lexicon folder. */
export function lexiconRules(
  language: Language,
): Pick<LanguageRules, 'words' | 'roles' | 'groups' | 'pronouns' | 'possessives' | 'indefinite' | 'attribution'> {
  const fw = (key: string) => wordSet(`${language}/function-words.yaml`, key);
  const words = {
    determiners: fw('determiners'),
    prepositions: fw('prepositions'),
    conjunctions: fw('conjunctions'),
    adverbs: fw('adverbs'),
    pronouns: fw('pronouns'),
    auxiliaries: fw('auxiliaries'),
  };
  const speakers = loadLexicon<SpeakerFile>(`${language}/speakers.yaml`);
  const attribution = loadLexicon<AttributionFile>(`${language}/attribution.yaml`);
  return {
    words: { ...words, all: new Set(Object.values(words).flatMap((s) => [...s])) },
    roles: speakers.roles.map((r) => r.toLowerCase()),
    groups: new Set(speakers.groups.map((g) => g.toLowerCase())),
    pronouns: speakers.pronouns,
    possessives: speakers.possessives,
    indefinite: new Set(speakers.indefinite),
    attribution: {
      sourceNouns: attribution.sourceNouns,
      sourcePrepositions: new Set(attribution.sourcePrepositions),
      postpositions: new Set(attribution.postpositions),
      anaphoricSources: new Set(attribution.anaphoricSources ?? []),
      alleged: new Set(attribution.alleged),
      impersonal: attribution.impersonal.map((seq) => seq.map((w) => w.toLowerCase())),
      utteranceNouns: new Set((attribution.utteranceNouns ?? []).map((w) => w.toLowerCase())),
      documentNouns: (attribution.documentNouns ?? []).map((w) => w.toLowerCase()),
    },
  };
}
