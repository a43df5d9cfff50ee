import {
  ACTOR_TYPES,
  ATTRIBUTIONS,
  ENTITY_TYPES,
  EVENT_KINDS,
  EntityType,
  ID_PATTERN,
  ORGANIZATION_KINDS,
  RELATION_TYPES,
  RELATION_TYPE_INFO,
  SPEECH_MODES,
  STANCES,
  TYPE_OF_PREFIX,
  isRelationType,
} from '../vocabulary';
import { Annotation, AnnotationError, ArticleAnnotation, EntityAnnotation, FactAnnotation, Problem, RelationAnnotation, StatementAnnotation } from './annotation';
import { isCalendarDate } from '../calendar';
import { locate } from './evidence';

const QID_PATTERN = /^Q[1-9]\d*$/;
/**
 * Ids and names are range-indexed, and Neo4j refuses index keys over about 8 KB: longer values
 * would fail inside the write. No real id or name comes near these lengths.
 */
export const MAX_ID_LENGTH = 200;
export const MAX_NAME_LENGTH = 300;
const LANGUAGE_PATTERN = /^[a-z]{2}$/;

type Json = unknown;
type Obj = Record<string, Json>;

/**
 * Validates an untrusted annotation (parsed YAML or JSON) whose article text is `text`.
 * Collects every problem, each with its path (`statements[12].speaker`), and throws one
 * AnnotationError listing them all; returns the typed annotation when there is none.
 */
export function validateAnnotation(raw: Json, text: string | undefined, source: string): Annotation {
  const v = new Validator();
  const root = v.object(raw, '');
  const article = v.article(root?.article, 'article', text);
  const entities = v.list(root?.entities, 'entities', true).map((e, i) => v.entity(e, `entities[${i}]`));
  const relations = v.list(root?.relations, 'relations', false).map((r, i) => v.relation(r, `relations[${i}]`));
  const statements = v.list(root?.statements, 'statements', true).map((s, i) => v.statement(s, `statements[${i}]`));
  if (root) v.noUnknown(root, '', ['article', 'entities', 'relations', 'statements']);

  const annotation: Annotation = { article, entities, relations, statements };
  if (v.problems.length === 0) checkReferences(annotation, v);
  if (v.problems.length > 0) throw new AnnotationError(source, v.problems);
  return annotation;
}

/** Cross-references: ids unique, every reference known and of the right type, excerpts found once. */
function checkReferences(a: Annotation, v: Validator): void {
  const types = new Map<string, EntityType>();
  a.entities.forEach((e, i) => {
    if (types.has(e.id)) v.problem(`entities[${i}].id`, `duplicate id "${e.id}".`);
    types.set(e.id, e.type);
  });
  const statementIds = new Set<string>();
  a.statements.forEach((s, i) => {
    if (statementIds.has(s.id)) v.problem(`statements[${i}].id`, `duplicate id "${s.id}".`);
    statementIds.add(s.id);
  });

  const ref = (id: string | undefined, path: string, allowed: readonly EntityType[], what: string) => {
    if (id === undefined) return;
    const type = types.get(id);
    if (!type) v.problem(path, `unknown entity ${show(id)}.`);
    else if (!allowed.includes(type)) v.problem(path, `${show(id)} is a ${type}, but ${what} must be ${orList(allowed)}.`);
  };
  const span = (excerpt: string | undefined, path: string) => {
    if (excerpt === undefined) return;
    const found = locate(a.article.text, excerpt);
    if (typeof found === 'string') v.problem(path, found);
  };

  ref(a.article.source, 'article.source', ['Organization'], 'the source');
  a.entities.forEach((e, i) => {
    const at = `entities[${i}]`;
    ref(e.manufacturer, `${at}.manufacturer`, ['Organization'], 'a manufacturer');
    e.participants?.forEach((p, j) => ref(p, `${at}.participants[${j}]`, ACTOR_TYPES, 'a participant'));
    span(e.excerpt, `${at}.excerpt`);
    e.facts.forEach((f, j) => span(f.excerpt, `${at}.facts[${j}].excerpt`));
  });
  a.relations.forEach((r, i) => {
    const at = `relations[${i}]`;
    const rule = isRelationType(r.type) ? RELATION_TYPE_INFO[r.type] : { from: ENTITY_TYPES, to: ENTITY_TYPES };
    ref(r.from, `${at}.from`, rule.from, `the "from" of ${r.type}`);
    ref(r.to, `${at}.to`, rule.to, `the "to" of ${r.type}`);
    if (r.from === r.to) v.problem(`${at}.to`, `a relation cannot link "${r.from}" to itself.`);
    span(r.excerpt, `${at}.excerpt`);
  });
  a.statements.forEach((s, i) => {
    const at = `statements[${i}]`;
    ref(s.speaker, `${at}.speaker`, ACTOR_TYPES, 'a speaker');
    ref(s.reportedBy, `${at}.reportedBy`, ACTOR_TYPES, 'a reporter');
    ref(s.event, `${at}.event`, ['Event'], 'an event');
    s.about.forEach((id, j) => ref(id, `${at}.about[${j}]`, ENTITY_TYPES, 'a target'));
    s.stances.forEach((st, j) => ref(st.topic, `${at}.stances[${j}].topic`, ['Topic'], 'a stance topic'));
    span(s.excerpt, `${at}.excerpt`);
    if (!s.excerpt.includes(s.text)) v.problem(`${at}.text`, `the text "${s.text.slice(0, 60)}" is not part of its excerpt; quote it verbatim.`);
  });
}

