import { loadLexicon } from '../lexicon/load';
import { Token } from '../model';
import { ANY, Case, CASES, Cells, cells, Morphology, PLURAL, Slot } from './morphology';

interface NounFile {
  feminine: string[];
  neuter: string[];
  masculine: string[];
  exceptions: { feminine: string[]; neuter: string[]; masculine: string[] };
  pluralOnly: string[];
  temporal: string[];
}

type Gender = 'm' | 'f' | 'n';
/** A noun whose only mark is its final -e: a feminine singular or a plural (`die Presse`, `die Pläne`). */
type NounClass = Gender | 'e';
const ALL_CASES = CASES;

/*
 * German declension (Duden-Grammatik, the tables of the definite and indefinite article and of
 * strong, weak and mixed adjective endings). Each ending of a determiner or adjective allows a
 * set of case-gender cells; a noun phrase's cells are what its determiner, adjectives and noun
 * all allow.
 */
const C = (list: [Case, Slot][]): Cells => list.reduce((n, [c, g]) => n | cells([c], [g]), 0);

/** Endings of the definite article and the der-words (`dieser`, `jener`, `jeder`, `welcher`). */
const DEFINITE: Readonly<Record<string, Cells>> = {
  er: C([
    ['nominative', 'm'],
    ['dative', 'f'],
    ['genitive', 'f'],
    ['genitive', 'pl'],
  ]),
  e: C([
    ['nominative', 'f'],
    ['accusative', 'f'],
    ['nominative', 'pl'],
    ['accusative', 'pl'],
  ]),
  es: C([
    ['nominative', 'n'],
    ['accusative', 'n'],
    ['genitive', 'm'],
    ['genitive', 'n'],
  ]),
  em: C([
    ['dative', 'm'],
    ['dative', 'n'],
  ]),
  en: C([
    ['accusative', 'm'],
    ['dative', 'pl'],
  ]),
};
const ARTICLE: Readonly<Record<string, Cells>> = {
  der: DEFINITE.er,
  die: DEFINITE.e,
  das: C([
    ['nominative', 'n'],
    ['accusative', 'n'],
  ]),
  des: C([
    ['genitive', 'm'],
    ['genitive', 'n'],
  ]),
  dem: DEFINITE.em,
  den: DEFINITE.en,
};
/** Endings of `ein` and the possessives (`kein`, `mein`, `sein`, `ihr`, `unser`); `ein` has no plural. */
const INDEFINITE: Readonly<Record<string, Cells>> = {
  '': C([
    ['nominative', 'm'],
    ['nominative', 'n'],
    ['accusative', 'n'],
  ]),
  e: DEFINITE.e,
  er: C([
    ['dative', 'f'],
    ['genitive', 'f'],
    ['genitive', 'pl'],
  ]),
  es: C([
    ['genitive', 'm'],
    ['genitive', 'n'],
  ]),
  em: DEFINITE.em,
  en: DEFINITE.en,
};
/** Strong adjective endings: no determiner before the adjective (`neue Pläne`, `deutscher Diplomat`). */
const STRONG: Readonly<Record<string, Cells>> = {
  er: DEFINITE.er,
  e: DEFINITE.e,
  es: C([
    ['nominative', 'n'],
    ['accusative', 'n'],
  ]),
  em: DEFINITE.em,
  en:
    DEFINITE.en |
    C([
      ['genitive', 'm'],
      ['genitive', 'n'],
    ]),
};
/** Weak adjective endings after a der-word: -e in the five nominative-like cells, -en elsewhere. */
const WEAK_E = C([
  ['nominative', 'm'],
  ['nominative', 'f'],
  ['accusative', 'f'],
  ['nominative', 'n'],
  ['accusative', 'n'],
]);
const DER_WORDS = ['dies', 'jen', 'jed', 'welch', 'manch', 'solch'];
const EIN_WORDS = ['ein', 'kein', 'mein', 'dein', 'sein', 'ihr', 'unser', 'euer', 'eur'];
const PLURAL_WORDS = ['alle', 'viele', 'mehrere', 'einige', 'zahlreiche', 'beide', 'andere', 'wenige', 'sämtliche', 'verschiedene'];
/** Personal pronouns, by the cells they fill. */
const PRONOUN: Readonly<Record<string, Cells>> = {
  er: C([['nominative', 'm']]),
  sie: C([
    ['nominative', 'f'],
    ['accusative', 'f'],
    ['nominative', 'pl'],
    ['accusative', 'pl'],
  ]),
  es: C([
    ['nominative', 'n'],
    ['accusative', 'n'],
  ]),
  ich: C([
    ['nominative', 'm'],
    ['nominative', 'f'],
  ]),
  du: C([
    ['nominative', 'm'],
    ['nominative', 'f'],
  ]),
  wir: C([['nominative', 'pl']]),
  man: C([['nominative', 'm']]),
  ihn: C([['accusative', 'm']]),
  ihm: C([
    ['dative', 'm'],
    ['dative', 'n'],
  ]),
  ihnen: C([['dative', 'pl']]),
  mich: C([
    ['accusative', 'm'],
    ['accusative', 'f'],
  ]),
  mir: C([
    ['dative', 'm'],
    ['dative', 'f'],
  ]),
  dich: C([
    ['accusative', 'm'],
    ['accusative', 'f'],
  ]),
  dir: C([
    ['dative', 'm'],
    ['dative', 'f'],
  ]),
  uns: C([
    ['accusative', 'pl'],
    ['dative', 'pl'],
  ]),
  euch: C([
    ['accusative', 'pl'],
    ['dative', 'pl'],
  ]),
};
const ALL_OF = (g: Gender | 'pl') => cells(ALL_CASES, [g]);
/** A weak masculine's -en form: any case but the nominative singular, or a plural (`den Präsidenten`, `die Experten`). */
const WEAK_OBLIQUE =
  C([
    ['accusative', 'm'],
    ['dative', 'm'],
    ['genitive', 'm'],
  ]) | PLURAL;
