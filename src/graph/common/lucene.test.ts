import { escapeLucene, fold, nameQuery, stemmedAllQuery, stemmedAnyQuery, words } from './lucene';

describe('fold', () => {
  it('lower-cases and strips accents the way the standard-folding analyzer does', () => {
    expect(fold('Sélenskyj')).toBe('selenskyj');
    expect(fold('ZELENSKYY')).toBe('zelenskyy');
    expect(fold('Straße Łódź Øresund Æ')).toBe('strasse lodz oresund ae');
  });
});

describe('words', () => {
  it('keeps runs of letters and digits and drops everything else', () => {
    expect(words('"}) OR [ ~ \\ / Trump-Putin 2025')).toEqual(['OR', 'Trump', 'Putin', '2025']);
    expect(words('?!…')).toEqual([]);
  });
});

describe('escapeLucene', () => {
  it('escapes every character of the query syntax', () => {
    expect(escapeLucene('+-&|!(){}[]^"~*?:\\/')).toBe('\\+\\-\\&\\|\\!\\(\\)\\{\\}\\[\\]\\^\\"\\~\\*\\?\\:\\\\\\/');
    expect(escapeLucene('selenskyj')).toBe('selenskyj');
  });
});

describe('nameQuery', () => {
  it('searches each folded word exactly, as a prefix and fuzzily, and the whole phrase', () => {
    expect(nameQuery('Wolodymyr Sélenskyj')).toBe(
      '(wolodymyr^3 OR wolodymyr*^2 OR wolodymyr~2) OR (selenskyj^3 OR selenskyj*^2 OR selenskyj~2) OR "wolodymyr selenskyj"^4',
    );
  });

  it('does not fuzz very short words', () => {
    expect(nameQuery('EU')).toBe('(eu^3 OR eu*^2)');
  });

  it('turns operators into plain lower-case words and gives null without words', () => {
    expect(nameQuery('AND')).toBe('(and^3 OR and*^2)');
    expect(nameQuery('"}) ~ \\ /')).toBeNull();
  });
});

describe('stemmed queries', () => {
  it('leave stemming to the index analyzer and require every word, or any word', () => {
    expect(stemmedAllQuery('Rakete Frieden')).toBe('+rakete +frieden');
    expect(stemmedAnyQuery('Rakete Frieden')).toBe('rakete OR frieden');
    expect(stemmedAllQuery('NOT (x)')).toBe('+not +x');
    expect(stemmedAllQuery(' ?! ')).toBeNull();
  });
});
