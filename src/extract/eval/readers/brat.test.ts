import { parseBrat } from './brat';

// Written for this test: a text, and brat standoff with a quoted and a reported statement.
const TEXT = '„Wir bleiben hier“, sagte die Bürgermeisterin. Die Polizei teilte mit, die Straße sei wieder frei.';
const ANN = [
  'T1\tSource 26 45\tdie Bürgermeisterin',
  'T2\tCue 20 25\tsagte',
  'T3\tContent 0 18\t„Wir bleiben hier“',
  'T4\tSource 47 58\tDie Polizei',
  'T5\tContent 71 97\tdie Straße sei wieder frei',
  'R1\tSOURCE Arg1:T3 Arg2:T1',
  'R2\tCUE Arg1:T3 Arg2:T2',
  'R3\tSOURCE Arg1:T5 Arg2:T4',
  'A1\tForm T5 Indirect',
  'A2\tAttribution T5 Reported',
].join('\n');

describe('brat reader', () => {
  const doc = parseBrat('written', TEXT, ANN);
  const of = (s: { start: number; end: number }[]) => s.map((x) => [...TEXT].slice(x.start, x.end).join('')).join('|');

  it('reads contents with their source, quotation marks stripped', () => {
    expect(doc.statements.map((s) => [of(s.content), s.mode, of(s.source)])).toEqual([
      ['Wir bleiben hier', 'DIRECT_QUOTE', 'die Bürgermeisterin'],
      ['die Straße sei wieder frei', 'INDIRECT_SPEECH', 'Die Polizei'],
    ]);
  });

  it('takes form and attribution from attributes, and guesses the language', () => {
    expect(doc.statements[1].attribution).toBe('REPORTED');
    expect(doc.statements[0].attribution).toBeUndefined();
    expect(doc.language).toBe('de');
  });
});
