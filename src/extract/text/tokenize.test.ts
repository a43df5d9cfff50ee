import { SourceText } from './source-text';
import { tokenize } from './tokenize';

const sentences = (text: string) => tokenize(new SourceText(text)).sentences.map((s) => text.slice(s.start, s.end));

describe('sentence ends', () => {
  it('ends a sentence after a word that abbreviates only before a number', () => {
    expect(sentences('Es war die erste dieser Art. Offiziell gilt das nicht.')).toEqual(['Es war die erste dieser Art.', 'Offiziell gilt das nicht.']);
  });

  it('keeps such an abbreviation before its number', () => {
    expect(sentences('Das regelt Art. 5 des Gesetzes.')).toEqual(['Das regelt Art. 5 des Gesetzes.']);
  });

  it('keeps titles and ordinals inside the sentence', () => {
    expect(sentences('Dr. Anna Berg kam am 17. Oktober.')).toEqual(['Dr. Anna Berg kam am 17. Oktober.']);
  });
});
