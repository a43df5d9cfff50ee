import {
  ATTRIBUTIONS,
  EVENT_KINDS,
  EntityType,
  ORGANIZATION_KINDS,
  PROVENANCES,
  RELATION_TYPES,
  SPEECH_MODES,
  STANCES,
  TYPE_OF_PREFIX,
} from '../../vocabulary';
import { ArticleAnnotation, EntityAnnotation, EntityReference, FactAnnotation, RelationAnnotation, StatementAnnotation, TextSpan } from '../annotation';
import { Checker, Json, MAX_NAME_LENGTH, show } from './checker';

/** The shapes of an annotation file (docs/annotation-format.md), read field by field. */

const QID_PATTERN = /^Q[1-9]\d*$/;
const LANGUAGE_PATTERN = /^[a-z]{2}$/;

export function readArticle(c: Checker, raw: Json, at: string, text: string | undefined): ArticleAnnotation {
  const o = c.object(raw, at) ?? {};
  c.noUnknown(o, at, ['id', 'title', 'language', 'file', 'url', 'publishedAt', 'source', 'notes']);
  const id = c.id(o.id, `${at}.id`, 'article');
  if (text === undefined) c.problem(`${at}.file`, 'the article text is missing: give `file` (a path relative to the annotation file).');
  return {
    id,
    title: c.string(o.title, `${at}.title`, true)!,
    language: c.pattern(o.language, `${at}.language`, LANGUAGE_PATTERN, 'an ISO 639-1 code such as "de"', true)!,
    text: text ?? '',
    url: c.string(o.url, `${at}.url`, false),
    publishedAt: c.date(o.publishedAt, `${at}.publishedAt`),
    source: o.source === undefined ? undefined : c.id(o.source, `${at}.source`),
    notes: c.strings(o.notes, `${at}.notes`),
  };
}

const COMMON_ENTITY_FIELDS = ['id', 'type', 'name', 'aliases', 'wikidataId', 'description', 'notes', 'facts', 'excerpt'];
const ENTITY_FIELDS: Record<EntityType, string[]> = {
  Person: ['anonymous', 'roles'],
  Organization: ['kind'],
  Country: ['isoCode'],
  Group: ['kind'],
  Weapon: ['category', 'manufacturer', 'rangeKm', 'unitCostUsd', 'annualProduction'],
  Topic: [],
  Event: ['kind', 'date', 'place', 'participants'],
};

/**
 * An entity described by the annotation, or one it names by id alone (a reference to the graph).
 * `type` may be given; it must be the type the id's prefix fixes.
 */
