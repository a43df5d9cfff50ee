import { useEffect, useRef, useState } from 'preact/hooks';

import { entityTypeOfEnum } from '../lib/labels';
import { entityInput, inReadingOrder, keptEntities, referencedIds, statementInput } from '../lib/draft';
import { ApiError } from './client';
import { PublishOutcome, discardDraft, draftProblems, errorSentence, fetchEntityNames, loadDraft, publishDraft, saveDraft, touchDraft } from './drafts';
import { forgetAnswers } from './hooks';
import type { DraftData, DraftEntityData, DraftProblemData, DraftStatementData, DraftViewerData, EntityRef } from './types';

/** What a reviewer changes: the statements and the new entities they name. */
export interface DraftWork {
  statements: DraftStatementData[];
  entities: DraftEntityData[];
}

export interface SaveState {
  /** Changes not saved yet. */
  dirty: boolean;
  saving: boolean;
  publishing: boolean;
  /** The API's sentence of a refused save over a newer version; no save is tried until a reload. */
  conflict?: string;
  /** Any other failure of a save or publish, in a sentence. */
  error?: string;
  /** The problems of a refused save or publish, each naming its statement. */
  problems: DraftProblemData[];
}

export interface ReviewSession {
  status: 'loading' | 'ready' | 'missing' | 'failed';
  loadError?: ApiError;
  /** The draft as last read or saved (its version, metadata and text). */
  draft?: DraftData;
  work: DraftWork;
  /** Names of the entities the statements name, by id. */
  names: ReadonlyMap<string, EntityRef>;
  save: SaveState;
  /** Other editors who have this draft open now. */
  openBy: DraftViewerData[];
  /** What the publish of this session wrote. */
  published?: PublishOutcome;
  /** Changes the work; `save` saves it at once (every decision is saved). */
  change(next: (work: DraftWork) => DraftWork, options?: { save?: boolean }): void;
  /** Remembers the names of entities a reviewer picked. */
  name(refs: EntityRef[]): void;
  saveNow(): Promise<boolean>;
  publish(): Promise<void>;
  discard(): Promise<boolean>;
  /** Reads the draft again, dropping unsaved changes (after a conflict). */
  reload(): void;
}

/** How often an open draft tells the API that this editor still has it open. */
export const TOUCH_EVERY_MS = 20_000;

const IDLE: SaveState = { dirty: false, saving: false, publishing: false, problems: [] };

/**
 * The review of one draft: loads it, keeps the reviewer's working copy, saves it over the
 * version it was read at (one save at a time, each over the version the one before answered),
 * stops saving after a conflict until the reviewer reloads, publishes, and says every 20 s that
 * the draft is open here (answering who else has it open).
 */
