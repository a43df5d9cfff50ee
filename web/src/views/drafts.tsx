import { useState } from 'preact/hooks';

import { fetchDrafts } from '../api/drafts';
import { useEditorKey } from '../api/editor-key';
import { useAsync } from '../api/hooks';
import type { Connection, DraftSummary } from '../api/types';
import { EditorKeyStatus, RequireEditor } from '../components/editor-key';
import { time } from '../components/review-toolbar';
import { Empty, ErrorBox, Loading } from '../components/status';
import { DRAFT_LIST_STATUSES, DraftListStatus, links } from '../lib/route';

const STATUS_LABELS: Record<DraftListStatus, string> = { OPEN: 'Under review', PUBLISHED: 'Published', DISCARDED: 'Discarded' };

/** The drafts of one status (under review by default), last saved first, with how far each review has come. */
export function DraftsView({ status }: { status: DraftListStatus }) {
  return (
    <section class="view drafts-view" aria-labelledby="drafts-title">
      <h1 id="drafts-title">Drafts</h1>
      <p class="actions">
        <a class="button primary" href={links.newDraft()}>
          Add an article
        </a>
      </p>
      <RequireEditor purpose="Seeing the drafts under review">
        <EditorKeyStatus />
        <nav class="in-page" aria-label="Drafts by status">
          {DRAFT_LIST_STATUSES.map((s) => (
            <a href={links.drafts(s)} aria-current={s === status ? 'page' : undefined}>
              {STATUS_LABELS[s]}
            </a>
          ))}
        </nav>
        <DraftList key={status} status={status} />
      </RequireEditor>
    </section>
  );
}

function DraftList({ status }: { status: DraftListStatus }) {
  const key = useEditorKey();
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  return (
    <>
      {cursors.map((after, i) => (
        <DraftPage
          key={`${key}:${after}`}
          status={status}
          after={after}
          first={i === 0}
          onMore={i === cursors.length - 1 ? (cursor) => setCursors((c) => [...c, cursor]) : undefined}
        />
      ))}
    </>
  );
}

function DraftPage({ status, after, first, onMore }: { status: DraftListStatus; after: string | null; first: boolean; onMore?: (cursor: string) => void }) {
  // Drafts change with every save: always asked afresh.
  const [asked] = useState(() => Date.now());
  const { data, error, loading, retry } = useAsync<Connection<DraftSummary>>(`drafts:${status}:${after}:${asked}`, () => fetchDrafts(status, after));
  if (error) return <ErrorBox error={error} retry={retry} what="the drafts" />;
  if (loading || !data) return <Loading label="Loading the drafts…" />;
  if (first && data.totalCount === 0) {
    return (
      <Empty>
        No draft is {STATUS_LABELS[status].toLowerCase()}. <a href={links.newDraft()}>Add an article</a> to start one.
      </Empty>
    );
  }
  return (
    <>
      {first && (
        <p class="result-count">
          {data.totalCount} draft{data.totalCount === 1 ? '' : 's'}
        </p>
      )}
      <ul class="draft-list">
        {data.edges.map(({ node: d }) => (
          <li class="panel draft-item" data-draft-id={d.id}>
            <a href={links.review(d.id)} class="draft-title" lang={d.language}>
              {d.title}
            </a>
            <p class="muted">
              {d.review.reviewed} of {d.review.statements} reviewed · version {d.version} · saved by {d.savedBy} at {time(d.savedAt)} · started by {d.createdBy}
            </p>
            <p class="muted">
              <code>{d.articleId}</code>
              {d.status === 'PUBLISHED' && (
                <>
                  {' '}
                  · <a href={links.article(d.articleId)}>the article</a>
                </>
              )}
            </p>
          </li>
        ))}
      </ul>
      {onMore && data.pageInfo.hasNextPage && data.pageInfo.endCursor && (
        <button type="button" class="button more" onClick={() => onMore(data.pageInfo.endCursor!)}>
          More drafts
        </button>
      )}
    </>
  );
}
