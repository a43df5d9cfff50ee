import { useEffect, useState } from 'preact/hooks';

import { useAsync } from '../api/hooks';
import { FEED_PAGE } from '../api/pages';
import { fetchStatementPage } from '../api/statements';
import type { Connection, StatementData } from '../api/types';
import { StatementCard } from './statement-card';
import { ErrorBox, Empty, Loading } from './status';

export type StatementFilter = Record<string, string | undefined>;

interface FeedProps {
  filter: StatementFilter;
  /** Hide the speaker on each card (on the speaker's own page). */
  showSpeaker?: boolean;
  /** Leave this entity out of each card's "About" chips (on its own page). */
  hideAbout?: string;
  empty: string;
  pageSize?: number;
  onTotal?: (total: number) => void;
}

/** A list of statements matching `filter`, a page at a time through the API's cursors. */
export function StatementFeed({ filter, showSpeaker, hideAbout, empty, pageSize = FEED_PAGE, onTotal }: FeedProps) {
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const key = JSON.stringify(filter);
  useEffect(() => setCursors([null]), [key]);
  return (
    <div class="feed">
      {cursors.map((after, i) => (
        <FeedPage
          key={`${key}:${after}`}
          filter={filter}
          after={after}
          first={pageSize}
          showSpeaker={showSpeaker}
          hideAbout={hideAbout}
          empty={empty}
          last={i === cursors.length - 1}
          onTotal={i === 0 ? onTotal : undefined}
          onMore={(cursor) => setCursors((c) => [...c, cursor])}
        />
      ))}
    </div>
  );
}

interface PageProps extends Omit<FeedProps, 'pageSize'> {
  after: string | null;
  first: number;
  last: boolean;
  onMore: (cursor: string) => void;
}

function FeedPage({ filter, after, first, showSpeaker, hideAbout, empty, last, onMore, onTotal }: PageProps) {
  const args = { filter: clean(filter), first, after };
  const { data, error, loading, retry } = useAsync<Connection<StatementData>>(`feed:${JSON.stringify(args)}`, () => fetchStatementPage<StatementData>(args));
  const total = data?.totalCount;
  useEffect(() => {
    if (total !== undefined) onTotal?.(total);
  }, [total]);
  if (error) return <ErrorBox error={error} retry={retry} what="statements" />;
  if (loading && !data) return <Loading label="Loading statements…" />;
  if (!data) return null;
  const { edges, pageInfo, totalCount } = data;
  if (after === null && edges.length === 0) return <Empty>{empty}</Empty>;
  return (
    <>
      <ol class="statement-list">
        {edges.map(({ node }) => (
          <li>
            <StatementCard statement={node} showSpeaker={showSpeaker} hideAbout={hideAbout} />
          </li>
        ))}
      </ol>
      {last && pageInfo.hasNextPage && pageInfo.endCursor && (
        <button type="button" class="button more" onClick={() => onMore(pageInfo.endCursor!)}>
          Show more ({totalCount} in all)
        </button>
      )}
    </>
  );
}

/** The filter without empty fields, as the API expects it. */
export function clean(filter: StatementFilter): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(filter)) if (v !== undefined && v !== '') out[k] = v;
  return out;
}