class Validator {
  readonly problems: Problem[] = [];

  problem(path: string, message: string): void {
    this.problems.push({ path: path || '(root)', message });
  }

  article(raw: Json, at: string, text: string | undefined): ArticleAnnotation {
    const o = this.object(raw, at) ?? {};
    this.noUnknown(o, at, ['id', 'title', 'language', 'file', 'url', 'publishedAt', 'source', 'notes']);
    const id = this.id(o.id, `${at}.id`, 'article');
    if (text === undefined) this.problem(`${at}.file`, 'the article text is missing: give `file` (a path relative to the annotation file).');
    return {
      id,
      title: this.string(o.title, `${at}.title`, true)!,
      language: this.pattern(o.language, `${at}.language`, LANGUAGE_PATTERN, 'an ISO 639-1 code such as "de"', true)!,
      text: text ?? '',
      url: this.string(o.url, `${at}.url`, false),
      publishedAt: this.date(o.publishedAt, `${at}.publishedAt`),
      source: o.source === undefined ? undefined : this.id(o.source, `${at}.source`),
      notes: this.strings(o.notes, `${at}.notes`),
    };
  }

  entity(raw: Json, at: string): EntityAnnotation {
    const o = this.object(raw, at) ?? {};
    const id = this.id(o.id, `${at}.id`);
    const type = TYPE_OF_PREFIX[id.split(':')[0]];
    if (id && !type) this.problem(`${at}.id`, `${show(id)} has no entity prefix; use one of ${Object.keys(TYPE_OF_PREFIX).map((p) => `"${p}:"`).join(', ')}.`);
    const common = ['id', 'name', 'aliases', 'wikidataId', 'description', 'notes', 'facts', 'excerpt'];
    const specific: Record<EntityType, string[]> = {
      Person: ['anonymous', 'roles'],
      Organization: ['kind'],
      Country: ['isoCode'],
      Group: ['kind'],
      Weapon: ['category', 'manufacturer', 'rangeKm', 'unitCostUsd', 'annualProduction'],
      Topic: [],
      Event: ['kind', 'date', 'place', 'participants'],
    };
    this.noUnknown(o, at, [...common, ...(type ? specific[type] : [])]);
    const entity: EntityAnnotation = {
      id,
      type,
      name: this.string(o.name, `${at}.name`, true, MAX_NAME_LENGTH)!,
      aliases: this.strings(o.aliases, `${at}.aliases`, MAX_NAME_LENGTH),
      wikidataId: this.pattern(o.wikidataId, `${at}.wikidataId`, QID_PATTERN, 'a Wikidata QID such as "Q22686"', false),
      description: this.string(o.description, `${at}.description`, false),
      notes: this.strings(o.notes, `${at}.notes`),
      facts: this.list(o.facts, `${at}.facts`, false).map((f, i) => this.fact(f, `${at}.facts[${i}]`)),
      excerpt: this.string(o.excerpt, `${at}.excerpt`, false),
    };
    switch (type) {
      case 'Person':
        entity.anonymous = this.boolean(o.anonymous, `${at}.anonymous`) ?? false;
        entity.roles = this.strings(o.roles, `${at}.roles`);
        break;
      case 'Organization':
        entity.kind = this.oneOf(o.kind, `${at}.kind`, ORGANIZATION_KINDS, true);
        break;
      case 'Group':
        entity.kind = this.string(o.kind, `${at}.kind`, false);
        break;
      case 'Country':
        entity.isoCode = this.pattern(o.isoCode, `${at}.isoCode`, /^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as "UA"', false);
        break;
      case 'Weapon':
        entity.category = this.string(o.category, `${at}.category`, true);
        entity.manufacturer = o.manufacturer === undefined ? undefined : this.id(o.manufacturer, `${at}.manufacturer`);
        entity.rangeKm = this.number(o.rangeKm, `${at}.rangeKm`);
        entity.unitCostUsd = this.number(o.unitCostUsd, `${at}.unitCostUsd`);
        entity.annualProduction = this.string(o.annualProduction, `${at}.annualProduction`, false);
        break;
      case 'Event':
        entity.kind = this.oneOf(o.kind, `${at}.kind`, EVENT_KINDS, true);
        entity.date = this.date(o.date, `${at}.date`);
        entity.place = this.string(o.place, `${at}.place`, false);
        entity.participants = this.list(o.participants, `${at}.participants`, false).map((p, i) => this.id(p, `${at}.participants[${i}]`));
        break;
    }
    return entity;
  }

  fact(raw: Json, at: string): FactAnnotation {
    const o = this.object(raw, at) ?? {};
    this.noUnknown(o, at, ['attribute', 'value', 'unit', 'excerpt']);
    if (typeof o.value !== 'string' && !(typeof o.value === 'number' && Number.isFinite(o.value))) {
      this.problem(`${at}.value`, `${show(o.value)} is not a number or a string.`);
    }
    return {
      attribute: this.pattern(o.attribute, `${at}.attribute`, /^[a-zA-Z][a-zA-Z0-9]*$/, 'a camelCase attribute name such as "rangeKm"', true)!,
      value: o.value as string | number,
      unit: this.string(o.unit, `${at}.unit`, false),
      excerpt: this.string(o.excerpt, `${at}.excerpt`, true)!,
    };
  }

  relation(raw: Json, at: string): RelationAnnotation {
    const o = this.object(raw, at) ?? {};
    this.noUnknown(o, at, ['type', 'from', 'to', 'excerpt', 'note']);
    return {
      type: this.oneOf(o.type, `${at}.type`, RELATION_TYPES, true)!,
      from: this.id(o.from, `${at}.from`),
      to: this.id(o.to, `${at}.to`),
      excerpt: this.string(o.excerpt, `${at}.excerpt`, true)!,
      note: this.string(o.note, `${at}.note`, false),
    };
  }

  statement(raw: Json, at: string): StatementAnnotation {
    const o = this.object(raw, at) ?? {};
    this.noUnknown(o, at, ['id', 'speaker', 'text', 'translation', 'mode', 'attribution', 'reportedBy', 'event', 'date', 'about', 'stances', 'excerpt', 'notes']);
    const about = this.list(o.about, `${at}.about`, true).map((id, i) => this.id(id, `${at}.about[${i}]`));
    if (Array.isArray(o.about) && o.about.length === 0) this.problem(`${at}.about`, 'a statement must be about at least one entity.');
    return {
      id: this.id(o.id, `${at}.id`, 'statement'),
      speaker: this.id(o.speaker, `${at}.speaker`),
      text: this.string(o.text, `${at}.text`, true)!,
      translation: this.string(o.translation, `${at}.translation`, false),
      mode: this.oneOf(o.mode, `${at}.mode`, SPEECH_MODES, true)!,
      attribution: this.oneOf(o.attribution, `${at}.attribution`, ATTRIBUTIONS, true)!,
      reportedBy: o.reportedBy === undefined ? undefined : this.id(o.reportedBy, `${at}.reportedBy`),
      event: o.event === undefined ? undefined : this.id(o.event, `${at}.event`),
      date: this.date(o.date, `${at}.date`),
      about: [...new Set(about)],
      stances: this.list(o.stances, `${at}.stances`, false).map((s, i) => {
        const so = this.object(s, `${at}.stances[${i}]`) ?? {};
        this.noUnknown(so, `${at}.stances[${i}]`, ['topic', 'stance']);
        return {
          topic: this.id(so.topic, `${at}.stances[${i}].topic`),
          stance: this.oneOf(so.stance, `${at}.stances[${i}].stance`, STANCES, true)!,
        };
      }),
      excerpt: this.string(o.excerpt, `${at}.excerpt`, true)!,
      notes: this.strings(o.notes, `${at}.notes`),
    };
  }

  // Primitive checks: each reports a problem and returns a harmless value so validation goes on.

  object(raw: Json, at: string): Obj | undefined {
    if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) return raw as Obj;
    this.problem(at, raw === undefined ? 'is missing.' : `${show(raw)} is not an object.`);
    return undefined;
  }

