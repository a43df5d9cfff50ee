import crypto from 'node:crypto';
import neo4j from 'neo4j-driver';

import { Database } from '../../db/database';
import { DraftEntity, DraftStatement, DraftStatus, reviewCounts } from '../../drafts/model';
import { DraftBase, DraftError, DraftProblem, draftAnnotation } from '../../drafts/publish';
import { DraftContent, checkDraft } from '../../drafts/validate';
import { ConflictError, NotFoundError } from '../../errors';
import { Annotation, AnnotationError, Problem } from '../../ingest/annotation';
import { planIngest } from '../../ingest/plan';
import { exportArticle } from '../../ingest/export';
import { BatchResult, Run, ingestArticles } from '../../ingest/write';
import { DRAFT_PREFIX, PUBLICATION_PREFIX } from '../../vocabulary';
import { DraftRecord, draftRepository } from './draft.repository';

/** How long an editor counts as having a draft open after they last touched it. */
export const PRESENCE_MS = 60_000;

/** What a publish wrote and recorded. */
export interface PublishOutcome {
  draft: DraftRecord;
  articleId: string;
  publication: Record<string, unknown>;
}

/**
 * The review workflow over drafts: create and save (checked as drafts), publish (checked as
 * `npm run ingest` checks a file, and written with the article's statements, the closing of the
 * draft and the publish record in one transaction), discard, reopen a published article, and
 * presence. Every change names the version it was made over; a stale one is refused.
 */
export const draftService = {
  async create(db: Database, content: DraftContent, by: string, base: DraftBase | null = null): Promise<DraftRecord> {
    checkOrRefuse(content);
    return draftRepository.create(db, `${DRAFT_PREFIX}:${crypto.randomUUID()}`, { ...content, base }, by);
  },

  async save(db: Database, id: string, baseVersion: number, content: DraftContent, by: string): Promise<DraftRecord> {
    const current = await openDraft(db, id, baseVersion);
    if (content.article.text !== current.article.text) {
      throw new DraftError([
        { path: 'text', message: 'cannot change once the draft exists: every offset refers to it. Start a new draft for another text.', statementKey: null },
      ]);
    }
    if (content.article.id !== current.article.id) {
      throw new DraftError([{ path: 'articleId', message: `is "${current.article.id}" and cannot change once the draft exists.`, statementKey: null }]);
    }
    checkOrRefuse(content);
    const saved = await draftRepository.save(db, id, baseVersion, { ...content, base: current.base }, by);
    // Saved by someone else between our read and our write: refuse as the read would have.
    return saved ?? (await openDraft(db, id, baseVersion));
  },

  async discard(db: Database, id: string, baseVersion: number, by: string): Promise<DraftRecord> {
    await openDraft(db, id, baseVersion);
    const [row] = await db.write('draft/close-draft', { id, baseVersion: neo4j.int(baseVersion), status: 'DISCARDED', by });
    if (!row) await openDraft(db, id, baseVersion);
    return (await draftRepository.findByIds(db, [id])).get(id)!;
  },

  async publish(db: Database, id: string, baseVersion: number, by: string): Promise<PublishOutcome> {
    const draft = await openDraft(db, id, baseVersion);
    const content: DraftContent = { article: draft.article, entities: draft.entities, statements: draft.statements };
    const annotation = draftAnnotation(content, draft.base);
    const keyOf = keysOfStatements(
      draft.statements,
      annotation.statements.map((s) => s.id),
    );
    try {
      const { publication } = await recordedWrite(db, annotation, { via: 'PUBLISH', draftId: id, by, ...reviewCounts(draft.statements) }, async (run) => {
        const closed = await run('draft/close-draft', { id, baseVersion: neo4j.int(baseVersion), status: 'PUBLISHED', by });
        if (closed.length === 0) throw await staleError(db, id, baseVersion);
      });
      return { draft: (await draftRepository.findByIds(db, [id])).get(id)!, articleId: annotation.article.id, publication };
    } catch (error) {
      if (error instanceof AnnotationError) throw new DraftError(error.problems.map((p) => draftProblem(p, annotation.statements.length, keyOf)));
      throw error;
    }
  },

  /**
   * Writes a validated article straight from an annotation (the `ingestArticle` mutation) with
   * the same record a publish leaves: who wrote it, when and which statements it added, removed
   * or changed, so that an editor can list every write of the API (`publications`).
   */
  async ingest(db: Database, annotation: Annotation, by: string): Promise<{ publication: Record<string, unknown>; written: BatchResult }> {
    return recordedWrite(db, annotation, { via: 'INGEST', draftId: null, by, proposed: 0, accepted: 0, edited: 0, rejected: 0, added: 0 });
  },

  /**
   * A new draft of an article already in the graph, to correct it and publish it again: its
   * statements as published ones (accepted), and what else the article stated kept as it is.
   */
  async reopen(db: Database, articleId: string, by: string): Promise<DraftRecord> {
    const exported = await exportArticle(db, articleId);
    if (!exported) throw new NotFoundError(`There is no article "${articleId}" to reopen.`, { argument: 'articleId', value: articleId });
    const a = exported.annotation as {
      article: Record<string, unknown>;
      entities: Record<string, unknown>[];
      relations?: Record<string, unknown>[];
      statements: Record<string, unknown>[];
    };
    const content: DraftContent = {
      article: {
        id: articleId,
        title: a.article.title as string,
        language: a.article.language as string,
        text: exported.text,
        url: (a.article.url as string | undefined) ?? null,
        publishedAt: (a.article.publishedAt as string | undefined) ?? null,
        source: (a.article.source as string | undefined) ?? null,
      },
      entities: [],
      statements: a.statements.map((s, i) => publishedStatement(s, i)),
    };
    const base: DraftBase = { notes: (a.article.notes as string[] | undefined) ?? [], entities: a.entities, relations: a.relations ?? [] };
    return draftService.create(db, content, by, base);
  },

  /** Records that `name` has the draft open; returns the other editors who have it open now. */
  async touch(db: Database, id: string, name: string): Promise<{ name: string; seenAt: string }[]> {
    const draft = (await draftRepository.findByIds(db, [id])).get(id);
    if (!draft || draft.status !== 'OPEN') throw new NotFoundError(`There is no open draft "${id}".`, { argument: 'id', value: id });
    const keep = fresh(draft.presence).filter((p) => p.name !== name);
    await draftRepository.touch(
      db,
      id,
      name,
      keep.map((p) => `${p.name}|${p.seenAt}`),
    );
    return keep;
  },
};

