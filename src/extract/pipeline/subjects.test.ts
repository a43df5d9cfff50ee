import { extract } from '../extract';

const speakers = (text: string) => extract(text, { language: 'de' }).statements.map((s) => s.speaker?.text ?? null);

describe('the subject after the verb, by case', () => {
  it('passes over a dative object after the verb', () => {
    expect(speakers('„Wir kommen wieder“, sagte der Zeitung ein Sprecher des Vereins.')).toEqual(['ein Sprecher des Vereins']);
    expect(speakers('„Das ist gut so“, sagte dem Sender die Ministerin.')).toEqual(['die Ministerin']);
  });

  it('passes over a time after the verb', () => {
    expect(speakers('„Wir haben genug“, sagte am Abend Anna Berg.')).toEqual(['Anna Berg']);
  });

  it('takes the subject after the verb when the phrase before it is an object', () => {
    expect(speakers('Die Pläne der Stadt kritisierte der Verband scharf.')).toEqual(['der Verband']);
    expect(speakers('Die Forderungen bezeichnete Jan Muster als „völlig überzogen“.')).toEqual(['Jan Muster']);
  });

  it('reads "Als Grund nannte X" as a main clause, not a subordinate one', () => {
    expect(speakers('Als Grund nannte der Trainer die vielen Verletzungen.')).toEqual(['der Trainer']);
  });

  it('keeps a focus particle out of the subject', () => {
    expect(speakers('Auch sie verlangten eine Entschuldigung.')).toEqual(['sie']);
  });
});

describe('the subject before the verb', () => {
  it('runs back over an apposition between commas', () => {
    expect(speakers('Jan Muster, Sprecher der Stadtwerke, sagte heute Abend, die Leitung sei repariert.')).toEqual(['Jan Muster']);
    expect(speakers('Eva Roth, Chefin des Vereins, forderte die Mitglieder auf, ruhig zu bleiben.')).toEqual(['Eva Roth']);
  });

  it('does not take a content clause before the verb for an apposition', () => {
    expect(speakers('Die Lage, sagte die Ministerin, sei ernst.')).toEqual(['die Ministerin']);
  });

  it('gives a coordinated verb the subject of the first', () => {
    expect(speakers('Die Delegierten kamen am Montag zusammen und erklärten, sie würden den Plan unterstützen.')).toEqual(['Die Delegierten']);
    expect(speakers('Die Forderungen bezeichnete Jan Muster als „völlig überzogen“ und erklärte, er werde nicht nachgeben.')).toEqual([
      'Jan Muster',
      'Jan Muster',
    ]);
  });

  it('finds the subject of a subordinate clause that is no nominative article', () => {
    expect(speakers('Wie dem Sender ein Sprecher der Polizei sagte, wurde niemand verletzt.')).toEqual(['ein Sprecher der Polizei']);
  });
});

describe('passives', () => {
  it('names nobody for a passive without an agent, not even the addressee', () => {
    expect(speakers('Dem Trainer wird vorgeworfen, die Spieler überfordert zu haben.')).toEqual([null]);
    expect(speakers('Kritisiert wird vor allem, dass die Gebühren steigen.')).toEqual([null]);
    expect(speakers('Die Firma teilte mit, dass der Verband aufgefordert wurde, die Kosten zu tragen.')[0]).toBe('Die Firma');
  });

  it('names nobody for the impersonal "man"', () => {
    expect(speakers('In der Stadt geht man davon aus, dass die Brücke hält.')).toEqual([null]);
  });

  it('takes a document or occasion as the source of a passive', () => {
    expect(speakers('In einem Bericht der Stadtwerke wurde gewarnt, dass die Leitung alt sei.')).toEqual(['In einem Bericht der Stadtwerke']);
    expect(speakers('Auf einer Tagung in Kassel war vorgeschlagen worden, die Regel abzuschaffen.')).toEqual(['Auf einer Tagung']);
  });

  it('reads the subject of a passive "zitieren" as the speaker', () => {
    expect(speakers('„Wir bleiben“, wird der Minister von der Zeitung zitiert.')).toEqual(['der Minister']);
  });
});

