import { Annotation, AnnotationError, Problem } from '../ingest/annotation';
import { validateAnnotation } from '../ingest/validate';
import { DraftStatement } from './model';
import { DraftContent } from './validate';

/**
 * What a reopened article keeps beside its statements: its notes, the descriptions, excerpts and
 * facts of the entities it mentions, and the relations it states (the export of the article). A
 * republish writes them again, so that reviewing the statements loses none of it.
 */
export interface DraftBase {
  notes: string[];
  entities: Record<string, unknown>[];
  relations: Record<string, unknown>[];
}

/** A problem of a publish, with the key of the draft statement it concerns (when it concerns one). */
export interface DraftProblem extends Problem {
  statementKey: string | null;
}

/** Thrown when a draft cannot be published; nothing was written. */
export class DraftError extends Error {
  override name = 'DraftError';
  constructor(readonly problems: DraftProblem[]) {
    super(
      `The draft has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was published: ${problems.map((p) => `${p.path}: ${p.message}`).join(' ')}`,
    );
  }
}

/**
 * The annotation a draft publishes: its accepted statements in reading order, proposals as
 * REVIEWED, statements a person added as CURATED, already published ones with their provenance
 * (REVIEWED once a person changed a machine's); rejected ones are left out. Entities the draft
 * describes are written; every other one it names is referred to by id and must be in the graph.
 * It goes through the loader's own validation (validateAnnotation), so a draft publishes exactly
 * what `npm run ingest` would accept. Throws a DraftError whose problems name the statements.
 */
export function draftAnnotation(content: DraftContent, base: DraftBase | null = null): Annotation {
  const pending = content.statements.filter((s) => s.decision === 'PENDING');
  if (pending.length > 0) {
    throw new DraftError(
      pending.map((s) => ({ path: `statement ${s.key}`, message: 'is not reviewed yet: accept or reject it before publishing.', statementKey: s.key })),
    );
  }
  const published = content.statements.filter((s) => s.decision === 'ACCEPTED').sort((a, b) => a.excerptStart - b.excerptStart || a.start - b.start);
  const ids = statementIds(content.article.id, published);
  const kept = base?.entities ?? [];
  const described = new Set([...content.entities.map((e) => e.id), ...kept.map((e) => e.id as string)]);
  const referred = new Set<string>();
  const refer = (id: string | null) => id !== null && !described.has(id) && referred.add(id);
  refer(content.article.source);
  for (const s of published) [s.speaker, s.reportedBy, s.event, ...s.about, ...s.stances.map((st) => st.topic)].forEach(refer);
  const raw = {
    article: {
      id: content.article.id,
      title: content.article.title,
      language: content.article.language,
      ...(content.article.url ? { url: content.article.url } : {}),
      ...(content.article.publishedAt ? { publishedAt: content.article.publishedAt } : {}),
      ...(content.article.source ? { source: content.article.source } : {}),
      ...(base?.notes.length ? { notes: base.notes } : {}),
    },
    relations: base?.relations ?? [],
    entities: [
      ...kept,
      ...content.entities.map((e) => ({
        id: e.id,
        name: e.name,
        aliases: e.aliases,
        ...(e.type === 'Organization' ? { kind: e.kind ?? 'other' } : e.type === 'Group' && e.kind ? { kind: e.kind } : {}),
      })),
      ...[...referred].sort().map((id) => ({ id })),
    ],
    statements: published.map((s, i) => statementOf(s, ids[i], content.article.text)),
  };
  try {
    return validateAnnotation(raw, content.article.text, `draft of ${content.article.id}`);
  } catch (error) {
    if (!(error instanceof AnnotationError)) throw error;
    throw new DraftError(error.problems.map((p) => problemOf(p, published)));
  }
}

/** The statement ids: a published statement keeps its own; new ones continue its article's numbering. */
function statementIds(articleId: string, statements: DraftStatement[]): string[] {
  const prefix = `statement:${articleId.slice('article:'.length)}-`;
  const taken = statements.map((s) => s.statementId).filter((id): id is string => id !== null);
  let next = Math.max(0, ...taken.filter((id) => id.startsWith(prefix)).map((id) => Number(id.slice(prefix.length)) || 0));
  return statements.map((s) => s.statementId ?? `${prefix}${String(++next).padStart(2, '0')}`);
}

function statementOf(s: DraftStatement, id: string, text: string) {
  const points = [...text];
  const provenance =
    s.origin === 'ADDED'
      ? 'CURATED'
      : s.origin === 'PROPOSED'
        ? 'REVIEWED'
        : s.provenance === 'AUTOMATIC' && s.edited
          ? 'REVIEWED'
          : (s.provenance ?? 'CURATED');
  return {
    id,
    ...(s.speaker ? { speaker: s.speaker } : {}),
    text: s.text,
    ...(s.translation ? { translation: s.translation } : {}),
    mode: s.mode,
    attribution: s.attribution,
    ...(s.reportedBy ? { reportedBy: s.reportedBy } : {}),
    ...(s.event ? { event: s.event } : {}),
    ...(s.date ? { date: s.date } : {}),
    about: s.about,
    stances: s.stances,
    excerpt: points.slice(s.excerptStart, s.excerptEnd).join(''),
    start: s.excerptStart,
    end: s.excerptEnd,
    ...(s.speakerMention ? { speakerMention: s.speakerMention } : {}),
    ...(s.cue ? { cue: s.cue } : {}),
    provenance,
    ...(s.confidence !== null ? { confidence: s.confidence } : {}),
    ...(s.extractor ? { extractor: s.extractor } : {}),
    notes: s.notes,
  };
}

/** A problem of the annotation as the draft knows it: `statements[3].speaker` names statement p7. */
function problemOf(p: Problem, published: DraftStatement[]): DraftProblem {
  const m = /^statements\[(\d+)\](.*)$/.exec(p.path);
  if (!m) return { ...p, statementKey: null };
  const s = published[Number(m[1])];
  return { path: `statement ${s.key}${m[2]}`, message: p.message, statementKey: s.key };
}
