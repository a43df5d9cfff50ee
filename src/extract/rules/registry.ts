import { Language } from '../model';
import { englishRules } from './english';
import { germanRules } from './german';
import { LanguageRules } from './language-rules';

/** Options that change how rules are built, for measuring what a resource buys. */
export interface RuleOptions {
  /** Add the Morphy-derived dictionary's German Konjunktiv forms (default false: measured to cost F1). */
  dictionary?: boolean;
}

/** The languages the extractor knows, each a builder of its rules. */
export const LANGUAGE_RULES: ReadonlyArray<{ language: Language; build: (options: RuleOptions) => LanguageRules }> = [
  { language: 'de', build: (o) => germanRules(o) },
  { language: 'en', build: () => englishRules() },
];

const built = new Map<string, LanguageRules>();

/** The rules for one language, built once per set of options. */
export function rulesFor(language: Language, options: RuleOptions = {}): LanguageRules {
  const key = `${language}:${options.dictionary === true}`;
  let rules = built.get(key);
  if (!rules) {
    const entry = LANGUAGE_RULES.find((r) => r.language === language);
    if (!entry) throw new Error(`No extraction rules for language "${language}".`);
    rules = entry.build(options);
    built.set(key, rules);
  }
  return rules;
}
