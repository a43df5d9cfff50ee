import { extract } from '../extract';
import { rulesFor } from '../rules/registry';
import { SourceText } from '../text/source-text';
import { tokenize } from '../text/tokenize';
import { findQuotes } from './quotes';

function quotesOf(text: string): string[] {
  const source = new SourceText(text);
  return findQuotes(tokenize(source))
    .filter((q) => q.parent === undefined)
    .map((q) => source.of(q.inner));
}

describe('quotation styles', () => {
  rulesFor('de');
  it.each([
    ['„…“ German', 'Sie sagte: „Wir kommen morgen.“ Dann ging sie.', 'Wir kommen morgen.'],
    ['»…« German books and some papers', 'Er sagte: »Das ist falsch.« Danach schwieg er.', 'Das ist falsch.'],
    ['«…» Swiss', 'Er sagte: «Das ist falsch.» Danach schwieg er.', 'Das ist falsch.'],
    ['"…" straight', 'She said: "We will come tomorrow." Then she left.', 'We will come tomorrow.'],
    ['“…” English', 'She said: “We will come tomorrow.” Then she left.', 'We will come tomorrow.'],
    ["'…' straight single", "He said: 'We won't give up.' Then he left.", "We won't give up."],
  ])('%s', (_name, text, inner) => {
    expect(quotesOf(text)).toEqual([inner]);
  });

  it('keeps apostrophes inside and after words', () => {
    expect(quotesOf("The minister's plan, Hans' Auto and the '90s don't open quotes.")).toEqual([]);
  });

  it('nests inner quotes inside the outer one', () => {
    const source = new SourceText('Er sagte: „Sie nannten es ‚Unsinn‘, und das ist es.“');
    const quotes = findQuotes(tokenize(source));
    expect(quotes.map((q) => [source.of(q.inner), q.parent])).toEqual([
      ['Sie nannten es ‚Unsinn‘, und das ist es.', undefined],
      ['Unsinn', 0],
    ]);
  });

  it('lets a quote span sentences', () => {
    expect(quotesOf('„Wir gehen. Wir kommen nie wieder.“ Das sagte sie.')).toEqual(['Wir gehen. Wir kommen nie wieder.']);
  });

  it('continues an English quote over paragraphs that reopen it', () => {
    expect(quotesOf('“We will fight on.\n“We will never surrender,” he said.')).toEqual(['We will fight on.\n“We will never surrender,']);
  });

  it('counts offsets in code points past characters outside the BMP', () => {
    const source = new SourceText('😀 Sie sagte: „Ja.“');
    const [q] = findQuotes(tokenize(source));
    expect([q.inner.start, q.inner.end]).toEqual([14, 17]);
  });
});

describe('quoted names and terms', () => {
  const de = (text: string) => extract(text, { language: 'de' }).statements.map((s) => [s.mode, s.text]);

  it('takes a quoted word after the noun it names, or after an article, for a name', () => {
    expect(de('Das meldete die Nachrichtenagentur „Nordpress“ am Abend.').map(([m]) => m)).toEqual(['REPORTED_SPEECH']);
    expect(de('Wie die Online-Ausgabe des „Kurier“ berichtet, ist die Brücke gesperrt.').map(([m]) => m)).toEqual(['INDIRECT_SPEECH']);
    expect(de('Die Initiative „Bürger für Bäume“ kritisierte das Urteil.').map(([m]) => m)).toEqual(['REPORTED_SPEECH']);
  });

  it('keeps the word a speaker calls something', () => {
    expect(de('Die Trainerin nannte die Entscheidung „unfair“.')).toEqual([['DIRECT_QUOTE', 'unfair']]);
    expect(de('Die Ministerin nannte dies einen „Skandal“.')).toEqual([['DIRECT_QUOTE', 'Skandal']]);
  });
});

describe('the cue after a quote', () => {
  it('takes no verb of a new clause after the quote for its cue', () => {
    const list = extract('Der Stürmer nannte die Entscheidung „unfair“, der Trainer bezeichnete sie als richtig.', { language: 'de' }).statements;
    expect(list.find((s) => s.mode === 'DIRECT_QUOTE')?.speaker?.text).toBe('Der Stürmer');
  });
});