/** What a reader sees of a statement, as publication/find-article-statements reads it. */
interface Seen {
  text: string;
  mode: string;
  attribution: string;
  provenance: string;
  start: number;
  end: number;
  speaker: string | null;
  reportedBy: string | null;
  about: string[];
  stances: string[];
}

/** A statement as the publish writes it, in the shape the graph gives back. */
function seenOf(s: Annotation['statements'][number], planned: { props: Record<string, unknown> }): Seen {
  return {
    text: s.text,
    mode: s.mode,
    attribution: s.attribution,
    provenance: s.provenance,
    start: planned.props.start as number,
    end: planned.props.end as number,
    speaker: s.speaker ?? null,
    reportedBy: s.reportedBy ?? null,
    about: s.about,
    stances: s.stances.map((st) => `${st.topic}:${st.stance}`),
  };
}

/** Equal for two statements a reader cannot tell apart: a publish that changes it changes this. */
function fingerprint(s: Seen): string {
  return JSON.stringify([s.text, s.mode, s.attribution, s.provenance, s.start, s.end, s.speaker, s.reportedBy, [...s.about].sort(), [...s.stances].sort()]);
}

/** Who wrote an article and how, for its Publication record: a draft's publish, or `ingestArticle`. */
interface WriteRecord {
  via: 'PUBLISH' | 'INGEST';
  draftId: string | null;
  by: string;
  proposed: number;
  accepted: number;
  edited: number;
  rejected: number;
  added: number;
}

/**
 * Writes `annotation` (ingestArticles) and, in the same transaction, its Publication record:
 * what the article's statements were before and which the write added, removed or changed, the
 * provenances it wrote. `also` runs in that transaction last (a publish closes its draft there)
 * and may throw to roll everything back.
 */
async function recordedWrite(
  db: Database,
  annotation: Annotation,
  record: WriteRecord,
  also?: (run: Run) => Promise<void>,
): Promise<{ publication: Record<string, unknown>; written: BatchResult }> {
  const published = annotation.statements.map((s) => s.id);
  const plan = planIngest(annotation).statements;
  let before = new Map<string, string>();
  let publication: Record<string, unknown> = {};
  const written = await ingestArticles(db, [annotation], {
    before: async (run) => {
      const rows = await run('publication/find-article-statements', { articleId: annotation.article.id });
      before = new Map(rows.map((r) => [r.id as string, fingerprint(r as unknown as Seen)]));
    },
    after: async (run) => {
      await also?.(run);
      const after = new Map(annotation.statements.map((st, i) => [st.id, fingerprint(seenOf(st, plan[i]))]));
      const [row] = await run('publication/merge-publication', {
        publication: {
          id: `${PUBLICATION_PREFIX}:${crypto.randomUUID()}`,
          articleId: annotation.article.id,
          ...record,
          statements: published.length,
          provenance: [...new Set(annotation.statements.map((s) => s.provenance))].sort(),
          addedStatements: [...after.keys()].filter((k) => !before.has(k)).sort(),
          removedStatements: [...before.keys()].filter((k) => !after.has(k)).sort(),
          changedStatements: [...after.keys()].filter((k) => before.has(k) && before.get(k) !== after.get(k)).sort(),
        },
      });
      publication = row.publication as Record<string, unknown>;
    },
  });
  return { publication, written };
}

