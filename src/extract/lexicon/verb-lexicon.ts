/** One way a word form can realise a reporting verb. */
export interface VerbForm {
  lemma: string;
  /** The separable particle that must close the clause for this form (`teilte … mit`, `pointed out`). */
  particle?: string;
  /** Finite forms can carry a clause; participles and infinitives need an auxiliary. */
  finite: boolean;
  /** The form is (also) a participle or infinitive, which needs an auxiliary (`erklärt`, `gesagt`, `said`). */
  nonFinite: boolean;
}

export interface VerbLexicon {
  /** Every form (lower case) and what it realises. */
  forms: ReadonlyMap<string, VerbForm[]>;
  speechActs: ReadonlySet<string>;
  /** Verbs that report a speech act with a preposition after them (`sprach von einem Erfolg`), and those prepositions. */
  actWith: ReadonlyMap<string, readonly string[]>;
  /** Verbs that report only with one of these words in their clause (`bestehen` with `darauf`). */
  onlyWith: ReadonlyMap<string, readonly string[]>;
  /** Verbs that report nothing with one of these words in their clause (`findet … statt`, `sieht … vor`). */
  notWith: ReadonlyMap<string, readonly string[]>;
  infinitive: ReadonlySet<string>;
  /** Nouns of saying and thinking that introduce a content clause (`der Meinung, dass …`), lower case. */
  nouns: ReadonlySet<string>;
}

/** The three verb lists every language's `reporting-verbs.yaml` has. */
export interface VerbLists {
  say: string[];
  act: string[];
  infinitive: string[];
  actWith?: Record<string, string[]>;
  onlyWith?: Record<string, string[]>;
  notWith?: Record<string, string[]>;
  nouns?: string[];
}

/**
 * The form index of a language's reporting verbs: each entry of the lists conjugated by
 * `formsOf`, one VerbForm per lemma and particle for each written form. A form that is both
 * finite and a participle (`said`, `erklärt`) is kept once, with both flags.
 */
export function buildVerbLexicon(
  lists: VerbLists,
  lemmaOf: (entry: string) => string,
  formsOf: (entry: string) => { form: string; particle?: string; finite: boolean }[],
): VerbLexicon {
  const forms = new Map<string, VerbForm[]>();
  for (const entry of new Set([...lists.say, ...lists.act, ...lists.infinitive])) {
    const lemma = lemmaOf(entry);
    for (const f of formsOf(entry)) {
      const list = forms.get(f.form) ?? [];
      const existing = list.find((x) => x.lemma === lemma && x.particle === f.particle);
      if (existing) {
        existing.finite ||= f.finite;
        existing.nonFinite ||= !f.finite;
      } else list.push({ lemma, particle: f.particle, finite: f.finite, nonFinite: !f.finite });
      forms.set(f.form, list);
    }
  }
  return {
    forms,
    speechActs: new Set(lists.act.map(lemmaOf)),
    actWith: new Map(Object.entries(lists.actWith ?? {}).map(([entry, preps]) => [lemmaOf(entry), preps])),
    onlyWith: new Map(Object.entries(lists.onlyWith ?? {}).map(([entry, words]) => [lemmaOf(entry), words])),
    notWith: new Map(Object.entries(lists.notWith ?? {}).map(([entry, words]) => [lemmaOf(entry), words])),
    infinitive: new Set(lists.infinitive.map(lemmaOf)),
    nouns: new Set((lists.nouns ?? []).map((n) => n.toLowerCase())),
  };
}
