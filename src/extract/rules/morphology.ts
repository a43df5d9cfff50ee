import { Token } from '../model';

/**
 * What a noun phrase's form says about its grammatical role, as a set of cells: one bit for each
 * case (nominative, accusative, dative, genitive) and gender or plural (masculine, feminine and
 * neuter singular; plural). `der Minister` can only be masculine nominative singular; `der
 * Zeitung` only feminine dative or genitive singular; a name alone can be anything.
 */
export type Cells = number;

export const CASES = Object.freeze(['nominative', 'accusative', 'dative', 'genitive'] as const);
export type Case = (typeof CASES)[number];
export const GENDERS = Object.freeze(['m', 'f', 'n', 'pl'] as const);
export type Slot = (typeof GENDERS)[number];

/** The cell of one case and gender (or plural). */
export function cell(c: Case, g: Slot): Cells {
  return 1 << (CASES.indexOf(c) * 4 + GENDERS.indexOf(g));
}

/** All cells of the given cases and genders. */
export function cells(cases: readonly Case[], slots: readonly Slot[]): Cells {
  let out = 0;
  for (const c of cases) for (const g of slots) out |= cell(c, g);
  return out;
}

export const ANY: Cells = cells(CASES, GENDERS);
export const NOMINATIVE: Cells = cells(['nominative'], GENDERS);
export const GENITIVE: Cells = cells(['genitive'], GENDERS);
export const PLURAL: Cells = cells(CASES, ['pl']);
export const SINGULAR: Cells = ANY & ~PLURAL;

/**
 * Morphology the subject rules need: the cells a noun phrase's determiner, adjectives and noun
 * allow, and the number a finite verb shows. Each language builds its own (`german.ts`,
 * `english.ts`); a language without case marks answers ANY for nouns.
 */
export interface Morphology {
  /** Cells the noun phrase over tokens `[first, last)` can fill; ANY when its form does not tell. */
  nounPhrase(tokens: readonly Token[], first: number, last: number): Cells;
  /** The number a finite verb form shows, when its ending shows one. */
  verbNumber(verb: Token): 'singular' | 'plural' | undefined;
  /** A noun that names a time (`Montag`, `Abend`, `week`): a bare one is an adverbial, never a subject. */
  isTemporal(t: Token): boolean;
  /** A noun whose derivational suffix makes it an abstract common noun (`Verantwortung`, `Freiheit`), never a name. */
  isAbstractNoun(t: Token): boolean;
}

/** Whether a phrase with these cells can be the subject of a verb of this number. */
export function canBeSubject(c: Cells, number: 'singular' | 'plural' | undefined): boolean {
  const nom = c & NOMINATIVE;
  if (!nom) return false;
  if (number === 'singular') return (nom & SINGULAR) !== 0;
  if (number === 'plural') return (nom & PLURAL) !== 0;
  return true;
}

/** Whether the phrase's form allows nothing but the nominative (`der Minister`, `er`, `ein Sprecher`). */
export function onlyNominative(c: Cells): boolean {
  return c !== 0 && (c & ~NOMINATIVE) === 0;
}