/** The entries of a presence list seen within PRESENCE_MS. */
export function fresh(presence: string[], now = Date.now()): { name: string; seenAt: string }[] {
  return presence
    .map((entry) => ({ name: entry.slice(0, entry.lastIndexOf('|')), seenAt: entry.slice(entry.lastIndexOf('|') + 1) }))
    .filter((p) => now - Date.parse(p.seenAt) < PRESENCE_MS);
}

function checkOrRefuse(content: DraftContent): void {
  try {
    checkDraft(content, 'draft');
  } catch (error) {
    if (!(error instanceof AnnotationError)) throw error;
    throw new DraftError(error.problems.map((p) => ({ ...p, statementKey: keyAtPath(p.path, content.statements) })));
  }
}

/** The draft `id` when it is open at `baseVersion`; NOT_FOUND or CONFLICT otherwise, saying why. */
async function openDraft(db: Database, id: string, baseVersion: number): Promise<DraftRecord> {
  const draft = (await draftRepository.findByIds(db, [id])).get(id);
  if (!draft) throw new NotFoundError(`There is no draft "${id}".`, { argument: 'id', value: id });
  if (draft.status !== 'OPEN')
    throw new ConflictError(`Draft "${id}" is ${draft.status.toLowerCase()} (by ${draft.savedBy} at ${draft.savedAt}); it cannot change any more.`, {
      status: draft.status,
    });
  if (draft.version !== baseVersion) throw versionConflict(draft, baseVersion);
  return draft;
}

function versionConflict(draft: DraftRecord, baseVersion: number): ConflictError {
  return new ConflictError(
    `Draft "${draft.id}" was saved by ${draft.savedBy} at ${draft.savedAt} (version ${draft.version}) after the version ${baseVersion} you opened; nothing was saved. Reload it to see their changes, then make yours again.`,
    { version: draft.version, savedBy: draft.savedBy, savedAt: draft.savedAt },
  );
}

async function staleError(db: Database, id: string, baseVersion: number): Promise<Error> {
  try {
    await openDraft(db, id, baseVersion);
    return new ConflictError(`Draft "${id}" changed while it was being published; nothing was published. Reload it and publish again.`);
  } catch (error) {
    return error as Error;
  }
}

/** The draft statement key of each published statement, by its id. */
function keysOfStatements(statements: DraftStatement[], ids: string[]): Map<number, string> {
  const accepted = statements.filter((s) => s.decision === 'ACCEPTED').sort((a, b) => a.excerptStart - b.excerptStart || a.start - b.start);
  return new Map(ids.map((_, i) => [i, accepted[i]?.key]).filter((e): e is [number, string] => e[1] !== undefined));
}

/** A write-time problem (`statements[3].id`) as the draft knows it. */
function draftProblem(p: Problem, count: number, keyOf: Map<number, string>): DraftProblem {
  const m = /statements\[(\d+)\](.*)$/.exec(p.path);
  const index = m ? Number(m[1]) : -1;
  if (index < 0 || index >= count) return { ...p, statementKey: null };
  return { path: `statement ${keyOf.get(index)}${m![2]}`, message: p.message, statementKey: keyOf.get(index) ?? null };
}

/** `statements[3].cue` → the key of the draft's fourth statement. */
function keyAtPath(path: string, statements: DraftStatement[]): string | null {
  const m = /^statements\[(\d+)\]/.exec(path);
  return m ? (statements[Number(m[1])]?.key ?? null) : null;
}

/** A statement of a reopened article, as a draft statement already published. */
function publishedStatement(s: Record<string, unknown>, i: number): DraftStatement {
  const excerpt = s.excerpt as string;
  const excerptStart = s.start as number;
  const at = excerpt.indexOf(s.text as string);
  const start = excerptStart + [...excerpt.slice(0, at)].length;
  return {
    key: `s${i + 1}`,
    origin: 'PUBLISHED',
    decision: 'ACCEPTED',
    edited: false,
    statementId: s.id as string,
    start,
    end: start + [...(s.text as string)].length,
    text: s.text as string,
    excerptStart,
    excerptEnd: s.end as number,
    mode: s.mode as DraftStatement['mode'],
    attribution: s.attribution as DraftStatement['attribution'],
    speaker: (s.speaker as string | undefined) ?? null,
    speakerMention: (s.speakerMention as DraftStatement['speakerMention']) ?? null,
    cue: (s.cue as DraftStatement['cue']) ?? null,
    reportedBy: (s.reportedBy as string | undefined) ?? null,
    event: (s.event as string | undefined) ?? null,
    about: (s.about as string[] | undefined) ?? [],
    stances: (s.stances as DraftStatement['stances'] | undefined) ?? [],
    provenance: (s.provenance as DraftStatement['provenance']) ?? 'CURATED',
    confidence: (s.confidence as number | undefined) ?? null,
    extractor: (s.extractor as string | undefined) ?? null,
    date: (s.date as string | undefined) ?? null,
    translation: (s.translation as string | undefined) ?? null,
    notes: (s.notes as string[] | undefined) ?? [],
  };
}

export type { DraftEntity, DraftStatus };
