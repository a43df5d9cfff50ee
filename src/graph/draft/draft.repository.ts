import neo4j from 'neo4j-driver';

import { Database } from '../../db/database';
import { Draft, DraftEntity, DraftStatement, DraftStatus } from '../../drafts/model';
import { DraftBase } from '../../drafts/publish';
import { DraftContent } from '../../drafts/validate';

/** A draft as the database holds it: its review state in `content` (JSON), plus who has it open. */
export interface DraftRecord extends Draft {
  base: DraftBase | null;
  /** "name|ISO time" entries of the editors who touched it lately. */
  presence: string[];
  /** In lists the text is not read. */
  hasText: boolean;
}

type Row = Record<string, unknown>;

/** The draft a database row holds. */
function draftOf(row: Row): DraftRecord {
  const content = row.content ? (JSON.parse(row.content as string) as { entities: DraftEntity[]; statements: DraftStatement[]; base?: DraftBase }) : null;
  return {
    id: row.id as string,
    version: row.version as number,
    status: row.status as DraftStatus,
    article: {
      id: row.articleId as string,
      title: row.title as string,
      language: row.language as string,
      text: (row.text as string | null) ?? '',
      url: (row.url as string | null) ?? null,
      publishedAt: (row.publishedAt as string | null) ?? null,
      source: (row.source as string | null) ?? null,
    },
    entities: content?.entities ?? [],
    statements: content?.statements ?? [],
    base: content?.base ?? null,
    createdAt: row.createdAt as string,
    createdBy: row.createdBy as string,
    savedAt: row.savedAt as string,
    savedBy: row.savedBy as string,
    presence: (row.presence as string[] | null) ?? [],
    hasText: row.text !== null && row.text !== undefined,
  };
}

/** The properties a save writes. */
function props(content: DraftContent & { base?: DraftBase | null }, by: string) {
  return {
    articleId: content.article.id,
    title: content.article.title,
    language: content.article.language,
    text: content.article.text,
    url: content.article.url,
    publishedAt: content.article.publishedAt,
    source: content.article.source,
    content: JSON.stringify({ entities: content.entities, statements: content.statements, ...(content.base ? { base: content.base } : {}) }),
    statementCount: content.statements.length,
    reviewedCount: content.statements.filter((s) => s.decision !== 'PENDING').length,
    by,
  };
}

/** Named Cypher calls of the draft domain. */
export const draftRepository = {
  async create(db: Database, id: string, content: DraftContent & { base?: DraftBase | null }, by: string): Promise<DraftRecord> {
    const [row] = await db.write('draft/create-draft', { draft: { id, ...props(content, by) } });
    return draftOf(row.draft as Row);
  },

  /** The saved draft, or null when it is not open at `baseVersion` (the caller finds out why). */
  async save(db: Database, id: string, baseVersion: number, content: DraftContent & { base?: DraftBase | null }, by: string): Promise<DraftRecord | null> {
    const rows = await db.write('draft/save-draft', { id, baseVersion: neo4j.int(baseVersion), draft: props(content, by) });
    return rows.length ? draftOf(rows[0].draft as Row) : null;
  },

  async findByIds(db: Database, ids: readonly string[]): Promise<Map<string, DraftRecord>> {
    const rows = await db.read('draft/find-drafts-by-ids', { ids });
    return new Map(rows.map((r) => [r.id as string, draftOf(r.draft as Row)]));
  },

  /** A page of drafts of one status, last saved first; one extra row tells that more follow. */
  async page(db: Database, status: DraftStatus, after: { savedAt: string; id: string } | null, first: number): Promise<DraftRecord[]> {
    const rows = await db.read('draft/page-drafts', { status, after, limit: neo4j.int(first + 1) });
    return rows.map((r) => draftOf(r.draft as Row));
  },

  async count(db: Database, status: DraftStatus): Promise<number> {
    return (await db.read('draft/count-drafts', { status }))[0].total as number;
  },

  /** Records that `name` has the draft open; the entries still fresh are the caller's to choose. */
  async touch(db: Database, id: string, name: string, keep: string[]): Promise<string[] | null> {
    const rows = await db.write('draft/touch-draft', { id, name, keep });
    return rows.length ? (rows[0].presence as string[]) : null;
  },
};
