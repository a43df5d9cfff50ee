import { germanVerbs } from '../lexicon/german-forms';
import { loadLexicon, wordSet } from '../lexicon/load';
import { Token } from '../model';
import { germanMorphology } from './german-morphology';
import { LanguageRules, lexiconRules } from './language-rules';

interface KonjunktivFile {
  konjunktiv1: string[];
  konjunktiv2: string[];
  hearsay: string[];
}

/** German: Konjunktiv marks reported speech, the finite verb stands second, particles last. */
export function germanRules(): LanguageRules {
  const kj = loadLexicon<KonjunktivFile>('de/konjunktiv.yaml');
  const kj1 = new Set(kj.konjunktiv1);
  const kj2 = new Set(kj.konjunktiv2);
  const lexicon = lexiconRules('de');
  return {
    language: 'de',
    verbs: germanVerbs(),
    ...lexicon,
    complementizers: new Set([
      'dass',
      'daß',
      'ob',
      'wie',
      'warum',
      'weshalb',
      'wieso',
      'wann',
      'wer',
      'was',
      'wo',
      'welche',
      'welcher',
      'welches',
      'inwiefern',
      'weswegen',
    ]),
    subordinators: new Set([
      'dass',
      'daß',
      'ob',
      'wie',
      'weil',
      'da',
      'wenn',
      'als',
      'nachdem',
      'obwohl',
      'während',
      'bevor',
      'damit',
      'falls',
      'sobald',
      'indem',
      'der',
      'die',
      'das',
      'dem',
      'den',
      'deren',
      'dessen',
      'welche',
      'welcher',
      'wo',
    ]),
    particlePosition: 'clause-end',
    subjectFirst: false,
    isReportedMood: (t: Token) => !t.upper && (kj1.has(t.lower) || kj2.has(t.lower)),
    isConditionalMood: (t: Token) => kj2.has(t.lower) && !kj1.has(t.lower),
    hearsay: new Set(kj.hearsay),
    firstPerson: wordSet('de/speakers.yaml', 'firstPerson'),
    nameParticles: new Set(['von', 'van', 'de', 'der', 'da', 'di', 'al', 'bin', 'ibn', 'el', 'zu', 'la', 'le', 'du', 'dos', 'del', 'ter', 'ten']),
    morphology: germanMorphology(lexicon.roles, new Set([...lexicon.words.determiners, ...Object.keys(lexicon.possessives)])),
  };
}