describe('free indirect speech after a new reporter', () => {
  it('gives the continuation to a speaker named in between by a reporting verb without a statement', () => {
    const list = extract('Der Bürgermeister sagte, die Straße werde gesperrt. Die Feuerwehr äußerte sich am Abend. Der Fahrer sei zu schnell gewesen.', {
      language: 'de',
    }).statements;
    expect(list.map((s) => [s.mode, s.speaker?.text])).toEqual([
      ['INDIRECT_SPEECH', 'Der Bürgermeister'],
      ['FREE_INDIRECT_SPEECH', 'Die Feuerwehr'],
    ]);
  });
});

describe('noun phrases and places before the verb', () => {
  it('reads "Als X gab er an" as a main clause: a separated particle follows a verb in second place', () => {
    expect(speakers('Als Grund gab er an, er sei krank gewesen.')).toEqual(['er']);
  });

  it('passes over an adverb in -end or -gemäß before the verb', () => {
    expect(speakers('Ergänzend fügte die Sprecherin hinzu: „Wir prüfen das.“')).toEqual(['die Sprecherin']);
    expect(speakers('Zuversichtlich hofft Jan Muster, dass der Bau bald beginnt.')).toEqual(['Jan Muster']);
  });

  it('reads a quantifier before a genitive as one phrase', () => {
    expect(speakers('Einige der Anwohner haben der Stadt geschrieben, dass der Lärm unerträglich sei.')).toEqual(['Einige der Anwohner']);
  });

  it('keeps an adverb before an adjective inside the phrase', () => {
    expect(speakers('Ein bisher unbekannter Zeuge beschreibt den Fahrer als „sehr nervös“.')).toEqual(['Ein bisher unbekannter Zeuge']);
  });

  it('takes two coordinated phrases before a plural verb as one subject', () => {
    expect(speakers('Sie sowie ihr Kollege kritisieren die neuen Regeln.')).toEqual(['Sie sowie ihr Kollege']);
  });

  it('finds a pronoun subject for a coordinated verb', () => {
    expect(speakers('Am Abend verließ er den Saal und erklärte, er werde klagen.')).toEqual(['er']);
  });

  it('finds a name in lower case in a subordinate clause', () => {
    expect(speakers('Wie meinblog.de berichtet, ist der Laden geschlossen.')).toEqual(['meinblog.de']);
  });
});

describe('reports that go on', () => {
  it('gives a reporting verb in Konjunktiv I the speaker of the report before', () => {
    const list = extract('Die Polizei sagte, der Fahrer sei geflohen. Dieser behaupte, er habe nichts gesehen.', { language: 'de' }).statements;
    expect(list.map((s) => s.speaker?.text)).toEqual(['Die Polizei', 'Die Polizei']);
  });

  it('gives a zu-infinitive cue the subject of the clause it depends on', () => {
    expect(speakers('Die Sprecherin hatte keine Scheu, ihre Meinung offen zu sagen: „Das ist ein Skandal.“')).toEqual(['Die Sprecherin']);
  });
});

describe('source phrases', () => {
  it('finds the source of "heißt es" at the start of the sentence, before a relative clause', () => {
    expect(speakers('In dem Bericht, der am Montag erschien, heißt es, die Lage sei ernst.')).toEqual(['dem Bericht']);
  });

  it('reads "Berichten … zufolge" as a source phrase, not a verb', () => {
    expect(speakers('Berichten der Zeitung zufolge wurde der Vertrag gekündigt.')).toEqual(['der Zeitung']);
  });

  it('reads "…, nach denen …" as a relative source phrase reporting its clause', () => {
    const [s] = extract('Es gibt Umfragen, nach denen die Mehrheit dagegen sei.', { language: 'de' }).statements;
    expect([s.text, s.speaker?.text]).toEqual(['die Mehrheit dagegen sei', 'Umfragen, nach denen']);
  });
});

describe('clauses that are reports of their own', () => {
  it('ends a reported clause before a contrasting report, and finds its subject after the conjunction', () => {
    const list = extract('Die Trainerin sagte, das Spiel finde statt, doch der Verein erklärte, davon nichts zu wissen.', { language: 'de' }).statements;
    expect(list.map((s) => [s.text, s.speaker?.text])).toEqual([
      ['das Spiel finde statt', 'Die Trainerin'],
      ['davon nichts zu wissen', 'der Verein'],
    ]);
  });

  it('takes the subject of the clause before a colon, not its object', () => {
    expect(speakers('Ihren Ärger über den Plan ließ die Vorsitzende des Vereins spüren: „So geht das nicht.“')).toEqual(['die Vorsitzende des Vereins']);
  });
});

