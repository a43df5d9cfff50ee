import { wordSet } from '../lexicon/load';
import { Token } from '../model';
import { ANY, Cells, cells, Morphology } from './morphology';

/*
 * English marks case only on personal pronouns and number only on the present tense (Cambridge
 * Grammar of the English Language, chapters on case and on verb inflection): `him`, `them`, `us`
 * are never subjects; `says` wants a singular subject.
 */
const OBJECT_PRONOUNS: Readonly<Record<string, Cells>> = {
  him: cells(['accusative', 'dative'], ['m']),
  them: cells(['accusative', 'dative'], ['pl']),
  us: cells(['accusative', 'dative'], ['pl']),
  me: cells(['accusative', 'dative'], ['m', 'f']),
  whom: cells(['accusative', 'dative'], ['m', 'f', 'pl']),
};

/** English morphology: object pronouns, the -s of the present singular, and the time nouns of `en/nouns.yaml`. */
export function englishMorphology(): Morphology {
  const temporal = wordSet('en/nouns.yaml', 'temporal');
  return {
    nounPhrase(tokens: readonly Token[], first: number, last: number): Cells {
      const t = tokens[first];
      if (t && last === first + 1 && OBJECT_PRONOUNS[t.lower] !== undefined) return OBJECT_PRONOUNS[t.lower];
      return ANY;
    },
    verbNumber(verb: Token) {
      if (verb.lower === 'is' || verb.lower === 'has' || verb.lower === 'was') return 'singular';
      if (verb.lower === 'are' || verb.lower === 'were') return 'plural';
      // `says`, `adds`, `tells`: only a singular subject; `said` shows no number.
      return /[^su]s$/.test(verb.lower) ? 'singular' : undefined;
    },
    isTemporal(t: Token) {
      return temporal.has(t.lower);
    },
    isAbstractNoun(t: Token) {
      // English capitalises names only, and the suffix tells little about a capitalised word.
      return !t.upper && /(tion|ment|ness|ity|ism)$/.test(t.lower);
    },
  };
}
