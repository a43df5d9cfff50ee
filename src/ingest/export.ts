import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

import { Database } from '../db/database';

/** An article written back as the loader reads it: the annotation (plain data) and its text. */
export interface ExportedArticle {
  articleId: string;
  annotation: Record<string, unknown>;
  text: string;
}

type Row = Record<string, unknown>;

/** Entity properties the annotation format names the same way (see docs/annotation-format.md). */
const ENTITY_FIELDS = [
  'name',
  'aliases',
  'wikidataId',
  'description',
  'notes',
  'anonymous',
  'roles',
  'kind',
  'isoCode',
  'category',
  'rangeKm',
  'unitCostUsd',
  'annualProduction',
  'date',
  'place',
];

/**
 * Reads one article back out of the graph as an annotation (article/export-article): however it
 * was ingested (a file, the API, a published draft), the file it gives loads into an empty graph
 * as the same graph. Excerpts carry their offsets, so that no excerpt is ever ambiguous; lists
 * are in a fixed order, so that the same graph always gives the same file. Null when there is no
 * such article.
 */
export async function exportArticle(db: Database, articleId: string): Promise<ExportedArticle | null> {
  const [row] = await db.read('article/export-article', { articleId });
  if (!row) return null;
  const article = row.article as Row;
  const facts = (row.facts as Row[]).reduce((by, f) => by.set(f.entityId as string, [...(by.get(f.entityId as string) ?? []), f]), new Map<string, Row[]>());
  const participants = (row.participants as Row[]).reduce(
    (by, p) => by.set(p.event as string, [...(by.get(p.event as string) ?? []), p.actor as string]),
    new Map<string, string[]>(),
  );
  const annotation = {
    article: present({
      id: article.id,
      title: article.title,
      language: article.language,
      file: textFileOf(articleId),
      url: article.url,
      publishedAt: article.publishedAt,
      source: row.source,
      notes: nonEmpty(article.notes),
    }),
    entities: (row.entities as { entity: Row; mention: Row | null }[]).map(({ entity, mention }) =>
      present({
        id: entity.id,
        ...Object.fromEntries(ENTITY_FIELDS.map((f) => [f, f === 'aliases' || f === 'notes' || f === 'roles' ? nonEmpty(entity[f]) : entity[f]])),
        manufacturer: entity.manufacturerId,
        participants: participants.get(entity.id as string),
        excerpt: mention?.excerpt,
        facts: facts.get(entity.id as string)?.map((f) => present({ attribute: f.attribute, value: f.value, unit: f.unit, excerpt: f.excerpt })),
      }),
    ),
    relations: (row.relations as Row[]).map((r) => present({ type: r.type, from: r.from, to: r.to, excerpt: r.excerpt, note: r.note })),
    statements: (row.statements as Row[]).map(statementOf),
  };
  return { articleId, annotation, text: article.text as string };
}

function statementOf(row: Row): Record<string, unknown> {
  const s = row.statement as Row;
  const span = (start: unknown, text: unknown) =>
    start == null || text == null ? undefined : { start, end: (start as number) + [...(text as string)].length, text };
  return present({
    id: s.id,
    speaker: row.speaker,
    text: s.text,
    translation: s.translation,
    mode: s.mode,
    attribution: s.attribution,
    reportedBy: row.reportedBy,
    event: row.event,
    date: s.date,
    about: row.about,
    stances: nonEmpty(row.stances),
    excerpt: s.excerpt,
    start: s.start,
    end: s.end,
    speakerMention: span(s.mentionStart, s.mention),
    cue: span(s.cueStart, s.cue),
    provenance: s.provenance ?? 'CURATED',
    confidence: s.confidence,
    extractor: s.extractor,
    notes: nonEmpty(s.notes),
  });
}

/** The file name of an article's text beside its annotation: `trump-tomahawk-2025-10.txt`. */
export function textFileOf(articleId: string): string {
  return `${articleId.slice(articleId.indexOf(':') + 1)}.txt`;
}

/** The annotation as YAML, strings double-quoted so that excerpts stay exact and readable. */
export function toYaml(exported: ExportedArticle): string {
  const header = `# ${exported.articleId}, exported from the graph. Format: docs/annotation-format.md; load it with npm run ingest.\n`;
  return header + YAML.stringify(exported.annotation, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
}

/** Writes `<slug>.yaml` and `<slug>.txt` into `dir`; returns the annotation file's path. */
export function writeExport(dir: string, exported: ExportedArticle): string {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, textFileOf(exported.articleId)), exported.text);
  const file = path.join(dir, textFileOf(exported.articleId).replace(/\.txt$/, '.yaml'));
  fs.writeFileSync(file, toYaml(exported));
  return file;
}

/** The ids of every article in the graph. */
export async function articleIds(db: Database): Promise<string[]> {
  return (await db.read('article/find-article-ids')).map((r) => r.id as string);
}

/** The map without its null, undefined and empty-list values: what an annotation leaves out. */
function present(map: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(map).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)));
}

function nonEmpty(value: unknown): unknown[] | undefined {
  return Array.isArray(value) && value.length > 0 ? value : undefined;
}