describe('names in lower case and pronoun sources', () => {
  it('reads a name in lower case after its article', () => {
    expect(speakers('Die taz berichtet, dass der Bahnhof umgebaut wird.')).toEqual(['Die taz']);
  });

  it('reads a dative pronoun before "zufolge"', () => {
    expect(speakers('Ihnen zufolge ist der Damm sicher.')).toEqual(['Ihnen']);
  });

  it('reads a quoted name after "laut"', () => {
    expect(speakers('Laut „meinblog.de“ ist der Laden geschlossen.')).toEqual(['meinblog.de']);
  });

  it('takes a verb that can only be finite as the finite verb, not an auxiliary of a clause before', () => {
    expect(speakers('Als die Zahlen vorgelegt worden waren sagte sie: „Wir sind zufrieden.“')).toEqual(['sie']);
  });
});

describe('appositions, relative clauses and coordinated clauses', () => {
  it('finds an apposed subject after a clause of its own', () => {
    expect(speakers('Der Bürgermeister lehnte das ab, die Sprecherin der Opposition, Eva Roth, erklärte: „Das ist falsch.“')).toEqual([
      'die Sprecherin der Opposition',
    ]);
  });

  it('passes over an adverb with its prepositional phrase before the verb', () => {
    expect(speakers('Passend zum Wetter riet der Sprecher: „Nehmen Sie einen Schirm mit.“')).toEqual(['der Sprecher']);
    expect(speakers('Zusammen mit dem Verband fordert Jan Muster eine neue Regel.')).toEqual(['Jan Muster']);
  });

  it('takes the relative pronoun as subject when the phrase after it is a dative', () => {
    expect(speakers('Im Saal saß eine Anwältin, die der Stadt vorwarf, die Akten zu verschleppen.')[0]).toContain('eine Anwältin');
  });

  it('finds the subject of a second main clause after "und" without a comma', () => {
    expect(speakers('Der Zug kam zu spät und die Fahrgäste fürchten, dass sich das wiederholt.')).toEqual(['die Fahrgäste']);
  });
});

describe('subordinate cue clauses with an apposition', () => {
  it('finds the subject of "wie X, Chef von Y, mitteilte" and ends the content before it', () => {
    const [s] = extract('Das Dach war undicht, wie Jan Muster, Leiter des Bauamts, mitteilte.', { language: 'de' }).statements;
    expect([s.text, s.speaker?.text]).toEqual(['Das Dach war undicht', 'Jan Muster']);
  });
});

describe('more reporting verbs', () => {
  it('reads "fragte, ob" and "führte aus, dass" as reports', () => {
    expect(speakers('Die Abgeordnete fragte, ob die Mittel reichen würden.')).toEqual(['Die Abgeordnete']);
    expect(speakers('Vor Gericht führte der Anwalt aus, dass sein Mandant nichts gewusst habe.')).toEqual(['der Anwalt']);
  });
});

describe('statements named by nouns and by their order', () => {
  it('reads "Kritik wurde laut, dass …" with the voiced noun as source', () => {
    expect(speakers('Kritik wird laut, dass die Stadt zu spät reagiert habe.')).toEqual(['Kritik']);
    expect(speakers('Laut Polizei wurde niemand verletzt.')).toEqual(['Polizei']);
  });

  it('reads "Seine Forderung ist, dass …" with the noun phrase as source', () => {
    expect(speakers('Ihre wichtigste Forderung ist, dass die Schule bleibe.')).toEqual(['Ihre wichtigste Forderung']);
  });

  it("finds the agent inside the noun's phrase and ends the content before the sentence's verb", () => {
    const [s] = extract('Die vom Trainer geäußerte Erwartung, das Team werde aufsteigen, hat sich zerschlagen.', { language: 'de' }).statements;
    expect([s.text, s.speaker?.text]).toEqual(['das Team werde aufsteigen', 'Trainer']);
  });

  it('gives a quote the subject after "„…“, <verb> X" even when the verb is unknown', () => {
    expect(speakers('„Wir bleiben hier“, rief Jan Muster in Kassel.')).toEqual(['Jan Muster']);
  });

  it('finds the subject after the auxiliary that opens a passive zitieren with an apposition', () => {
    expect(speakers('Der Bau beginne im Mai, wird Jan Muster, Sprecher der Stadtwerke, zitiert.')).toEqual(['Jan Muster']);
  });
});

