import { VerbForm, VerbLexicon } from './german-forms';
import { loadLexicon } from './load';

interface VerbFile {
  say: string[];
  act: string[];
  infinitive: string[];
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
    irregular[verb] ?? (ies ? [`${verb.slice(0, -1)}ied`, `${verb.slice(0, -1)}ied`] : verb.endsWith('e') ? [`${verb}d`, `${verb}d`] : [`${stem}ed`, `${stem}ed`]);
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
  const forms = new Map<string, VerbForm[]>();
  const lemmaOf = (entry: string) => entry.replace('|', ' ');
  for (const entry of new Set([...file.say, ...file.act, ...file.infinitive])) {
    const [verb, particle] = entry.split('|');
    for (const f of englishForms(verb, file.irregular)) {
      const list = forms.get(f.form) ?? [];
      // The past form doubles as a participle: keep one entry, finite.
      const existing = list.find((x) => x.lemma === lemmaOf(entry));
      if (existing) existing.finite ||= f.finite;
      else list.push({ lemma: lemmaOf(entry), particle, finite: f.finite });
      forms.set(f.form, list);
    }
  }
  cached = { forms, speechActs: new Set(file.act.map(lemmaOf)), infinitive: new Set(file.infinitive.map(lemmaOf)) };
  return cached;
}
