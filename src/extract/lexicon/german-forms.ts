import { loadLexicon } from './load';

/** One way a word form can realise a reporting verb. */
export interface VerbForm {
  lemma: string;
  /** The separable particle that must close the clause for this form (`teilte … mit`). */
  particle?: string;
  /** Finite forms can carry a clause; participles and infinitives need an auxiliary. */
  finite: boolean;
}

export interface VerbLexicon {
  /** Every form (lower case) and what it realises. */
  forms: ReadonlyMap<string, VerbForm[]>;
  speechActs: ReadonlySet<string>;
  infinitive: ReadonlySet<string>;
}

interface VerbFile {
  say: string[];
  act: string[];
  infinitive: string[];
  strong: Record<string, [string, string, string]>;
}

const INSEPARABLE = /^(be|ge|er|ver|zer|ent|emp|miss|hinter|über|unter|wider)/;

/** Present 3rd singular, preterite 3rd singular and participle of a verb without its particle. */
function principalParts(base: string, strong: VerbFile['strong']): [string, string, string] {
  const listed = strong[base] ?? Object.entries(strong).find(([s]) => base.endsWith(s) && INSEPARABLE.test(base.slice(0, -s.length)))?.[1];
  if (listed && strong[base]) return listed;
  if (listed) {
    // A prefixed strong verb (`verweisen` from `weisen`): the prefix before each part, no `ge-`.
    const prefix = base.slice(0, base.length - Object.keys(strong).find((s) => base.endsWith(s) && strong[s] === listed)!.length);
    return [prefix + listed[0], prefix + listed[1], prefix + listed[2].replace(/^ge/, '')];
  }
  const stem = base.replace(/(e?n)$/, '') || base;
  // `rechnet`, `bittet`: an e before the ending after t, d or a consonant before m/n.
  const e = /([td]|chn|[^aeiouäöülrh][mn])$/.test(stem) ? 'e' : '';
  const ge = INSEPARABLE.test(base) || base.endsWith('ieren') ? '' : 'ge';
  return [`${stem}${e}t`, `${stem}${e}te`, `${ge}${stem}${e}t`];
}

/** All forms of one lexicon entry (`mit|teilen`), finite ones separated from their particle. */
export function verbForms(entry: string, strong: VerbFile['strong']): { form: string; particle?: string; finite: boolean }[] {
  const [particle, base] = entry.includes('|') ? (entry.split('|') as [string, string]) : [undefined, entry];
  const [pres3, pret, participle] = principalParts(base, strong);
  const stem = base.replace(/(e?n)$/, '');
  const pretPlural = pret.endsWith('e') ? `${pret}n` : `${pret}en`;
  const finite = [pres3, pret, pretPlural, base, `${stem}e`, `${stem}est`, `${pret}st`];
  const out: { form: string; particle?: string; finite: boolean }[] = [];
  for (const f of new Set(finite)) {
    out.push({ form: f, particle, finite: true });
    // Joined forms stand at the end of a subordinate clause: `wie er mitteilte`.
    if (particle) out.push({ form: particle + f, finite: true });
  }
  out.push({ form: (particle ?? '') + participle, finite: false });
  if (particle) out.push({ form: `${particle}zu${base}`, finite: false });
  return out;
}

let cached: VerbLexicon | undefined;

/** The German reporting verbs of `de/reporting-verbs.yaml` with all their forms. */
export function germanVerbs(): VerbLexicon {
  if (cached) return cached;
  const file = loadLexicon<VerbFile>('de/reporting-verbs.yaml');
  const forms = new Map<string, VerbForm[]>();
  const lemmaOf = (entry: string) => entry.replace('|', '');
  for (const entry of new Set([...file.say, ...file.act, ...file.infinitive])) {
    for (const f of verbForms(entry, file.strong)) {
      const list = forms.get(f.form) ?? [];
      if (!list.some((x) => x.lemma === lemmaOf(entry) && x.particle === f.particle)) list.push({ lemma: lemmaOf(entry), particle: f.particle, finite: f.finite });
      forms.set(f.form, list);
    }
  }
  cached = { forms, speechActs: new Set(file.act.map(lemmaOf)), infinitive: new Set(file.infinitive.map(lemmaOf)) };
  return cached;
}
