import { ApiError, cachedRequest } from './client';
import { editorRequest } from './editor-key';
import { MAX_PAGE } from './pages';
import {
  DISCARD_DRAFT,
  DRAFT,
  DRAFTS,
  EDITOR_CHECK,
  ENTITY_NAME,
  ENTITY_NAMES,
  EXTRACT_DRAFT,
  PUBLICATIONS,
  PUBLISH_DRAFT,
  REOPEN_ARTICLE,
  SAVE_DRAFT,
  TOUCH_DRAFT,
} from './queries';
import { fetchByIds } from './statements';
import type {
  Connection,
  DraftData,
  DraftEntityData,
  DraftProblemData,
  DraftStatementData,
  DraftSummary,
  DraftViewerData,
  EntityRef,
  ExtractedDraftData,
  PublicationData,
} from './types';

/**
 * The review workflow's calls, each with the session's editor key (api/editor-key.ts): the
 * extractor's proposals, drafts created, saved, published, discarded and reopened, presence, and
 * the publish records. Errors are ApiErrors; `draftProblems` reads the problems of a refused one.
 */

/** What a save or a creation sends (`DraftInput`). */
export interface DraftInputData {
  id?: string;
  baseVersion?: number;
  text?: string;
  articleId?: string;
  title: string;
  language: string;
  url?: string | null;
  publishedAt?: string | null;
  source?: string | null;
  entities: DraftEntityData[];
  statements: DraftStatementData[];
}

/** What a publish wrote. */
export interface PublishOutcome {
  articleId: string;
  draft: DraftData;
  publication: PublicationData;
}

/** Resolves when `key` is an editor's; rejects with the API's sentence otherwise. */
export async function checkEditorKey(key: string): Promise<void> {
  await editorRequest(EDITOR_CHECK, {}, { headers: { authorization: `Bearer ${key}` } });
}

export async function extractDraft(text: string, language: string | null, title: string): Promise<ExtractedDraftData> {
  return (await editorRequest<{ extractDraft: ExtractedDraftData }>(EXTRACT_DRAFT, { text, language, title })).extractDraft;
}

export async function saveDraft(input: DraftInputData): Promise<DraftData> {
  return (await editorRequest<{ saveDraft: DraftData }>(SAVE_DRAFT, { input })).saveDraft;
}

export async function loadDraft(id: string): Promise<DraftData | null> {
  return (await editorRequest<{ draft: DraftData | null }>(DRAFT, { id })).draft;
}

export async function fetchDrafts(status: string, after: string | null): Promise<Connection<DraftSummary>> {
  return (await editorRequest<{ drafts: Connection<DraftSummary> }>(DRAFTS, { status, first: 25, after })).drafts;
}

export async function touchDraft(id: string): Promise<DraftViewerData[]> {
  return (await editorRequest<{ touchDraft: DraftViewerData[] }>(TOUCH_DRAFT, { id })).touchDraft;
}

export async function publishDraft(id: string, baseVersion: number): Promise<PublishOutcome> {
  return (await editorRequest<{ publishDraft: PublishOutcome }>(PUBLISH_DRAFT, { id, baseVersion })).publishDraft;
}

export async function discardDraft(id: string, baseVersion: number): Promise<void> {
  await editorRequest(DISCARD_DRAFT, { id, baseVersion });
}

/** A new draft of a published article; answers its id. */
export async function reopenArticle(articleId: string): Promise<string> {
  return (await editorRequest<{ reopenArticle: { id: string } }>(REOPEN_ARTICLE, { articleId })).reopenArticle.id;
}

/** The publish records of an article, newest first (the first 100: an article is published a few times). */
export async function fetchPublications(articleId: string): Promise<Connection<PublicationData>> {
  return (await editorRequest<{ publications: Connection<PublicationData> }>(PUBLICATIONS, { article: articleId, first: MAX_PAGE, after: null })).publications;
}

/** Names of entities of the graph by id (public: no key needed). */
export function fetchEntityNames(ids: readonly string[]): Promise<EntityRef[]> {
  return fetchByIds<EntityRef>(ENTITY_NAMES, ids);
}

/** Whether any node of the graph has this id (an article id for a new draft must be new). */
export async function idTaken(id: string): Promise<boolean> {
  return (await cachedRequest<{ node: { id: string } | null }>(ENTITY_NAME, { id })).node !== null;
}

/** The problems a refused save or publish names (`extensions.problems`), each with its statement key. */
export function draftProblems(error: unknown): DraftProblemData[] {
  if (!(error instanceof ApiError)) return [];
  return error.errors.flatMap((e) => {
    const problems = e.extensions?.problems;
    if (!Array.isArray(problems)) return [];
    return problems.map((p: { path?: string; message?: string; statementKey?: string | null }) => ({
      path: String(p.path ?? ''),
      message: String(p.message ?? ''),
      statementKey: p.statementKey ?? null,
    }));
  });
}

/** The API's own sentence of an error (a CONFLICT's "was saved by bob at …"), else the error's. */
export function errorSentence(error: unknown): string {
  if (error instanceof ApiError) return error.details[0] ?? error.message;
  return error instanceof Error ? error.message : String(error);
}
