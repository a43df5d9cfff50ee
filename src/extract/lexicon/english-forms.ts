import { loadLexicon } from './load';
import { buildVerbLexicon, VerbLexicon, VerbLists } from './verb-lexicon';

interface VerbFile extends VerbLists {
  irregular: Record<string, [string, string]>;
}

// Regular verbs that double their last consonant before -ed and -ing.
const DOUBLING = new Set(['admit', 'commit', 'regret', 'plan', 'stop', 'permit', 'submit', 'rebut', 'prefer', 'refer', 'confer', 'slam']);

/** Forms of one English verb: base, 3rd singular, past, participle and -ing. */
export function englishForms(verb: string, irregular: VerbFile['irregular']): { form: string; finite: boolean }[] {
  const ies = /[^aeiou]y$/.test(verb);
  const third = ies ? `${verb.slice(0, -1)}ies` : /(s|x|z|ch|sh)$/.test(verb) ? `${verb}es` : `${verb}s`;
  const stem = DOUBLING.has(verb) ? verb + verb.slice(-1) : verb;
  const [past, participle] =
    irregular[verb] ??
    (ies ? [`${verb.slice(0, -1)}ied`, `${verb.slice(0, -1)}ied`] : verb.endsWith('e') ? [`${verb}d`, `${verb}d`] : [`${stem}ed`, `${stem}ed`]);
  const ing = verb.endsWith('e') && !verb.endsWith('ee') ? `${verb.slice(0, -1)}ing` : `${stem}ing`;
  return [
    { form: verb, finite: true },
    { form: third, finite: true },
    { form: past, finite: true },
    { form: participle, finite: false },
    { form: ing, finite: false },
  ];
}

let cached: VerbLexicon | undefined;

/** The English reporting verbs of `en/reporting-verbs.yaml` with all their forms. */
export function englishVerbs(): VerbLexicon {
  if (cached) return cached;
  const file = loadLexicon<VerbFile>('en/reporting-verbs.yaml');
  cached = buildVerbLexicon(
    file,
    (entry) => entry.replace('|', ' '),
    (entry) => {
      const [verb, particle] = entry.split('|');
      return englishForms(verb, file.irregular).map((f) => ({ ...f, particle }));
    },
  );
  return cached;
}