  list(raw: Json, at: string, required: boolean): Json[] {
    if (raw === undefined || raw === null) {
      if (required) this.problem(at, 'is missing.');
      return [];
    }
    if (!Array.isArray(raw)) {
      this.problem(at, `${show(raw)} is not a list.`);
      return [];
    }
    return raw;
  }

  /** A non-empty string of at most `max` code points (when given). */
  string(raw: Json, at: string, required: boolean, max?: number): string | undefined {
    if (raw === undefined || raw === null) {
      if (required) this.problem(at, 'is missing.');
      return required ? '' : undefined;
    }
    if (typeof raw !== 'string' || raw.trim() === '') {
      this.problem(at, `${show(raw)} is not a non-empty string.`);
      return '';
    }
    const length = max === undefined ? 0 : [...raw].length;
    if (max !== undefined && length > max) this.problem(at, `${show(raw)} is ${length} characters long; at most ${max} are allowed here.`);
    return raw;
  }

  strings(raw: Json, at: string, max?: number): string[] {
    return this.list(raw, at, false).map((s, i) => this.string(s, `${at}[${i}]`, true, max)!);
  }

  pattern(raw: Json, at: string, pattern: RegExp, what: string, required: boolean): string | undefined {
    const s = this.string(raw, at, required);
    if (s && !pattern.test(s)) this.problem(at, `${show(s)} is not ${what}.`);
    return s;
  }

