import { useEffect, useMemo, useRef, useState } from 'preact/hooks';

import { ReviewSession, useReviewSession } from '../api/review-session';
import type { DraftEntityData, DraftStatementData, EntityRef } from '../api/types';
import { AddStatement } from '../components/add-statement';
import { EditorKeyStatus, RequireEditor } from '../components/editor-key';
import { PublishedPanel } from '../components/published-panel';
import { ReviewArticle, TextRange } from '../components/review-article';
import { ReviewDetail } from '../components/review-detail';
import { ReviewList } from '../components/review-list';
import { ReviewToolbar, time } from '../components/review-toolbar';
import { StatementEditor } from '../components/statement-editor';
import { ErrorBox, Loading, NotFound } from '../components/status';
import { acceptAbove, addedStatement, applyEdit, decide, inReadingOrder, problemsByKey } from '../lib/draft';
import type { DraftDecision } from '../lib/labels';
import { links } from '../lib/route';
import { navigate } from '../router';

/**
 * The review of a draft: the article with every statement marked in place beside the same
 * statements in reading order; each accepted, rejected or edited (with the keys j/k, a, r, e,
 * / and n as well as the buttons), missing ones added by selecting their words, every decision
 * saved over the version it was made on; then published. Needs an editor key.
 */
export function ReviewView({ id, selected }: { id: string; selected?: string }) {
  return (
    <section class="view review-view" aria-labelledby="review-title">
      <RequireEditor purpose="Reviewing a draft">
        <Review id={id} selected={selected} />
      </RequireEditor>
    </section>
  );
}

function Review({ id, selected: asked }: { id: string; selected?: string }) {
  const session = useReviewSession(id);
  const { draft, work, names, save } = session;
  const [editing, setEditing] = useState<string>();
  const [pending, setPending] = useState<TextRange>();
  const statements = useMemo(() => inReadingOrder(work.statements), [work.statements]);
  const selected = asked && statements.some((s) => s.key === asked) ? asked : (statements.find((s) => s.decision === 'PENDING') ?? statements[0])?.key;
  const problems = useMemo(() => problemsByKey(save.problems), [save.problems]);
  const open = draft?.status === 'OPEN' && !session.published;

  useEffect(() => {
    if (draft) document.title = `Review: ${draft.title} · stancegraph`;
  }, [draft?.title]);

  const select = (key: string, focus = false) => {
    if (key !== editing) setEditing(undefined);
    navigate(links.review(id, key), { replace: true });
    if (!focus) return;
    // The focus follows on the next frame, once the item is drawn; but not if a key pressed in the
    // meantime (n, /) has sent it somewhere else, or what is typed there would land in the list.
    const before = document.activeElement;
    requestAnimationFrame(() => {
      const now = document.activeElement;
      if (now !== before && now !== document.body && now?.isConnected) return;
      document.querySelector<HTMLElement>(`.review-item[data-key="${key}"] .review-line`)?.focus();
    });
  };
  const move = (step: number, focus = true) => {
    const at = statements.findIndex((s) => s.key === selected);
    const next = statements[Math.min(statements.length - 1, Math.max(0, at + step))];
    if (next) select(next.key, focus);
  };
  const decideSelected = (decision: DraftDecision) => {
    if (!selected || !open) return;
    const focus = !!document.activeElement?.closest('.review-list, .review-view');
    session.change((w) => ({ ...w, statements: decide(w.statements, selected, decision) }), { save: true });
    move(1, focus);
  };
  const apply = (changed: DraftStatementData, created: DraftEntityData[], picked: EntityRef[]) => {
    session.name(picked);
    session.change(
      (w) => ({ statements: applyEdit(w.statements, changed), entities: [...w.entities, ...created.filter((e) => !w.entities.some((x) => x.id === e.id))] }),
      {
        save: true,
      },
    );
    setEditing(undefined);
    select(changed.key, true);
  };
  const add = (range: TextRange, evidence: 'sentence' | 'selection') => {
    if (!draft?.text) return;
    const statement = addedStatement(draft.text, work.statements, range, evidence);
    if (!statement) return;
    session.change((w) => ({ ...w, statements: [...w.statements, statement] }), { save: true });
    setPending(undefined);
    document.getSelection()?.removeAllRanges();
    select(statement.key);
    setEditing(statement.key);
  };

  useReviewKeys({
    j: () => move(1),
    k: () => move(-1),
    a: () => decideSelected('ACCEPTED'),
    r: () => decideSelected('REJECTED'),
    e: () => open && selected && setEditing(selected),
    '/': () => {
      if (!open || !selected) return;
      setEditing(selected);
      requestAnimationFrame(() => document.querySelector<HTMLInputElement>('.statement-editor input[name="speaker"]')?.focus());
    },
    n: () => open && document.getElementById('find-words')?.focus(),
    // The editor closes on Escape also when the focus is outside it (on the list or the text).
    Escape: () => {
      if (!editing) return;
      setEditing(undefined);
      select(editing, true);
    },
  });

  if (session.status === 'failed') return <ErrorBox error={session.loadError!} retry={session.reload} what="the draft" />;
  if (session.status === 'missing') {
    return (
      <NotFound>
        There is no draft “{id}”. See the <a href={links.drafts()}>drafts under review</a>.
      </NotFound>
    );
  }
  if (session.status === 'loading' || !draft) return <Loading label="Loading the draft…" />;

  const current = statements.find((s) => s.key === selected);
  return (
    <>
      <ReviewHeader session={session} />
      <SaveProblems session={session} />
      {(session.published || draft.status === 'PUBLISHED') && (
        <PublishedPanel articleId={draft.articleId} statements={statements} names={names} publication={session.published?.publication} />
      )}
      {draft.status === 'DISCARDED' && <p class="status empty">This draft was discarded by {draft.savedBy}; nothing of it was published.</p>}
      <ReviewToolbar
        session={session}
        onAcceptAbove={(threshold) => session.change((w) => ({ ...w, statements: acceptAbove(w.statements, threshold).statements }), { save: true })}
      />
      {open && (
        <p class="hint review-keys" id="review-keys">
          Keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous · <kbd>a</kbd> accept · <kbd>r</kbd> reject · <kbd>e</kbd> edit · <kbd>/</kbd> find the speaker ·{' '}
          <kbd>n</kbd> add a statement · <kbd>Esc</kbd> close the editor
        </p>
      )}
      <div class="review-columns">
        <ReviewArticle
          text={draft.text}
          language={draft.language}
          statements={statements}
          selected={selected}
          onSelect={(key) => select(key)}
          pending={open ? pending : undefined}
          onPending={(range) => open && setPending(range)}
        />
        <aside class="panel review-statements" aria-labelledby="review-list-title">
          <h2 id="review-list-title">
            Statements <span class="count">{statements.length}</span>
          </h2>
          <ReviewList
            statements={statements}
            selected={selected}
            names={names}
            problems={problems}
            onSelect={(key) => select(key)}
            detail={
              current &&
              (editing === current.key && open ? (
                <StatementEditor
                  key={current.key}
                  statement={current}
                  names={names}
                  entities={work.entities}
                  onApply={apply}
                  onCancel={() => {
                    setEditing(undefined);
                    select(current.key, true);
                  }}
                />
              ) : (
                <ReviewDetail
                  statement={current}
                  text={draft.text}
                  names={names}
                  open={open}
                  onAccept={() => decideSelected('ACCEPTED')}
                  onReject={() => decideSelected('REJECTED')}
                  onEdit={() => setEditing(current.key)}
                />
              ))
            }
          />
        </aside>
      </div>
      {open && <AddStatement text={draft.text} pending={pending} onPending={setPending} onAdd={add} />}
      {open && <DiscardDraft session={session} />}
    </>
  );
}

