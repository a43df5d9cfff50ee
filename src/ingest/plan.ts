import { EntityType, isActorType } from '../vocabulary';
import { Annotation, EntityAnnotation } from './annotation';
import { Span, locate } from './evidence';

/** The parameters of the ingest queries for one validated annotation. */
export interface IngestPlan {
  articleId: string;
  article: Record<string, unknown>;
  entities: { id: string; type: EntityType; props: Record<string, unknown>; date: string | null }[];
  facts: Record<string, unknown>[];
  relations: Record<string, unknown>[];
  participants: { event: string; actor: string }[];
  statements: {
    id: string;
    props: Record<string, unknown>;
    date: string | null;
    speaker: string | null;
    reportedBy: string | null;
    event: string | null;
    about: string[];
    stances: { topic: string; stance: string }[];
  }[];
  /** Entities the annotation names by id alone: they must be in the graph already. */
  references: string[];
  /** Every entity id the article mentions: the ones it describes and the ones it names by id alone. */
  mentions: { id: string; mention: Span | null }[];
}

/**
 * Turns a validated annotation into query parameters: offsets resolved, properties flattened,
 * nulls where a value is absent (Neo4j drops null properties). Pure: no I/O.
 */
export function planIngest(a: Annotation): IngestPlan {
  const text = a.article.text;
  const span = (excerpt: string): Span => {
    const found = locate(text, excerpt);
    // validateAnnotation has already checked every excerpt.
    if (typeof found === 'string') throw new Error(`Unvalidated excerpt: ${found}`);
    return found;
  };
  const articleId = a.article.id;
  return {
    articleId,
    article: {
      id: articleId,
      title: a.article.title,
      language: a.article.language,
      text,
      url: a.article.url ?? null,
      publishedAt: a.article.publishedAt ?? null,
      source: a.article.source ?? null,
      notes: listOrNull(a.article.notes),
    },
    entities: a.entities.map((e) => ({
      id: e.id,
      type: e.type,
      props: entityProps(e),
      date: e.date ?? null,
    })),
    facts: a.entities.flatMap((e) =>
      e.facts.map((f) => ({
        id: `${articleId}#${e.id}#${f.attribute}`,
        entityId: e.id,
        attribute: f.attribute,
        value: f.value,
        unit: f.unit ?? null,
        ...span(f.excerpt),
      })),
    ),
    relations: [
      // A weapon's manufacturer is a relation too; an explicit relation below adds its evidence.
      ...a.entities
        .filter((e) => e.manufacturer)
        .map((e) => ({ type: 'MANUFACTURER_OF', from: e.manufacturer, to: e.id, start: null, end: null, excerpt: null, note: null })),
      ...a.relations.map((r) => ({ type: r.type, from: r.from, to: r.to, ...span(r.excerpt), note: r.note ?? null })),
    ],
    participants: a.entities.flatMap((e) => (e.participants ?? []).map((actor) => ({ event: e.id, actor }))),
    references: a.references.map((r) => r.id),
    mentions: [
      ...a.entities.map((e) => ({ id: e.id, mention: e.excerpt ? span(e.excerpt) : null })),
      ...a.references.map((r) => ({ id: r.id, mention: null })),
    ],
    statements: a.statements.map((s) => {
      // Offsets given with the excerpt make a repeated excerpt unambiguous (validated to select it).
      const evidence = s.start !== undefined && s.end !== undefined ? { start: s.start, end: s.end, excerpt: s.excerpt } : span(s.excerpt);
      const english = a.article.language === 'en' ? s.text : (s.translation ?? null);
      return {
        id: s.id,
        props: {
          text: s.text,
          language: a.article.language,
          translation: s.translation ?? null,
          mode: s.mode,
          attribution: s.attribution,
          start: evidence.start,
          end: evidence.end,
          excerpt: evidence.excerpt,
          // A span is its start and its text: the end follows, and a page reads fewer properties.
          mentionStart: s.speakerMention?.start ?? null,
          mention: s.speakerMention?.text ?? null,
          cueStart: s.cue?.start ?? null,
          cue: s.cue?.text ?? null,
          provenance: s.provenance,
          confidence: s.confidence ?? null,
          extractor: s.extractor ?? null,
          notes: listOrNull(s.notes),
          // Full-text fields: originals with their language's stemming, translations with English.
          textDe: a.article.language === 'de' ? s.text : null,
          textEn: english,
        },
        date: s.date ?? null,
        speaker: s.speaker ?? null,
        reportedBy: s.reportedBy ?? null,
        event: s.event ?? null,
        about: s.about,
        stances: s.stances,
      };
    }),
  };
}

function entityProps(e: EntityAnnotation): Record<string, unknown> {
  const props: Record<string, unknown> = {
    type: e.type,
    name: e.name,
    aliases: listOrNull(e.aliases),
    // Full-text search reads one string: the aliases, one per line.
    aliasText: e.aliases.join('\n'),
    wikidataId: e.wikidataId ?? null,
    description: e.description ?? null,
    notes: listOrNull(e.notes),
    isActor: isActorType(e.type),
  };
  const optional: (keyof EntityAnnotation)[] = [
    'anonymous',
    'roles',
    'kind',
    'isoCode',
    'category',
    'manufacturer',
    'rangeKm',
    'unitCostUsd',
    'annualProduction',
    'place',
  ];
  for (const key of optional) {
    if (e[key] !== undefined) props[key === 'manufacturer' ? 'manufacturerId' : key] = key === 'roles' ? listOrNull(e.roles!) : e[key];
  }
  return props;
}

/**
 * An empty list is not stored: Neo4j keeps no element type for it, `neo4j-admin database import`
 * cannot write one, and every reader takes an absent list as empty (src/graph/common/rows.ts).
 * Both write paths then leave the same graph.
 */
function listOrNull(items: string[]): string[] | null {
  return items.length > 0 ? items : null;
}