  id(raw: Json, at: string, prefix?: string): string {
    const s = this.string(raw, at, true, MAX_ID_LENGTH)!;
    if (!s || [...s].length > MAX_ID_LENGTH) return s;
    const match = ID_PATTERN.exec(s);
    if (!match) this.problem(at, `${show(s)} is not an id of the form "prefix:lower-case-slug".`);
    else if (prefix && match[1] !== prefix) this.problem(at, `${show(s)} must start with "${prefix}:".`);
    return s;
  }

  oneOf<T extends string>(raw: Json, at: string, allowed: readonly T[], required: boolean): T | undefined {
    const s = this.string(raw, at, required);
    if (s && !allowed.includes(s as T)) this.problem(at, `${show(s)} is not one of ${allowed.map((a) => `"${a}"`).join(', ')}.`);
    return s as T | undefined;
  }

  number(raw: Json, at: string): number | undefined {
    if (raw === undefined || raw === null) return undefined;
    if (typeof raw !== 'number' || !Number.isFinite(raw) || raw < 0) {
      this.problem(at, `${show(raw)} is not a non-negative number.`);
      return undefined;
    }
    return raw;
  }

  boolean(raw: Json, at: string): boolean | undefined {
    if (raw === undefined || raw === null) return undefined;
    if (typeof raw !== 'boolean') this.problem(at, `${show(raw)} is not true or false.`);
    return raw === true;
  }

  date(raw: Json, at: string): string | undefined {
    // YAML reads an unquoted 2025-10-17 as a Date; accept it as the calendar date it names.
    if (raw instanceof Date && !Number.isNaN(raw.getTime())) return raw.toISOString().slice(0, 10);
    const s = this.string(raw, at, false);
    if (s === undefined || s === '') return s || undefined;
    if (!isCalendarDate(s)) {
      this.problem(at, `${show(s)} is not a calendar date of the form YYYY-MM-DD.`);
      return undefined;
    }
    return s;
  }

  noUnknown(o: Obj, at: string, known: string[]): void {
    for (const key of Object.keys(o)) {
      if (!known.includes(key)) this.problem(at ? `${at}.${key}` : key, `unknown field; expected one of ${known.join(', ')}.`);
    }
  }
}

function show(value: Json): string {
  const s = JSON.stringify(value);
  return s === undefined ? String(value) : s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function orList(items: readonly string[]): string {
  return items.length === 1 ? `a ${items[0]}` : `one of ${items.join(', ')}`;
}
