import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

import { extractorDraft } from '../../../test/harness/drafts';
import { AnnotationError } from '../annotation';
import { validateAnnotation } from '.';

const FIXTURES = path.join(__dirname, '..', '..', '..', 'test', 'fixtures');
const TEXT = fs.readFileSync(path.join(FIXTURES, 'mini-article.txt'), 'utf8');
const valid = () => YAML.parse(fs.readFileSync(path.join(FIXTURES, 'mini.yaml'), 'utf8'));

/** The problems a broken annotation is reported with, as "path: message" lines. */
function problemsOf(raw: unknown): string[] {
  try {
    validateAnnotation(raw, TEXT, 'broken.yaml');
  } catch (error) {
    if (error instanceof AnnotationError) return error.problems.map((p) => `${p.path}: ${p.message}`);
    throw error;
  }
  return [];
}

describe('validateAnnotation', () => {
  it('accepts the valid fixture and types its entities from their id prefixes', () => {
    const a = validateAnnotation(valid(), TEXT, 'mini.yaml');
    expect(a.entities.map((e) => e.type)).toEqual(['Person', 'Person', 'Country', 'Topic']);
    expect(a.statements).toHaveLength(2);
  });

  it('refuses ids and names too long to index, showing only their start', () => {
    const raw = valid();
    raw.entities[0].id = `person:${'a'.repeat(200)}`;
    raw.entities[1].name = 'B'.repeat(301);
    raw.entities[1].aliases = ['Muster', 'M'.repeat(400)];
    const problems = problemsOf(raw);
    expect(problems).toEqual(
      expect.arrayContaining([
        `entities[0].id: "person:${'a'.repeat(49)}... is 207 characters long; at most 200 are allowed here.`,
        `entities[1].name: "${'B'.repeat(56)}... is 301 characters long; at most 300 are allowed here.`,
        `entities[1].aliases[1]: "${'M'.repeat(56)}... is 400 characters long; at most 300 are allowed here.`,
      ]),
    );
    // A name of exactly the limit is fine, and an emoji counts as one character.
    const fine = valid();
    fine.entities[1].name = '🇺'.repeat(300);
    expect(problemsOf(fine)).toEqual([]);
  });

  it('reports an unknown speaker with its path', () => {
    const raw = valid();
    raw.statements[1].speaker = 'person:foo';
    expect(problemsOf(raw)).toEqual(['statements[1].speaker: unknown entity "person:foo".']);
  });

  it('reports an excerpt that is not in the article', () => {
    const raw = valid();
    raw.statements[0].excerpt = 'Anna Beispiel sagte etwas anderes.';
    raw.statements[0].text = 'etwas anderes';
    expect(problemsOf(raw)).toEqual(['statements[0].excerpt: the excerpt "Anna Beispiel sagte etwas anderes." does not occur in the article text.']);
  });

  it('reports an excerpt that occurs more than once, with both offsets', () => {
    const raw = valid();
    raw.relations[0].excerpt = 'er';
    expect(problemsOf(raw)).toEqual([
      expect.stringMatching(
        /^relations\[0\]\.excerpt: the excerpt "er" occurs more than once in the article text \(at code points \d+ and \d+\); lengthen it until it is unique\.$/,
      ),
    ]);
  });

  it('reports a duplicate id', () => {
    const raw = valid();
    raw.entities[1].id = 'person:anna-beispiel';
    expect(problemsOf(raw)).toContain('entities[1].id: duplicate id "person:anna-beispiel".');
  });

  it('reports a bad enum value, naming the allowed ones', () => {
    const raw = valid();
    raw.statements[0].mode = 'QUOTE';
    expect(problemsOf(raw)).toEqual([
      'statements[0].mode: "QUOTE" is not one of "DIRECT_QUOTE", "INDIRECT_SPEECH", "FREE_INDIRECT_SPEECH", "REPORTED_SPEECH", "ASSESSMENT".',
    ]);
  });

  it('reports every problem at once, not only the first', () => {
    const raw = valid();
    raw.statements[0].attribution = 'RUMOUR';
    raw.statements[1].date = '2025-02-30';
    raw.entities[0].wikidataId = 'Z12';
    raw.entities[2].colour = 'red';
    expect(problemsOf(raw)).toEqual([
      'entities[0].wikidataId: "Z12" is not a Wikidata QID such as "Q22686".',
      'entities[2].colour: unknown field; expected one of id, type, name, aliases, wikidataId, description, notes, facts, excerpt, isoCode.',
      'statements[0].attribution: "RUMOUR" is not one of "ON_RECORD", "REPORTED", "ALLEGED".',
      'statements[1].date: "2025-02-30" is not a calendar date of the form YYYY-MM-DD.',
    ]);
  });

  it('refuses a reference to an entity of the wrong type', () => {
    const raw = valid();
    raw.statements[0].stances[0].topic = 'person:bert-muster';
    expect(problemsOf(raw)).toEqual(['statements[0].stances[0].topic: "person:bert-muster" is a Person, but a stance topic must be a Topic.']);
  });

  it('refuses a statement text that is not inside its excerpt', () => {
    const raw = valid();
    raw.statements[0].text = 'Wir liefern Raketen.';
    expect(problemsOf(raw)).toEqual(['statements[0].text: the text "Wir liefern Raketen." is not part of its excerpt; quote it verbatim.']);
  });

  // Regression: the validator once had its own date check, which read years 0-99 as 1900-1999.
  it('reads the years 0000-0099 as written, as the API does', () => {
    const raw = valid();
    raw.statements[1].date = '0096-02-29';
    expect(problemsOf(raw)).toEqual([]);
    raw.statements[1].date = '0097-02-29';
    expect(problemsOf(raw)).toEqual(['statements[1].date: "0097-02-29" is not a calendar date of the form YYYY-MM-DD.']);
  });

  describe("machine-proposed statements (the extractor's drafts)", () => {
    /** The fixture as a draft: its second statement proposed by the extractor, placed by offsets. */
    const draft = () => {
      const raw = valid();
      const { fields, span } = extractorDraft(TEXT, 'Der Minister Bert Muster widersprach ihr.', 0.8);
      raw.entities.push({ id: 'country:elsewhere' }, { id: 'group:insiders', type: 'Group' });
      Object.assign(raw.statements[1], { ...fields, speakerMention: span(13, 'Bert Muster'), cue: span(25, 'widersprach'), about: [] });
      delete raw.statements[1].translation;
      return raw;
    };

    it('accepts offsets, spans, an empty about, a missing speaker and entities named by id alone', () => {
      const raw = draft();
      delete raw.statements[1].speaker;
      const a = validateAnnotation(raw, TEXT, 'draft.yaml');
      expect(a.references).toEqual([
        { id: 'country:elsewhere', type: 'Country', path: 'entities[4]' },
        { id: 'group:insiders', type: 'Group', path: 'entities[5]' },
      ]);
      expect(a.entities).toHaveLength(4);
      expect(a.statements[1]).toMatchObject({ provenance: 'AUTOMATIC', confidence: 0.8, speaker: undefined, about: [], cue: { text: 'widersprach' } });
      expect(a.statements[0].provenance).toBe('CURATED');
    });

    it('needs a confidence and an extractor for a machine-proposed statement', () => {
      const raw = draft();
      delete raw.statements[1].confidence;
      delete raw.statements[1].extractor;
      expect(problemsOf(raw)).toEqual([
        'statements[1].confidence: is missing: a machine-proposed statement carries its confidence, from 0 to 1.',
        'statements[1].extractor: is missing: a machine-proposed statement names the extractor that proposed it.',
      ]);
    });

    it('refuses offsets one off, outside the text or alone, and spans that do not select their text', () => {
      const raw = draft();
      const { start, end } = raw.statements[1];
      raw.statements[1].start += 1;
      raw.statements[1].end += 1;
      raw.statements[1].cue.end = 10_000;
      raw.statements[1].speakerMention.text = 'Anna Beispiel';
      expect(problemsOf(raw)).toEqual([
        `statements[1].excerpt: "Der Minister Bert Muster widersprach ihr." is not the text at code points ${start + 1}-${end + 1}, which is "er Minister Bert Muster widersprach ihr.\\n"; copy it from the article.`,
        `statements[1].speakerMention.text: "Anna Beispiel" is not the text at code points ${start + 13}-${start + 24}, which is "Bert Muster"; copy it from the article.`,
        `statements[1].cue.end: the offsets ${start + 25}-10000 are not a span of the article, which has ${[...TEXT].length} code points.`,
      ]);
      const alone = draft();
      delete alone.statements[1].end;
      expect(problemsOf(alone)).toEqual(['statements[1].end: is missing: give both start and end, or neither.']);
    });

    it('refuses a confidence outside 0 to 1, an unknown provenance and a type its id does not fix', () => {
      const raw = draft();
      raw.statements[1].confidence = 1.5;
      raw.statements[0].provenance = 'GUESSED';
      raw.entities[5].type = 'Person';
      expect(problemsOf(raw)).toEqual([
        'entities[5].type: "Person" is not the type its id fixes ("Group").',
        'statements[0].provenance: "GUESSED" is not one of "CURATED", "AUTOMATIC", "REVIEWED".',
        'statements[1].confidence: 1.5 is not a number from 0 to 1.',
      ]);
    });

    it('keeps asking a hand-coded statement what it is about', () => {
      const raw = valid();
      raw.statements[1].about = [];
      expect(problemsOf(raw)).toEqual(['statements[1].about: a statement must be about at least one entity.']);
    });
  });
});
