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

describe('sources named by an adverb', () => {
  it('reads "Demnach" as a source that refers back, with the adverb as its mention', () => {
    const list = de('Die Feuerwehr legte am Abend einen Bericht vor. Demnach seien drei Keller überflutet worden.');
    expect(list.map(brief)).toEqual([{ text: 'seien drei Keller überflutet worden', mode: 'INDIRECT_SPEECH', speaker: 'Demnach' }]);
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

  it('resolves a pronoun to a known person named in the sentence before, when no speaker was', () => {
    const two = new EntityList([
      { id: 'person:max-mustermann', type: 'Person', name: 'Max Mustermann', aliases: ['Mustermann'] },
      { id: 'person:erika-muster', type: 'Person', name: 'Erika Muster', aliases: ['Muster'] },
    ]);
    const list = de(
      'Die Ministerin Erika Muster sagte, sie sei zufrieden. Im Herbst traf Max Mustermann die Vertreter der Länder. Während er öffentlich betont, dass die Pläne gut seien, zögert er.',
      two,
    );
    expect(list[list.length - 1].speaker?.entity?.id).toBe('person:max-mustermann');
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

describe('German forms, quotation styles and speakers', () => {
  it('finds a reported clause in Konjunktiv II after a cue', () => {
    const [s] = de('Der Sprecher sagte, ohne die Hilfe wäre die Stadt verloren gewesen.');
    expect(brief(s)).toEqual({ text: 'ohne die Hilfe wäre die Stadt verloren gewesen', mode: 'INDIRECT_SPEECH', speaker: 'Der Sprecher' });
  });

  it('reads »…« quotes after a colon', () => {
    const [s] = de('Er sagte: »Wir bleiben.« Dann ging er.');
    expect(brief(s)).toEqual({ text: 'Wir bleiben.', mode: 'DIRECT_QUOTE', speaker: 'Er' });
  });

  it('keeps a nested quote inside its statement', () => {
    const list = de('„Sie nannten es ‚Unsinn‘, und das ist es“, sagte die Ministerin.');
    expect(list.map(brief)).toEqual([{ text: 'Sie nannten es ‚Unsinn‘, und das ist es', mode: 'DIRECT_QUOTE', speaker: 'die Ministerin' }]);
  });

  it('reads a quote over two sentences as one statement', () => {
    const list = de('„Wir gehen. Wir kommen nie wieder“, sagte Anna Berg.');
    expect(list.map(brief)).toEqual([{ text: 'Wir gehen. Wir kommen nie wieder', mode: 'DIRECT_QUOTE', speaker: 'Anna Berg' }]);
  });

  it('finds the subject before an auxiliary and resolves a role noun to the named person', () => {
    const list = de('Verkehrsministerin Anna Berg hat am Montag angekündigt, die Maut zu senken. Die Ministerin sagte, das Geld reiche.');
    expect(list.map(brief)).toEqual([
      { text: 'die Maut zu senken', mode: 'INDIRECT_SPEECH', speaker: 'Verkehrsministerin Anna Berg' },
      { text: 'das Geld reiche', mode: 'INDIRECT_SPEECH', speaker: 'Die Ministerin' },
    ]);
    expect(list[1].speaker?.entity?.id).toBe('person:anna-berg');
  });

  it('takes a relative pronoun as the subject of its clause, shown with its antecedent', () => {
    const [s] = de('Der Sprecher der Stadt, der am Montag vor Journalisten sagte, dass die Messe ein Erfolg gewesen sei, blieb ruhig.');
    expect(s.speaker?.text).toBe('Der Sprecher der Stadt, der');
  });

  it('finds the subject over a relative clause and after a fronted adverbial', () => {
    expect(de('Der Minister, der seit Jahren im Amt ist, sagte, die Lage sei ernst.')[0].speaker?.text).toBe('Der Minister');
    expect(de('Am Montag sagte er, die Lage sei ernst.')[0].speaker?.text).toBe('er');
  });

  it('gives a quote without a cue the person the sentence before opens with', () => {
    const list = de('Der Finanzminister Max Muster äußerte sich am Abend. „Wir müssen sparen.“');
    expect(list.map(brief)).toEqual([{ text: 'Wir müssen sparen.', mode: 'DIRECT_QUOTE', speaker: 'Der Finanzminister Max Muster' }]);
  });

  it('reads quoted words that complete a speech act as a direct quote, and quoted titles as none', () => {
    expect(de('Die Ministerin nannte die Zahlen eine „Luftnummer“.').map(brief)).toEqual([
      { text: 'Luftnummer', mode: 'DIRECT_QUOTE', speaker: 'Die Ministerin' },
    ]);
    expect(de('Der Artikel erschien in der „Berliner Zeitung“ am Montag.')).toEqual([]);
  });

  it('proposes no free indirect speech for a conditional in Konjunktiv II', () => {
    expect(de('Der Minister sagte, die Lage sei ernst. Wenn es regnen würde, wäre das Fest abgesagt.').map((s) => s.mode)).toEqual(['INDIRECT_SPEECH']);
  });

  it('reports no speech act told in the passive or the perfect', () => {
    expect(de('Die Pläne wurden am Montag abgelehnt.')).toEqual([]);
    expect(de('Die Gewerkschaft hat die Pläne kritisiert.')).toEqual([]);
  });
});

describe('source phrases', () => {
  it('reads "nach eigenen Angaben" as the source phrase itself', () => {
    const [s] = de('Der Verein hat nach eigenen Angaben mehr Mitglieder als je zuvor.');
    expect(s.attribution).toBe('REPORTED');
    expect(s.speaker?.text).toBe('eigenen Angaben');
  });

  it('reads "X zufolge", "heißt es in X" and "laut" before a lower-case name', () => {
    const [zufolge] = de('Der Polizei zufolge wurden zwei Menschen verletzt.');
    expect([zufolge.speaker?.text, zufolge.attribution, zufolge.reportedBy?.text]).toEqual(['Der Polizei', 'REPORTED', 'Der Polizei']);
    const [heisst] = de('In der Erklärung heißt es, die Verhandlungen seien gescheitert.');
    expect([heisst.text, heisst.speaker?.text, heisst.attribution]).toEqual(['die Verhandlungen seien gescheitert', 'der Erklärung', 'REPORTED']);
    const [laut] = de('Laut al-Hakim sei der Vertrag fertig.');
    expect([laut.text, laut.speaker?.text]).toEqual(['sei der Vertrag fertig', 'al-Hakim']);
  });
});

describe('quoted words named as what someone calls or chants', () => {
  it('reads a quote after "als" with a reporting verb anywhere in the sentence', () => {
    expect(de('Der Trainer bezeichnete die Strafe als „maßlos“.').map(brief)).toEqual([{ text: 'maßlos', mode: 'DIRECT_QUOTE', speaker: 'Der Trainer' }]);
    expect(de('Die Ministerin wies die Kritik als „Frechheit“ zurück.').map(brief)).toEqual([
      { text: 'Frechheit', mode: 'DIRECT_QUOTE', speaker: 'Die Ministerin' },
    ]);
  });

  it('reads slogans and mottos as direct quotes of the sentence subject', () => {
    expect(de('Die Demonstranten riefen Parolen wie „Frieden jetzt“ vor dem Rathaus.').map(brief)).toEqual([
      { text: 'Frieden jetzt', mode: 'DIRECT_QUOTE', speaker: 'Die Demonstranten' },
    ]);
    expect(en('Protesters chanted slogans such as "No more war" outside the embassy.').map(brief)).toEqual([
      { text: 'No more war', mode: 'DIRECT_QUOTE', speaker: 'Protesters' },
    ]);
  });
});

describe('entity links of role nouns and names', () => {
  it('does not give a role noun of another office to the last speaker', () => {
    const list = de('„Wir senken die Steuern“, sagte die Ministerin am Montag. Der Bürgermeister erklärte, die Brücke werde fertig.');
    expect(list[1].speaker?.entity?.id).not.toBe(list[0].speaker?.entity?.id);
  });

  it('gives a role noun to an unnamed speaker introduced just before', () => {
    const list = de('„Das wird teuer“, warnte ein ehemaliger Offizier. „Man kann das nicht einfach übergeben“, so der Experte.');
    expect(list[1].speaker?.entity?.id).toBe(list[0].speaker?.entity?.id);
  });

  it('links a named person, not the country of an adjective before the name', () => {
    const [s] = de('Der polnische Außenminister Jan Kowal sagte, das sei falsch.');
    expect(s.speaker?.entity).toMatchObject({ id: 'person:jan-kowal', type: 'Person' });
  });
});

describe('speech acts told with a preposition', () => {
  it('reads "sprach von …" as a speech act', () => {
    const [s] = de('Der Veranstalter sprach von einem gelungenen Fest.');
    expect(brief(s)).toEqual({ text: 'Der Veranstalter sprach von einem gelungenen Fest', mode: 'REPORTED_SPEECH', speaker: 'Der Veranstalter' });
  });

  it('reads "spoke of …" as a speech act, but not "spoke to …"', () => {
    expect(en('The mayor spoke of a difficult year.').map((s) => s.mode)).toEqual(['REPORTED_SPEECH']);
    expect(en('The mayor spoke to reporters on Monday.')).toEqual([]);
  });
});

describe('reported clauses over several clauses', () => {
  it('finds the Konjunktiv of a report in a later clause than the first after the cue', () => {
    const [s] = de('Zudem erklärte der Trainer, in den Spielen, die sein Team verloren habe, sei die Abwehr zu schwach gewesen.');
    expect(brief(s)).toEqual({
      text: 'in den Spielen, die sein Team verloren habe, sei die Abwehr zu schwach gewesen',
      mode: 'INDIRECT_SPEECH',
      speaker: 'der Trainer',
    });
  });
});

describe('nouns of saying and thinking', () => {
  it('reads "ist der Meinung, dass …" as a report by the clause\'s subject', () => {
    const [s] = de('Die Sprecherin des Vereins ist der Meinung, dass die Regel geändert werden müsse.');
    expect(brief(s)).toEqual({ text: 'dass die Regel geändert werden müsse', mode: 'INDIRECT_SPEECH', speaker: 'Die Sprecherin des Vereins' });
    expect(s.cue?.text).toBe('Meinung');
  });

  it('reads "mit dem Hinweis, …" as a report, with the subject before the object', () => {
    const [s] = de('Der Verein reagierte auf die Vorwürfe mit dem Hinweis, die Halle sei geprüft.');
    expect(brief(s)).toEqual({ text: 'die Halle sei geprüft', mode: 'INDIRECT_SPEECH', speaker: 'Der Verein' });
  });

  it('is no cue without its clause', () => {
    expect(de('Die Meinung der Stadt ist bekannt.')).toEqual([]);
  });
});

describe('what free indirect speech is not', () => {
  it('does not take a plan with "soll … werden" or a wish with "möchte" for reported speech', () => {
    const list = de('Der Bürgermeister sagte, die Straße sei gesperrt. Die Brücke soll im Mai eröffnet werden. Die Stadt möchte im Sommer feiern.');
    expect(list.map((s) => s.mode)).toEqual(['INDIRECT_SPEECH']);
  });

  it('takes hearsay "soll … haben" for reported speech', () => {
    const list = de('Der Bürgermeister sagte, die Straße sei gesperrt. Ein Lastwagen soll die Brücke beschädigt haben.');
    expect(list.map((s) => s.mode)).toEqual(['INDIRECT_SPEECH', 'FREE_INDIRECT_SPEECH']);
  });
});

describe('what stands before an inverted cue', () => {
  it('does not take the subject with its apposition for the content', () => {
    expect(de('Der Sprecher des Vereins, Jan Muster, zeigte sich am Abend zufrieden.')).toEqual([]);
  });

  it('does not take an adverbial clause for the content', () => {
    expect(de('Nachdem die Sitzung beendet war, erklärte die Ministerin ihren Rücktritt.').map((s) => s.text)).not.toContain('Nachdem die Sitzung beendet war');
  });

  it('still takes a clause of its own before the cue', () => {
    expect(de('Die Brücke bleibt gesperrt, erklärte die Stadt.').map(brief)).toEqual([
      { text: 'Die Brücke bleibt gesperrt', mode: 'INDIRECT_SPEECH', speaker: 'die Stadt' },
    ]);
  });
});

describe('verbs that report only with certain words', () => {
  it('reads "besteht darauf, dass" as a report but not "besteht aus"', () => {
    expect(de('Die Gewerkschaft besteht darauf, dass die Löhne steigen.').map((s) => s.mode)).toEqual(['INDIRECT_SPEECH']);
    expect(de('Die Gefahr besteht, dass der Damm bricht.')).toEqual([]);
  });

  it('does not read "findet … statt" as a report', () => {
    expect(de('Am Montag findet eine Sitzung statt, die Stadt sei gut vorbereitet.').map((s) => s.cue?.text)).not.toContain('findet');
  });
});

describe('more verbs and nouns of saying', () => {
  it('reads "bekundete, dass", "erinnerte daran, dass" and "vertritt die These, dass" as reports', () => {
    expect(de('Die Gruppe bekundete, dass die Daten offen lagen.').map((s) => s.speaker?.text)).toEqual(['Die Gruppe']);
    expect(de('Der Bürgermeister erinnerte daran, dass die Halle alt sei.').map((s) => s.speaker?.text)).toEqual(['Der Bürgermeister']);
    expect(de('Seit Jahren vertritt die Autorin die These, dass die Stadt zu klein sei.').map((s) => s.speaker?.text)).toEqual(['die Autorin']);
  });

  it('does not read "erinnert an" as a report', () => {
    expect(de('Das Denkmal erinnert an den Krieg.')).toEqual([]);
  });
});
