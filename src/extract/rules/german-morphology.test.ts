import { SourceText } from '../text/source-text';
import { tokenize } from '../text/tokenize';
import { canBeSubject, CASES, cell, GENDERS, onlyNominative } from './morphology';
import { rulesFor } from './registry';

const morphology = rulesFor('de').morphology;

/** The cells of a phrase as short names: `nom.m`, `dat.f`, `acc.pl`. */
function cellsOf(phrase: string): string[] {
  const { tokens } = tokenize(new SourceText(phrase));
  const c = morphology.nounPhrase(tokens, 0, tokens.length);
  return CASES.flatMap((k) => GENDERS.filter((g) => c & cell(k, g)).map((g) => `${k.slice(0, 3)}.${g}`));
}

function fits(phrase: string, verb?: 'singular' | 'plural'): boolean {
  const { tokens } = tokenize(new SourceText(phrase));
  return canBeSubject(morphology.nounPhrase(tokens, 0, tokens.length), verb);
}

describe('German noun phrases by case', () => {
  it('tells a masculine nominative from a feminine dative after "der"', () => {
    expect(cellsOf('der Minister')).toEqual(['nom.m', 'gen.pl']);
    expect(cellsOf('der Zeitung')).toEqual(['dat.f', 'gen.f']);
    expect(cellsOf('der Nachrichtenagentur')).toEqual(['dat.f', 'gen.f']);
    expect(cellsOf('der Polizei')).toEqual(['dat.f', 'gen.f']);
  });

  it('reads the articles dem, den and des as no subject', () => {
    expect(fits('dem Sender')).toBe(false);
    expect(fits('den Präsidenten')).toBe(false);
    expect(fits('des Ministeriums')).toBe(false);
    expect(fits('einem Bericht')).toBe(false);
  });

  it('reads a bare noun in -ern as a dative plural', () => {
    expect(cellsOf('Reportern')).toEqual(['dat.pl']);
    expect(fits('Journalisten')).toBe(true);
  });

  it('uses the adjective ending after the article', () => {
    expect(fits('der neue Sprecher')).toBe(true);
    expect(fits('der neuen Regierung')).toBe(false);
    expect(cellsOf('Der Deutsche Wetterdienst')).toEqual(['nom.m']);
    expect(cellsOf('der Deutschen Bank')).toEqual(['dat.f', 'gen.f']);
  });

  it('declines person nouns in -e like adjectives', () => {
    expect(cellsOf('der Abgeordnete')).toEqual(['nom.m']);
    expect(cellsOf('die Vorsitzende')).toEqual(['nom.f', 'acc.f']);
    expect(fits('der Vorsitzenden')).toBe(false);
  });

  it('knows the female form of a masculine person noun', () => {
    expect(fits('der Ministerin')).toBe(false);
    expect(fits('die Ministerin')).toBe(true);
  });

  it('reads "einer der …" as a nominative pronoun', () => {
    expect(fits('Einer der Sprecher')).toBe(true);
  });

  it('checks number against the verb', () => {
    expect(fits('die Pläne der Stadt', 'singular')).toBe(true); // `Pläne` may be a feminine singular by its -e
    expect(fits('die Forderungen', 'singular')).toBe(false);
    expect(fits('die Forderungen', 'plural')).toBe(true);
    expect(fits('Verschiedene Parlamente', 'plural')).toBe(true);
  });

  it('leaves names and unknown nouns open', () => {
    expect(fits('Anna Berg')).toBe(true);
    expect(fits('Chen Li')).toBe(true);
    expect(onlyNominative(morphology.nounPhrase(tokenize(new SourceText('er')).tokens, 0, 1))).toBe(true);
  });

  it('reads a verb number from its ending', () => {
    const number = (w: string) => morphology.verbNumber(tokenize(new SourceText(w)).tokens[0]);
    expect(['sagte', 'sagten', 'sind', 'kann', 'erklärt', 'seien'].map(number)).toEqual(['singular', 'plural', 'plural', 'singular', 'singular', 'plural']);
  });

  it('knows nouns of time', () => {
    expect(morphology.isTemporal(tokenize(new SourceText('Montag')).tokens[0])).toBe(true);
  });
});
