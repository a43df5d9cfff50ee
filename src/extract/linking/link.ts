import { EntityRef, Mention, Statement } from '../model';
import { Attributed } from '../pipeline/attribution';
import { confidenceOf } from '../pipeline/confidence';
import { Analysed } from '../pipeline/document';
import { countryLexicon } from './countries';
import { EntityIndex } from './entity-index';
import { excerptOf } from './excerpt';
import { KnownEntities } from './known-entities';
import { refOf, Resolver } from './resolver';

/** The pipeline's result: statements with resolved entities, and the entities they use. */
export interface Linked {
  language: string;
  text: string;
  statements: Statement[];
  /** Every entity a statement refers to, known ones and those the extractor proposes. */
  entities: EntityRef[];
}

/**
 * Resolves every speaker and reporter mention to an entity (`resolver.ts`) and lists what each
 * statement is about: the known entities and countries named in its content. A mention that fits
 * nothing keeps its span and resolves to no entity: nothing is guessed.
 */
export function linkStatements(doc: Analysed, statements: Attributed[], known: KnownEntities, scope = 'article'): Linked {
  const index = indexFor(known);
  const resolver = new Resolver(doc, index, scope);
  const used = new Map<string, EntityRef>();
  // Attribution copies each statement, so a continued quote is found again by its span.
  const position = new Map(statements.map((s, i) => [`${s.start}:${s.end}`, i]));
  const out = statements.map((s): Statement => {
    const speakerEntity = resolver.resolve(s.speaker, s.sentence);
    const reporterEntity = s.reportedBy && s.reportedBy !== s.speaker ? resolver.resolve(s.reportedBy, s.sentence) : speakerEntity;
    for (const e of [speakerEntity, reporterEntity]) if (e) used.set(e.id, e);
    resolver.remember(s.speaker, speakerEntity, s.sentence);
    const about = index
      .entitiesIn(doc.tokens, s)
      .map(refOf)
      .filter((e) => e.id !== speakerEntity?.id);
    for (const e of about) used.set(e.id, e);
    return {
      start: s.start,
      end: s.end,
      text: doc.source.slice(s.start, s.end),
      mode: s.mode,
      attribution: s.attribution,
      speaker: s.speaker ? withEntity(s.speaker, speakerEntity) : null,
      cue: s.cue ? { start: s.cue.start, end: s.cue.end, text: doc.source.slice(s.cue.start, s.cue.end) } : null,
      reportedBy: s.reportedBy ? withEntity(s.reportedBy, reporterEntity) : null,
      about,
      confidence: confidenceOf(s),
      excerpt: excerptOf(doc, s),
      continues: s.continues ? position.get(`${s.continues.start}:${s.continues.end}`) : undefined,
      sentence: s.sentence,
    };
  });
  return { language: doc.rules.language, text: doc.source.text, statements: out, entities: [...used.values()] };
}

/** A mention with its entity. Written field by field: a spread of mentions of several shapes is a slow copy in V8. */
function withEntity(m: Mention, entity: EntityRef | undefined): Mention & { entity?: EntityRef } {
  return { start: m.start, end: m.end, text: m.text, kind: m.kind, first: m.first, last: m.last, name: m.name, plural: m.plural, entity };
}

// The name index of a source of known entities is built once and reused for every article.
const indexes = new WeakMap<KnownEntities, EntityIndex>();
function indexFor(known: KnownEntities): EntityIndex {
  let index = indexes.get(known);
  if (!index) indexes.set(known, (index = new EntityIndex([known, countryLexicon()])));
  return index;
}