function ReviewHeader({ session }: { session: ReviewSession }) {
  const draft = session.draft!;
  return (
    <header class="review-header">
      <p class="muted breadcrumbs">
        <a href={links.drafts()}>Drafts</a> › review
      </p>
      <h1 id="review-title" lang={draft.language}>
        {draft.title}
      </h1>
      <p class="muted">
        {draft.language === 'de' ? 'German' : draft.language === 'en' ? 'English' : draft.language} · started by {draft.createdBy} at {time(draft.createdAt)}
        {draft.publishedAt ? ` · published ${draft.publishedAt}` : ''} · becomes <code>{draft.articleId}</code>
      </p>
      <EditorKeyStatus />
    </header>
  );
}

/** A conflict (with a reload), a failed save, and the problems of the draft as a whole. */
function SaveProblems({ session }: { session: ReviewSession }) {
  const { save } = session;
  const general = save.problems.filter((p) => p.statementKey === null);
  const keyed = save.problems.length - general.length;
  if (!save.conflict && !save.error && save.problems.length === 0) return null;
  return (
    <div class="status error" role="alert" data-testid="save-problems">
      {save.conflict && (
        <>
          <p>
            <strong>Not saved.</strong> {save.conflict}
          </p>
          <button type="button" class="button" onClick={session.reload}>
            Reload the draft
          </button>
        </>
      )}
      {save.error && (
        <p>
          <strong>Not saved.</strong> {save.error}
        </p>
      )}
      {save.problems.length > 0 && (
        <p>
          <strong>Nothing was written.</strong> {keyed > 0 ? `${keyed} problem${keyed === 1 ? '' : 's'} are shown at the statements they concern.` : ''}
        </p>
      )}
      {general.length > 0 && (
        <ul class="error-details">
          {general.map((p) => (
            <li>
              {p.path}: {p.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function DiscardDraft({ session }: { session: ReviewSession }) {
  const [asking, setAsking] = useState(false);
  return (
    <p class="discard">
      {asking ? (
        <>
          Discard this draft? Nothing of it will be published.{' '}
          <button
            type="button"
            class="button"
            onClick={async () => {
              if (await session.discard()) navigate(links.drafts());
            }}
          >
            Yes, discard it
          </button>{' '}
          <button type="button" class="button" onClick={() => setAsking(false)}>
            Keep it
          </button>
        </>
      ) : (
        <button type="button" class="button" onClick={() => setAsking(true)}>
          Discard draft…
        </button>
      )}
    </p>
  );
}

/**
 * The review's single-key shortcuts, on the whole page; ignored while typing in a field and
 * with Ctrl, Alt or Meta (the browser's own shortcuts).
 */
function useReviewKeys(keys: Record<string, () => unknown>): void {
  const latest = useRef(keys);
  latest.current = keys;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
      const action = latest.current[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}

function typing(target: EventTarget | null): boolean {
  const el = target instanceof HTMLElement ? target : null;
  if (!el) return false;
  if (el.isContentEditable || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') return true;
  return el.tagName === 'INPUT' && !['radio', 'checkbox', 'button', 'submit', 'reset'].includes((el as HTMLInputElement).type);
}