/** Derivational suffixes of abstract nouns (Duden-Grammatik, Wortbildung): no name ends in them. */
const ABSTRACT = /(ung|ungen|heit|heiten|keit|keiten|schaft|schaften|ion|ionen|tät|täten|ismus|nis|nisse|ment|mente|ik)$/;
const FINITE_PLURAL = new Set(['sind', 'seien']);

/**
 * German morphology from the noun lexicon (`de/nouns.yaml`) and the declension tables above.
 * `roles` are the speaker lexicon's person nouns: one in -e is masculine (`der Abgeordnete`).
 */
export function germanMorphology(roles: readonly string[], determiners: ReadonlySet<string>): Morphology {
  const lex = loadLexicon<NounFile>('de/nouns.yaml');
  const suffixes: [string, Gender][] = [
    ...lex.feminine.map((s): [string, Gender] => [s, 'f']),
    ...lex.neuter.map((s): [string, Gender] => [s, 'n']),
    ...lex.masculine.map((s): [string, Gender] => [s, 'm']),
  ].sort((a, b) => b[0].length - a[0].length);
  const exceptions: [string, Gender][] = [
    ...lex.exceptions.feminine.map((s): [string, Gender] => [s, 'f']),
    ...lex.exceptions.neuter.map((s): [string, Gender] => [s, 'n']),
    ...lex.exceptions.masculine.map((s): [string, Gender] => [s, 'm']),
  ].sort((a, b) => b[0].length - a[0].length);
  const pluralOnly = new Set(lex.pluralOnly);
  const temporal = new Set(lex.temporal);
  const genderMemo = new Map<string, NounClass | null>();

  function genderOf(word: string): NounClass | undefined {
    let g = genderMemo.get(word);
    if (g === undefined) {
      g = computeGender(word) ?? null;
      if (genderMemo.size > 100000) genderMemo.clear();
      genderMemo.set(word, g);
    }
    return g ?? undefined;
  }

  function computeGender(word: string): NounClass | undefined {
    const w = word.includes('-') ? word.slice(word.lastIndexOf('-') + 1) : word;
    if (w.length < 2) return undefined;
    for (const [e, g] of exceptions) if (w === e || (e.length >= 4 && w.endsWith(e))) return g;
    // A female person noun: a masculine noun and -in (`Ministerin`, `Präsidentin`, `Chefin`).
    if (w.endsWith('in') && w.length > 5 && genderOf(w.slice(0, -2)) === 'm') return 'f';
    if (w.endsWith('e') && isRoleWord(w)) return 'm';
    for (const [s, g] of suffixes) {
      // `-schen` is an adjective's or `Mensch`'s ending, not the diminutive -chen.
      if (!w.endsWith(s) || w.length <= s.length + 1 || (s === 'chen' && w.endsWith('schen'))) continue;
      return s === 'e' ? 'e' : g;
    }
    return undefined;
  }

  /** The cells a noun allows by its ending: its gender in the singular, or a plural form. */
  function nounCells(word: string): Cells {
    const w = word.includes('-') ? word.slice(word.lastIndexOf('-') + 1) : word;
    if (pluralOnly.has(w)) return PLURAL;
    if (w.endsWith('innen')) return PLURAL;
    const g = genderOf(w);
    if (g === 'e') return ALL_OF('f') | PLURAL;
    if (g) return g === 'm' && w.endsWith('er') ? ALL_OF('m') | PLURAL : ALL_OF(g);
    if (w.endsWith('en')) {
      const stem = genderOf(w.slice(0, -2));
      // `Regierungen`, `Äußerungen`: a feminine noun's plural; `Präsidenten`, `Journalisten`: a weak masculine, oblique or plural.
      if (stem === 'f' || stem === 'e') return PLURAL;
      if (stem === 'm' && !w.endsWith('ern')) return WEAK_OBLIQUE;
    }
    if (w.endsWith('n')) {
      const base = w.slice(0, -1);
      const g2 = genderOf(base);
      // `Reportern`, `Ländern`: the dative plural of a noun in -er or -el.
      if (/(er|el)n$/.test(w) && (g2 === 'm' || g2 === 'n')) return cells(['dative'], ['pl']);
      // `Behörden`: the plural of a noun in -e, unless it is a masculine or neuter singular in -en (`Hafen`, `Treffen`).
      if (base.endsWith('e') && g2 === 'e') return PLURAL | ALL_OF('m') | ALL_OF('n');
      // `Experten`: a weak masculine in -e.
      if (base.endsWith('e') && g2 === 'm') return WEAK_OBLIQUE;
    }
    return ANY;
  }

  const roleMemo = new Map<string, boolean>();
  function isRoleWord(w: string): boolean {
    let v = roleMemo.get(w);
    if (v === undefined) {
      if (roleMemo.size > 100000) roleMemo.clear();
      roleMemo.set(w, (v = roles.some((r) => w === r || w.endsWith(r))));
    }
    return v;
  }

  /**
   * A capitalised adjective before another capitalised word: one with an adjective ending and no
   * noun suffix (`Deutsche Politiker`, `Der Internationale Gerichtshof`), or a place adjective in
   * -er before a noun whose suffix shows its gender (`der Berliner Polizei`, not `Sprecher Müller`).
   * A word in -en counts only after a determiner: at the start it is more often a name (`Chen Li`).
   */
  function capitalisedAdjective(w: string, next: Token, afterDeterminer: boolean): boolean {
    if (!next.upper || next.kind !== 'word' || !/(e|en|er|es|em)$/.test(w) || (!afterDeterminer && w.endsWith('en'))) return false;
    const g = genderOf(w);
    if (g === undefined || g === 'e') return !isRoleWord(w);
    if (!w.endsWith('er') || isRoleWord(w)) return false;
    const h = genderOf(next.lower);
    return h !== undefined && h !== 'e' && !next.lower.endsWith('er');
  }

  function determinerCells(d: string): Cells | undefined {
    if (ARTICLE[d] !== undefined) return ARTICLE[d];
    for (const stem of DER_WORDS) if (d.startsWith(stem) && DEFINITE[d.slice(stem.length)] !== undefined) return DEFINITE[d.slice(stem.length)];
    for (const stem of EIN_WORDS) {
      if (!d.startsWith(stem)) continue;
      const ending = d.slice(stem.length);
      if (INDEFINITE[ending] === undefined) continue;
      // `ein` has no plural: `eine` is feminine only.
      return stem === 'ein' && ending === 'e'
        ? C([
            ['nominative', 'f'],
            ['accusative', 'f'],
          ])
        : INDEFINITE[ending];
    }
    for (const p of PLURAL_WORDS) {
      const stem = p.slice(0, -1);
      if (d === p) return cells(['nominative', 'accusative'], ['pl']);
      if (d === `${stem}en`) return cells(['dative'], ['pl']);
      if (d === `${stem}er`) return cells(['genitive'], ['pl']);
    }
    return undefined;
  }

  function adjectiveCells(adj: string, kind: 'none' | 'definite' | 'indefinite'): Cells {
    const ending = /(em|en|er|es|e)$/.exec(adj)?.[1];
    if (!ending) return ANY;
    if (kind === 'none') return STRONG[ending] ?? ANY;
    if (kind === 'definite') return ending === 'e' ? WEAK_E : ending === 'en' ? ANY & ~WEAK_E : ANY;
    // Mixed declension after `ein`-words: -er and -es where the article has no ending, -e after `eine`.
    if (ending === 'er') return C([['nominative', 'm']]);
    if (ending === 'es')
      return C([
        ['nominative', 'n'],
        ['accusative', 'n'],
      ]);
    if (ending === 'e')
      return C([
        ['nominative', 'f'],
        ['accusative', 'f'],
        ['nominative', 'pl'],
        ['accusative', 'pl'],
      ]);
    return ending === 'en'
      ? ANY &
          ~C([
            ['nominative', 'm'],
            ['nominative', 'n'],
            ['accusative', 'n'],
          ])
      : ANY;
  }

  return {
    nounPhrase(tokens, first, last) {
      const t = tokens[first];
      if (!t || first >= last) return ANY;
      if (PRONOUN[t.lower] !== undefined && last === first + 1) return PRONOUN[t.lower];
      let c = ANY;
      let byDeterminer = ANY;
      let k = first;
      let kind: 'none' | 'definite' | 'indefinite' = 'none';
      const det = determinerCells(t.lower);
      if (det !== undefined && determiners.has(t.lower)) {
        c &= det;
        byDeterminer = det;
        kind =
          ARTICLE[t.lower] !== undefined || DER_WORDS.some((s) => t.lower.startsWith(s))
            ? 'definite'
            : EIN_WORDS.some((s) => t.lower.startsWith(s))
              ? 'indefinite'
              : 'none';
        k++;
        // `dieser` or `der` alone: a pronoun, with the article's cells.
        if (k >= last || tokens[k].kind !== 'word') return c;
        // `einer der Minister`, `keiner von ihnen`: a pronoun with the strong endings (`einer` is nominative masculine too).
        if (/^k?einer$/.test(t.lower) && (determiners.has(tokens[k].lower) || tokens[k].lower === 'von'))
          return C([
            ['nominative', 'm'],
            ['dative', 'f'],
            ['genitive', 'f'],
          ]);
      }
      for (; k < last; k++) {
        const w = tokens[k];
        if (w.kind === 'number') continue;
        // A determiner after the head opens a genitive (`der Sprecher der Stadt`); nothing after it is the head's.
        if (w.kind !== 'word' || determiners.has(w.lower)) break;
        if (!w.upper || (k + 1 < last && capitalisedAdjective(w.lower, tokens[k + 1], kind !== 'none' || k > first))) {
          // An adjective or participle before the noun: lower case, or capitalised in a name or at the start (`Der Deutsche Wetterdienst`).
          c &= adjectiveCells(w.lower, kind);
          continue;
        }
        // A person noun in -e declines like an adjective (`der Abgeordnete`, `die Vorsitzende`, `den Experten`).
        c &=
          isRoleWord(w.lower) && /(e|en|er)$/.test(w.lower) && genderOf(w.lower.replace(/(n|r)$/, '')) === 'm'
            ? adjectiveCells(w.lower, kind)
            : nounCells(w.lower);
        break;
      }
      // Marks that contradict each other (a noun the suffix rules misjudge): the determiner decides.
      return c === 0 ? byDeterminer : c;
    },
    verbNumber(verb) {
      // Every third-person plural form ends in -n (`sagen`, `sagten`, `seien`), `sind` aside; a
      // singular one never does, but for `kann`, `begann` and `schien`.
      const w = verb.lower;
      if (verb.kind !== 'word') return undefined;
      if (FINITE_PLURAL.has(w)) return 'plural';
      if (/nn$/.test(w) || w === 'schien') return 'singular';
      return w.endsWith('n') ? 'plural' : 'singular';
    },
    isTemporal(t) {
      return temporal.has(t.lower);
    },
    isAbstractNoun(t) {
      return ABSTRACT.test(t.lower);
    },
  };
}
