import { locate, sliceCodePoints } from './evidence';

describe('locate', () => {
  it('counts offsets in code points, so characters beyond the BMP count once', () => {
    const text = 'Er sagte 🚀 „Nein“ und ging. 🇺🇦 Sie sagte „Ja“.';
    const span = locate(text, 'Sie sagte „Ja“');
    // The rocket is one code point, the flag two (two regional indicators).
    expect(span).toEqual({ start: 31, end: 45, excerpt: 'Sie sagte „Ja“' });
    expect(sliceCodePoints(text, 31, 45)).toBe('Sie sagte „Ja“');
  });

  it('counts an excerpt that holds a surrogate pair as its code points', () => {
    const text = 'Vorher. Die Rakete 🚀 flog. Nachher.';
    expect(locate(text, 'Rakete 🚀 flog')).toEqual({ start: 12, end: 25, excerpt: 'Rakete 🚀 flog' });
  });

  it('counts a lone surrogate as one code point, as the string iterator does', () => {
    const text = `a\ud800b\udc00c Zitat d`;
    expect(locate(text, 'Zitat')).toEqual({ start: 6, end: 11, excerpt: 'Zitat' });
  });

  it('says why there is no span for a missing, repeated or empty excerpt', () => {
    expect(locate('eins zwei', 'drei')).toBe('the excerpt "drei" does not occur in the article text.');
    expect(locate('🚀 ja, ja', 'ja')).toBe(
      'the excerpt "ja" occurs more than once in the article text (at code points 2 and 6); lengthen it until it is unique.',
    );
    expect(locate('eins', '')).toBe('the excerpt is empty.');
  });
});
