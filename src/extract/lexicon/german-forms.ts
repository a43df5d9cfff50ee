import { loadLexicon } from './load';
import { buildVerbLexicon, VerbLexicon, VerbLists } from './verb-lexicon';

interface VerbFile extends VerbLists {
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
  cached = buildVerbLexicon(
    file,
    (entry) => entry.replace('|', ''),
    (entry) => verbForms(entry, file.strong),
  );
  return cached;
}
