import { Language } from '../model';
import { englishRules } from './english';
import { germanRules } from './german';
import { LanguageRules } from './language-rules';

/** The languages the extractor knows, each a builder of its rules. */
export const LANGUAGE_RULES: ReadonlyArray<{ language: Language; build: () => LanguageRules }> = [
  { language: 'de', build: germanRules },
  { language: 'en', build: englishRules },
];

// Building rules reads and indexes the lexicons; that is done once per language and process.
const built = new Map<Language, LanguageRules>();

/** The rules for one language, built on first use and shared by every article after. */
export function rulesFor(language: Language): LanguageRules {
  let rules = built.get(language);
  if (!rules) {
    const entry = LANGUAGE_RULES.find((r) => r.language === language);
    if (!entry) throw new Error(`No extraction rules for language "${language}".`);
    rules = entry.build();
    built.set(language, rules);
  }
  return rules;
}
