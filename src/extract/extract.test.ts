import { extract } from './extract';
import { EntityList } from './linking/known-entities';
import { Statement } from './model';

const de = (text: string, entities?: EntityList) => extract(text, { language: 'de', entities }).statements;
const en = (text: string) => extract(text, { language: 'en' }).statements;
const brief = (s: Statement) => ({ text: s.text, mode: s.mode, speaker: s.speaker?.text ?? null });

describe('German forms', () => {
  it('finds a direct quote with its cue and speaker after it', () => {
    const [s] = de('„Wir senken die Steuern“, sagte die Ministerin am Montag.');
    expect(brief(s)).toEqual({ text: 'Wir senken die Steuern', mode: 'DIRECT_QUOTE', speaker: 'die Ministerin' });
    expect(s.cue?.text).toBe('sagte');
  });

  it('finds a direct quote after a colon', () => {
    const [s] = de('Der Bürgermeister erklärte: „Die Brücke wird im Mai fertig.“');
    expect(brief(s)).toEqual({ text: 'Die Brücke wird im Mai fertig.', mode: 'DIRECT_QUOTE', speaker: 'Der Bürgermeister' });
  });

  it('links the two parts of a quote interrupted by its attribution', () => {
    const list = de('„Das ist falsch“, sagte Anna Berg, „und das weiß jeder.“');
    expect(list.map(brief)).toEqual([
      { text: 'Das ist falsch', mode: 'DIRECT_QUOTE', speaker: 'Anna Berg' },
      { text: 'und das weiß jeder.', mode: 'DIRECT_QUOTE', speaker: 'Anna Berg' },
    ]);
    expect(list[1].continues).toBe(0);
  });

  it('finds a reported clause in Konjunktiv after a cue', () => {
    const [s] = de('Der Anwalt sagte, sein Mandant habe von nichts gewusst.');
    expect(brief(s)).toEqual({ text: 'sein Mandant habe von nichts gewusst', mode: 'INDIRECT_SPEECH', speaker: 'Der Anwalt' });
  });

  it('finds a dass-clause with a separable verb', () => {
    const [s] = de('Die Stadt teilte am Freitag mit, dass das Bad geschlossen bleibt.');
    expect(brief(s)).toEqual({ text: 'dass das Bad geschlossen bleibt', mode: 'INDIRECT_SPEECH', speaker: 'Die Stadt' });
  });

  it('finds the content before an inverted cue', () => {
    const [s] = de('Die Preise würden weiter steigen, erklärte der Verband.');
    expect(brief(s)).toEqual({ text: 'Die Preise würden weiter steigen', mode: 'INDIRECT_SPEECH', speaker: 'der Verband' });
  });

  it('reads "so X" and "laut X" as reports', () => {
    const [so] = de('Die Lage sei ernst, so der Sprecher.');
    expect(brief(so)).toEqual({ text: 'Die Lage sei ernst', mode: 'INDIRECT_SPEECH', speaker: 'der Sprecher' });
    const [laut] = de('Laut der Feuerwehr brannte das Haus vollständig aus.');
    expect(brief(laut)).toEqual({ text: 'brannte das Haus vollständig aus', mode: 'INDIRECT_SPEECH', speaker: 'der Feuerwehr' });
    expect(laut.attribution).toBe('REPORTED');
    expect(laut.reportedBy?.text).toBe('der Feuerwehr');
  });

  it('continues a report in free indirect speech', () => {
    const list = de('Die Ärztin sagte, der Patient sei stabil. Dies sei eindeutig nachzuweisen gewesen.');
    expect(list.map(brief)).toEqual([
      { text: 'der Patient sei stabil', mode: 'INDIRECT_SPEECH', speaker: 'Die Ärztin' },
      { text: 'Dies sei eindeutig nachzuweisen gewesen', mode: 'FREE_INDIRECT_SPEECH', speaker: 'Die Ärztin' },
    ]);
  });

  it('reports a speech act without its words', () => {
    const [s] = de('Die Gewerkschaft kritisierte die Pläne scharf.');
    expect(brief(s)).toEqual({ text: 'Die Gewerkschaft kritisierte die Pläne scharf', mode: 'REPORTED_SPEECH', speaker: 'Die Gewerkschaft' });
  });
});