export function readEntity(c: Checker, raw: Json, at: string): { entity: EntityAnnotation } | { reference: EntityReference } {
  const o = c.object(raw, at) ?? {};
  const id = c.id(o.id, `${at}.id`);
  const type = TYPE_OF_PREFIX[id.split(':')[0]];
  if (id && !type)
    c.problem(
      `${at}.id`,
      `${show(id)} has no entity prefix; use one of ${Object.keys(TYPE_OF_PREFIX)
        .map((p) => `"${p}:"`)
        .join(', ')}.`,
    );
  if (o.type !== undefined && o.type !== type) c.problem(`${at}.type`, `${show(o.type)} is not the type its id fixes${type ? ` ("${type}")` : ''}.`);
  if (Object.keys(o).every((k) => k === 'id' || k === 'type')) return { reference: { id, type, path: at } };
  c.noUnknown(o, at, [...COMMON_ENTITY_FIELDS, ...(type ? ENTITY_FIELDS[type] : [])]);
  const entity: EntityAnnotation = {
    id,
    type,
    name: c.string(o.name, `${at}.name`, true, MAX_NAME_LENGTH)!,
    aliases: c.strings(o.aliases, `${at}.aliases`, MAX_NAME_LENGTH),
    wikidataId: c.pattern(o.wikidataId, `${at}.wikidataId`, QID_PATTERN, 'a Wikidata QID such as "Q22686"', false),
    description: c.string(o.description, `${at}.description`, false),
    notes: c.strings(o.notes, `${at}.notes`),
    facts: c.list(o.facts, `${at}.facts`, false).map((f, i) => readFact(c, f, `${at}.facts[${i}]`)),
    excerpt: c.string(o.excerpt, `${at}.excerpt`, false),
  };
  switch (type) {
    case 'Person':
      entity.anonymous = c.boolean(o.anonymous, `${at}.anonymous`) ?? false;
      entity.roles = c.strings(o.roles, `${at}.roles`);
      break;
    case 'Organization':
      entity.kind = c.oneOf(o.kind, `${at}.kind`, ORGANIZATION_KINDS, true);
      break;
    case 'Group':
      entity.kind = c.string(o.kind, `${at}.kind`, false);
      break;
    case 'Country':
      entity.isoCode = c.pattern(o.isoCode, `${at}.isoCode`, /^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as "UA"', false);
      break;
    case 'Weapon':
      entity.category = c.string(o.category, `${at}.category`, true);
      entity.manufacturer = c.optionalId(o.manufacturer, `${at}.manufacturer`);
      entity.rangeKm = c.number(o.rangeKm, `${at}.rangeKm`);
      entity.unitCostUsd = c.number(o.unitCostUsd, `${at}.unitCostUsd`);
      entity.annualProduction = c.string(o.annualProduction, `${at}.annualProduction`, false);
      break;
    case 'Event':
      entity.kind = c.oneOf(o.kind, `${at}.kind`, EVENT_KINDS, true);
      entity.date = c.date(o.date, `${at}.date`);
      entity.place = c.string(o.place, `${at}.place`, false);
      entity.participants = c.list(o.participants, `${at}.participants`, false).map((p, i) => c.id(p, `${at}.participants[${i}]`));
      break;
  }
  return { entity };
}

function readFact(c: Checker, raw: Json, at: string): FactAnnotation {
  const o = c.object(raw, at) ?? {};
  c.noUnknown(o, at, ['attribute', 'value', 'unit', 'excerpt']);
  if (typeof o.value !== 'string' && !(typeof o.value === 'number' && Number.isFinite(o.value))) {
    c.problem(`${at}.value`, `${show(o.value)} is not a number or a string.`);
  }
  return {
    attribute: c.pattern(o.attribute, `${at}.attribute`, /^[a-zA-Z][a-zA-Z0-9]*$/, 'a camelCase attribute name such as "rangeKm"', true)!,
    value: o.value as string | number,
    unit: c.string(o.unit, `${at}.unit`, false),
    excerpt: c.string(o.excerpt, `${at}.excerpt`, true)!,
  };
}

export function readRelation(c: Checker, raw: Json, at: string): RelationAnnotation {
  const o = c.object(raw, at) ?? {};
  c.noUnknown(o, at, ['type', 'from', 'to', 'excerpt', 'note']);
  return {
    type: c.oneOf(o.type, `${at}.type`, RELATION_TYPES, true)!,
    from: c.id(o.from, `${at}.from`),
    to: c.id(o.to, `${at}.to`),
    excerpt: c.string(o.excerpt, `${at}.excerpt`, true)!,
    note: c.string(o.note, `${at}.note`, false),
  };
}

const STATEMENT_FIELDS = [
  'id',
  'speaker',
  'text',
  'translation',
  'mode',
  'attribution',
  'reportedBy',
  'event',
  'date',
  'about',
  'stances',
  'excerpt',
  'start',
  'end',
  'speakerMention',
  'cue',
  'provenance',
  'confidence',
  'extractor',
  'notes',
];

export function readStatement(c: Checker, raw: Json, at: string): StatementAnnotation {
  const o = c.object(raw, at) ?? {};
  c.noUnknown(o, at, STATEMENT_FIELDS);
  const provenance = c.oneOf(o.provenance, `${at}.provenance`, PROVENANCES, false) ?? 'CURATED';
  const machine = provenance !== 'CURATED';
  const about = c.list(o.about, `${at}.about`, !machine).map((id, i) => c.id(id, `${at}.about[${i}]`));
  // A curator names what every statement is about; the extractor may find nothing to link.
  if (!machine && Array.isArray(o.about) && o.about.length === 0) c.problem(`${at}.about`, 'a statement must be about at least one entity.');
  if (!machine && o.speaker === undefined)
    c.problem(`${at}.speaker`, 'is missing: a hand-coded statement names its speaker (only a machine-proposed one may have none).');
  if (provenance === 'AUTOMATIC') {
    if (o.confidence === undefined) c.problem(`${at}.confidence`, 'is missing: a machine-proposed statement carries its confidence, from 0 to 1.');
    if (o.extractor === undefined) c.problem(`${at}.extractor`, 'is missing: a machine-proposed statement names the extractor that proposed it.');
  }
  if ((o.start === undefined) !== (o.end === undefined))
    c.problem(`${at}.${o.start === undefined ? 'start' : 'end'}`, 'is missing: give both start and end, or neither.');
  return {
    id: c.id(o.id, `${at}.id`, 'statement'),
    speaker: c.optionalId(o.speaker, `${at}.speaker`),
    text: c.string(o.text, `${at}.text`, true)!,
    translation: c.string(o.translation, `${at}.translation`, false),
    mode: c.oneOf(o.mode, `${at}.mode`, SPEECH_MODES, true)!,
    attribution: c.oneOf(o.attribution, `${at}.attribution`, ATTRIBUTIONS, true)!,
    reportedBy: c.optionalId(o.reportedBy, `${at}.reportedBy`),
    event: c.optionalId(o.event, `${at}.event`),
    date: c.date(o.date, `${at}.date`),
    about: [...new Set(about)],
    stances: c.list(o.stances, `${at}.stances`, false).map((s, i) => {
      const so = c.object(s, `${at}.stances[${i}]`) ?? {};
      c.noUnknown(so, `${at}.stances[${i}]`, ['topic', 'stance']);
      return { topic: c.id(so.topic, `${at}.stances[${i}].topic`), stance: c.oneOf(so.stance, `${at}.stances[${i}].stance`, STANCES, true)! };
    }),
    excerpt: c.string(o.excerpt, `${at}.excerpt`, true)!,
    start: c.offset(o.start, `${at}.start`),
    end: c.offset(o.end, `${at}.end`),
    speakerMention: readSpan(c, o.speakerMention, `${at}.speakerMention`),
    cue: readSpan(c, o.cue, `${at}.cue`),
    provenance,
    confidence: c.fraction(o.confidence, `${at}.confidence`),
    extractor: c.string(o.extractor, `${at}.extractor`, false, MAX_NAME_LENGTH),
    notes: c.strings(o.notes, `${at}.notes`),
  };
}

/** `{ start, end, text }`: a span of the article; references.ts checks it selects `text`. */
function readSpan(c: Checker, raw: Json, at: string): TextSpan | undefined {
  if (raw === undefined || raw === null) return undefined;
  const o = c.object(raw, at) ?? {};
  c.noUnknown(o, at, ['start', 'end', 'text']);
  const start = c.offset(o.start, `${at}.start`);
  const end = c.offset(o.end, `${at}.end`);
  if (start === undefined && o.start === undefined) c.problem(`${at}.start`, 'is missing.');
  if (end === undefined && o.end === undefined) c.problem(`${at}.end`, 'is missing.');
  return { start: start ?? 0, end: end ?? 0, text: c.string(o.text, `${at}.text`, true)! };
}
