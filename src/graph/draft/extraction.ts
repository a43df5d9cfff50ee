import { Database } from '../../db/database';
import { DraftEntity, DraftStatement } from '../../drafts/model';
import { BadInputError } from '../../errors';
import { extract } from '../../extract/extract';
import { detectLanguage } from '../../extract/io/language';
import { EntityList, KnownEntities, KnownEntity } from '../../extract/linking/known-entities';
import { EXTRACTOR, LANGUAGES, Language } from '../../extract/model';
import { EntityType } from '../../vocabulary';

/** What the extractor proposes for an article: statements to review and the entities it does not know. */
export interface Proposals {
  language: Language;
  extractor: string;
  statements: DraftStatement[];
  entities: DraftEntity[];
}

/** How long the graph's names are reused before they are read again (new articles add names). */
const NAMES_TTL_MS = 30_000;
let cached: { at: number; entities: Promise<KnownEntity[]> } | undefined;

/** The graph's entities, as the extractor links to them; read once per NAMES_TTL_MS. */
function graphEntities(db: Database): Promise<KnownEntity[]> {
  if (cached && Date.now() - cached.at < NAMES_TTL_MS) return cached.entities;
  const entities = db.read('entity/find-entities-for-linking').then((rows) =>
    rows.map((r) => ({
      id: r.id as string,
      type: r.type as KnownEntity['type'],
      name: r.name as string,
      aliases: r.aliases as string[],
      anonymous: (r.anonymous as boolean | null) ?? undefined,
      roles: (r.roles as string[] | null) ?? undefined,
    })),
  );
  cached = { at: Date.now(), entities };
  entities.catch(() => (cached = undefined));
  return entities;
}

/**
 * Runs the extractor over an article's text, linking to the graph's entities, and answers its
 * proposals as draft statements (PROPOSED, PENDING, with their confidence) and the new entities
 * they name. `language` null means: detect it; text that is neither German nor English is refused.
 */
export async function propose(db: Database, text: string, language: string | null, scope: string): Promise<Proposals> {
  const lang = language ?? detectLanguage(text);
  if (lang === null) {
    throw new BadInputError('The text is neither clearly German nor clearly English; say which it is with "language" ("de" or "en").', {
      argument: 'language',
    });
  }
  if (!(LANGUAGES as readonly string[]).includes(lang)) {
    throw new BadInputError(`Argument "language" is ${JSON.stringify(lang)}; the extractor reads "de" and "en".`, { argument: 'language', value: lang });
  }
  const known: KnownEntities = new EntityList(await graphEntities(db));
  const result = extract(text, { language: lang as Language, entities: known, scope });
  const referenced = new Set<string>();
  const statements = result.statements.map((s, i): DraftStatement => {
    const ids = [s.speaker?.entity?.id, s.reportedBy?.entity?.id, ...s.about.map((e) => e.id)].filter((id): id is string => !!id);
    ids.forEach((id) => referenced.add(id));
    return {
      key: `p${i + 1}`,
      origin: 'PROPOSED',
      decision: 'PENDING',
      edited: false,
      statementId: null,
      start: s.start,
      end: s.end,
      text: s.text,
      excerptStart: s.excerpt.start,
      excerptEnd: s.excerpt.end,
      mode: s.mode,
      attribution: s.attribution,
      speaker: s.speaker?.entity?.id ?? null,
      speakerMention: s.speaker ? { start: s.speaker.start, end: s.speaker.end, text: s.speaker.text } : null,
      cue: s.cue ? { start: s.cue.start, end: s.cue.end, text: s.cue.text } : null,
      reportedBy: s.reportedBy?.entity?.id ?? null,
      event: null,
      about: [...new Set(s.about.map((e) => e.id))],
      stances: [],
      provenance: null,
      confidence: s.confidence,
      extractor: EXTRACTOR,
      date: null,
      translation: null,
      notes: [],
    };
  });
  const entities = result.entities
    .filter((e) => !e.known && referenced.has(e.id))
    .map((e): DraftEntity => ({
      id: e.id,
      type: e.type as EntityType,
      name: e.name,
      aliases: e.aliases,
      ...(e.type === 'Organization' ? { kind: 'other' } : {}),
    }));
  return { language: lang as Language, extractor: EXTRACTOR, statements, entities };
}