describe('attribution', () => {
  it('marks "nach Angaben von X" as REPORTED by X', () => {
    const [s] = de('Nach Angaben von Reuters wurde der Vertrag unterzeichnet.');
    expect(s.attribution).toBe('REPORTED');
    expect(s.reportedBy?.text).toBe('Reuters');
  });

  it('marks "soll … gesagt haben" as ALLEGED, with the verb subject as speaker', () => {
    const [s] = de('„Wir geben nicht nach“, soll er laut Insidern gesagt haben.');
    expect(s.attribution).toBe('ALLEGED');
    expect(s.speaker?.text).toBe('er');
    expect(s.reportedBy?.text).toBe('Insidern');
  });

  it('marks "angeblich" and "reportedly" as ALLEGED', () => {
    expect(de('Der Minister sagte angeblich, er trete zurück.')[0].attribution).toBe('ALLEGED');
    expect(en('The minister reportedly said that he would resign.')[0].attribution).toBe('ALLEGED');
  });

  it('marks "according to X" as REPORTED', () => {
    const [s] = en('According to the police, the driver fled the scene.');
    expect(s.attribution).toBe('REPORTED');
    expect(s.speaker?.text).toBe('the police');
  });
});

describe('speakers and entities', () => {
  const known = new EntityList([{ id: 'person:max-mustermann', type: 'Person', name: 'Max Mustermann', aliases: ['Mustermann'] }]);

  it('resolves a pronoun to the last named speaker', () => {
    const list = de('Max Mustermann sagte, die Stadt brauche Geld. „Wir haben keines“, sagte er.', known);
    expect(list[1].speaker?.text).toBe('er');
    expect(list[1].speaker?.entity?.id).toBe('person:max-mustermann');
  });

  it('links inflected names to known entities', () => {
    const [s] = de('„Das ist gut“, sagte Mustermann. ', known);
    expect(s.speaker?.entity?.id).toBe('person:max-mustermann');
  });

  it('proposes new people with a transliterated slug', () => {
    const [s] = de('„Wir bleiben“, sagte Jürgen Weiß.');
    expect(s.speaker?.entity).toMatchObject({ id: 'person:juergen-weiss', type: 'Person', known: false });
  });

  it('makes an indefinite speaker anonymous', () => {
    const [s] = de('„Das wird teuer“, warnte ein deutscher Diplomat.');
    expect(s.speaker?.entity).toMatchObject({ type: 'Person', anonymous: true });
    expect(s.attribution).toBe('REPORTED');
  });

  it('links countries by adjective', () => {
    const [s] = de('Der Minister sagte, die estnische Regierung und die polnischen Behörden seien einig.');
    expect(s.about.map((e) => e.id)).toEqual(['country:estonia', 'country:poland']);
  });

  it('gives no speaker when nobody is named', () => {
    const [s] = de('Es hieß, die Verhandlungen seien gescheitert.');
    expect(s.speaker).toBeNull();
  });
});

describe('English forms', () => {
  it('finds a quote with an inverted cue', () => {
    const [s] = en('"We will not back down," said Senator Jane Doe.');
    expect(brief(s)).toEqual({ text: 'We will not back down,', mode: 'DIRECT_QUOTE', speaker: 'Senator Jane Doe' });
  });

  it('finds "told reporters that"', () => {
    const [s] = en('The minister told reporters that the talks had failed.');
    expect(brief(s)).toEqual({ text: 'that the talks had failed', mode: 'INDIRECT_SPEECH', speaker: 'The minister' });
  });

  it('finds a reported speech act', () => {
    const [s] = en('The union rejected the offer on Monday.');
    expect(brief(s)).toEqual({ text: 'The union rejected the offer on Monday', mode: 'REPORTED_SPEECH', speaker: 'The union' });
  });

  it('finds "called for"', () => {
    const [s] = en('Activists called for an immediate ceasefire.');
    expect(s.mode).toBe('REPORTED_SPEECH');
    expect(s.speaker?.text).toBe('Activists');
  });
});