describe('persons and abstract nouns', () => {
  it('does not take an abstract noun before the verb for the person before a colon', () => {
    expect(speakers('Jede Verantwortung für den Unfall weist die Trainerin von sich: „Ich habe nichts falsch gemacht.“')).toEqual(['die Trainerin']);
  });

  it('takes "so X" before a colon as the cue of the quote after it', () => {
    expect(speakers('Die Lage bleibe schwierig, so Anna Berg weiter: „Wir brauchen mehr Zeit.“').pop()).toBe('Anna Berg');
  });
});

describe('participles, predicatives and naming', () => {
  it('does not take an attributive participle for a verb', () => {
    expect(speakers('Unter Berufung auf nicht näher bezeichnete Quellen gab die Zeitung an, der Vertrag sei unterschrieben.')).toEqual(['die Zeitung']);
  });

  it('passes over a phrase after "als" when looking for the subject', () => {
    expect(speakers('Als neue Vorsitzende habe sie viel vor und frage die Mitglieder, ob sie mitziehen würden.')).not.toContain('neue Vorsitzende');
  });

  it('does not take "wie sich X nennt" for a report', () => {
    const list = extract('Am Abend erklärte der „Rat der Ältesten“, wie sich die Gruppe nennt, die Lage sei ruhig.', { language: 'de' }).statements;
    expect(list.map((s) => s.cue?.text)).toEqual(['erklärte']);
  });
});

describe('free indirect speech with a cue of its own', () => {
  it("gives a reported sentence with its own reporting verb that verb's speaker", () => {
    const list = extract('Der Trainer sagte, das Team sei müde. Einige Spieler seien verletzt, sagte die Ärztin Eva Roth, mehr wisse man morgen.', {
      language: 'de',
    }).statements;
    expect(list.map((s) => s.speaker?.text)).toEqual(['Der Trainer', 'die Ärztin Eva Roth']);
  });

  it('keeps a short bracket inside the clause of a separable verb', () => {
    expect(speakers('Die Stadt teilte am Abend (Ortszeit) mit, dass die Brücke gesperrt sei.')).toEqual(['Die Stadt']);
  });
});

describe('sources named by a genitive quantifier and utterances named by a possessive', () => {
  it('reads "nach Angaben mehrerer Medien" as the media', () => {
    expect(speakers('Nach Angaben mehrerer Medien verlief das Treffen angespannt.')).toEqual(['mehrerer Medien']);
  });

  it('gives "Sein Motto „…“" the possessive as its speaker', () => {
    expect(speakers('Sein Motto „Erst die Arbeit“ gilt auch hier.')).toEqual(['Sein']);
  });
});

describe('laut werden after its subject', () => {
  it('reads "Erneut wurden Vorwürfe laut, …" with the voiced noun as source', () => {
    expect(speakers('Erneut wurden Vorwürfe laut, die Stadt habe zu spät gewarnt.')).toEqual(['Vorwürfe']);
  });
});

describe('quotes without a cue after a sentence that does not open with its subject', () => {
  it('takes the subject of the sentence before when it is a person', () => {
    const list = extract('Um Zeit zu gewinnen, will die Ministerin den Plan kürzen. „Nicht alles ist nötig.“', { language: 'de' }).statements;
    expect(list.find((s) => s.mode === 'DIRECT_QUOTE')?.speaker?.text).toBe('die Ministerin');
  });
});

describe('relative clauses opened by a preposition', () => {
  it('finds the subject after the relative pronoun', () => {
    expect(speakers('Er schrieb Briefe, in denen er die Stadt als „unfähig“ bezeichnet hatte.').pop()).toBe('er');
    expect(speakers('Der Mann hinterließ einen Zettel in dem er verlangte, dass niemand die Polizei ruft.')).toEqual(['er']);
  });

  it('lets a clause with a reporting verb of its own keep the Konjunktiv after it', () => {
    const list = extract('Die Vorsitzenden haben protestiert, da sie befürchten, viele könnten sich das nicht leisten.', { language: 'de' }).statements;
    expect(list.map((s) => s.speaker?.text)).toContain('sie');
  });
});
