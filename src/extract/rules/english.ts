import { englishVerbs } from '../lexicon/english-forms';
import { wordSet } from '../lexicon/load';
import { LanguageRules, lexiconRules } from './language-rules';
import { englishMorphology } from './english-morphology';

/** English: subject before the verb, particles right after it, no reporting mood. */
export function englishRules(): LanguageRules {
  return {
    language: 'en',
    verbs: englishVerbs(),
    ...lexiconRules('en'),
    complementizers: new Set(['that', 'whether', 'how', 'why', 'what', 'when', 'who', 'if']),
    subordinators: new Set(['that', 'whether', 'because', 'although', 'while', 'when', 'if', 'as', 'after', 'before', 'who', 'which']),
    particlePosition: 'next',
    subjectFirst: true,
    isReportedMood: () => false,
    isConditionalMood: () => false,
    hearsay: new Set(),
    firstPerson: wordSet('en/speakers.yaml', 'firstPerson'),
    nameParticles: new Set(['von', 'van', 'de', 'da', 'di', 'al', 'bin', 'ibn', 'el', 'la', 'le', 'du', 'dos', 'del', 'of']),
    morphology: englishMorphology(),
  };
}