export function useReviewSession(id: string): ReviewSession {
  const [loaded, setLoaded] = useState<{ status: ReviewSession['status']; error?: ApiError; draft?: DraftData }>({ status: 'loading' });
  const [work, setWork] = useState<DraftWork>({ statements: [], entities: [] });
  const [names, setNames] = useState<ReadonlyMap<string, EntityRef>>(new Map());
  const [save, setSave] = useState<SaveState>(IDLE);
  const [openBy, setOpenBy] = useState<DraftViewerData[]>([]);
  const [published, setPublished] = useState<PublishOutcome>();
  const [attempt, setAttempt] = useState(0);
  // What saves read when they run, which may be after several changes.
  const live = useRef({
    draft: undefined as DraftData | undefined,
    work: { statements: [], entities: [] } as DraftWork,
    revision: 0,
    savedRevision: 0,
    conflict: false,
    queue: Promise.resolve(true) as Promise<boolean>,
  });

  const name = (refs: EntityRef[]) =>
    setNames((old) => {
      const next = new Map(old);
      for (const r of refs) next.set(r.id, r);
      return next;
    });

  const settle = (draft: DraftData) => {
    live.current.draft = draft;
    setLoaded({ status: 'ready', draft });
  };

  useEffect(() => {
    let on = true;
    setLoaded({ status: 'loading' });
    setSave(IDLE);
    setPublished(undefined);
    loadDraft(id).then(
      (draft) => {
        if (!on) return;
        if (!draft) return setLoaded({ status: 'missing' });
        const fresh = { statements: inReadingOrder(draft.statements), entities: draft.entities };
        Object.assign(live.current, { work: fresh, revision: 0, savedRevision: 0, conflict: false });
        setWork(fresh);
        setOpenBy(draft.openBy);
        settle(draft);
        const own = draft.entities.map((e) => ({ __typename: entityTypeOfEnum(e.type) ?? 'Person', id: e.id, name: e.name }) as EntityRef);
        name(own);
        const known = new Set(own.map((e) => e.id));
        const wanted = [...referencedIds(draft.statements), ...(draft.source ? [draft.source] : [])].filter((x) => !known.has(x));
        // Names are for display; an id without one is shown as the id.
        if (wanted.length > 0)
          fetchEntityNames(wanted).then(
            (refs) => on && name(refs),
            () => undefined,
          );
      },
      (error: unknown) => on && setLoaded({ status: 'failed', error: error instanceof ApiError ? error : new ApiError('network', String(error)) }),
    );
    return () => void (on = false);
  }, [id, attempt]);

  useEffect(() => {
    if (loaded.draft?.status !== 'OPEN') return;
    let on = true;
    // Presence is a courtesy: a failed touch leaves the last answer shown and tries again later.
    const touch = () =>
      touchDraft(id).then(
        (viewers) => on && setOpenBy(viewers),
        () => undefined,
      );
    touch();
    const timer = setInterval(touch, TOUCH_EVERY_MS);
    return () => {
      on = false;
      clearInterval(timer);
    };
  }, [id, loaded.draft?.status]);

  /** Saves the working copy if it changed; `prune` drops new entities only rejected statements name (before a publish). */
  const saveOnce = async (prune: boolean): Promise<boolean> => {
    const l = live.current;
    const draft = l.draft;
    if (!draft || l.conflict || draft.status !== 'OPEN') return false;
    const revision = l.revision;
    const entities = keptEntities(l.work.entities, l.work.statements, draft.source, prune);
    if (revision === l.savedRevision && entities.length === draft.entities.length) return true;
    setSave((s) => ({ ...s, saving: true }));
    try {
      const saved = await saveDraft({
        id: draft.id,
        baseVersion: draft.version,
        title: draft.title,
        language: draft.language,
        url: draft.url,
        publishedAt: draft.publishedAt,
        source: draft.source,
        entities: entities.map(entityInput),
        statements: l.work.statements.map(statementInput),
      });
      l.savedRevision = revision;
      settle(saved);
      setSave((s) => ({ ...s, saving: false, dirty: l.revision !== revision, problems: [], error: undefined }));
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.code === 'CONFLICT') {
        l.conflict = true;
        setSave((s) => ({ ...s, saving: false, conflict: errorSentence(error) }));
      } else {
        const problems = draftProblems(error);
        setSave((s) => ({ ...s, saving: false, problems, error: problems.length > 0 ? undefined : errorSentence(error) }));
      }
      return false;
    }
  };

  const enqueue = (prune: boolean): Promise<boolean> => {
    const next = live.current.queue.then(() => saveOnce(prune));
    live.current.queue = next.catch(() => false);
    return next;
  };

  return {
    status: loaded.status,
    loadError: loaded.error,
    draft: loaded.draft,
    work,
    names,
    save,
    openBy,
    published,
    change(next, options = {}) {
      const l = live.current;
      l.work = next(l.work);
      l.revision++;
      setWork(l.work);
      setSave((s) => ({ ...s, dirty: true }));
      if (options.save) void enqueue(false);
    },
    name,
    saveNow: () => enqueue(false),
    async publish() {
      setSave((s) => ({ ...s, publishing: true, problems: [], error: undefined }));
      if (!(await enqueue(true))) return setSave((s) => ({ ...s, publishing: false }));
      const draft = live.current.draft!;
      try {
        const outcome = await publishDraft(draft.id, draft.version);
        // The graph changed: every view must ask again.
        forgetAnswers();
        settle(outcome.draft);
        setPublished(outcome);
        setSave({ ...IDLE });
      } catch (error) {
        const conflict = error instanceof ApiError && error.code === 'CONFLICT';
        if (conflict) live.current.conflict = true;
        const problems = draftProblems(error);
        setSave((s) => ({
          ...s,
          publishing: false,
          problems,
          conflict: conflict ? errorSentence(error) : s.conflict,
          error: conflict || problems.length > 0 ? undefined : errorSentence(error),
        }));
      }
    },
    async discard() {
      const draft = live.current.draft;
      if (!draft) return false;
      try {
        await discardDraft(draft.id, draft.version);
        return true;
      } catch (error) {
        setSave((s) => ({ ...s, error: errorSentence(error) }));
        return false;
      }
    },
    reload: () => setAttempt((n) => n + 1),
  };
}
