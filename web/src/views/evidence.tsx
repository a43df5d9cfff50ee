import { useEffect, useMemo } from 'preact/hooks';

import { cachedRequest } from '../api/client';
import { fetchAllPages, useAsync, useQuery } from '../api/hooks';
import { ARTICLE, STATEMENT } from '../api/queries';
import { MAX_PAGE } from '../api/pages';
import type { ArticleData, ArticleStatement, Connection, StatementData } from '../api/types';
import { EntityChip, SpeakerChip, StanceBadges, StatementBadges, speakerName } from '../components/badges';
import { ErrorBox, Loading, NotFound } from '../components/status';
import { modeLabel } from '../lib/labels';
import { links } from '../lib/route';
import { segmentText } from '../lib/text';

/**
 * Evidence: the article with the statement's excerpt highlighted at its code-point offsets,
 * the statement's original words beside their English translation, and every other statement
 * of the same article marked in the text and listed with its translation.
 */
export function EvidenceView({ id }: { id: string }) {
  const { data, error, loading, retry } = useQuery<{ node: (StatementData & { notes?: string[] }) | null }>(STATEMENT, { id });
  const statement = data?.node;
  const articleId = statement?.evidence?.article.id ?? null;
  const article = useAsync(articleId, () => loadArticle(articleId!));

  useEffect(() => {
    if (statement) document.title = `Evidence: ${speakerName(statement.speaker)} · stancegraph`;
  }, [statement?.id]);

  if (error) return <ErrorBox error={error} retry={retry} what="the statement" />;
  if (loading && !data) return <Loading label="Loading the statement…" />;
  if (!statement || !statement.evidence) {
    return (
      <NotFound>
        There is no statement with the id “{id}”. Pick one from the <a href="/statements">statements table</a>.
      </NotFound>
    );
  }
  return (
    <section class="view evidence-view" aria-labelledby="evidence-title">
      <h1 id="evidence-title">
        Evidence <span class="muted">for a statement by</span> <SpeakerChip speaker={statement.speaker} />
      </h1>
      <div class="statement-meta">
        <StatementBadges statement={statement} />
        <StanceBadges stances={statement.stances} />
        {statement.date && <time dateTime={statement.date}>{statement.date}</time>}
        {statement.event && <a href={links.entity(statement.event.id)}>{statement.event.name}</a>}
        {statement.about.length > 0 && (
          <span class="about">
            <span class="label">About</span>
            {statement.about.map((a) => (
              <EntityChip entity={a} />
            ))}
          </span>
        )}
      </div>
      <div class="side-by-side" role="group" aria-label="Original and English translation">
        <figure class="original">
          <figcaption>Original ({statement.language})</figcaption>
          <blockquote lang={statement.language} data-testid="statement-original">
            {statement.text}
          </blockquote>
        </figure>
        <figure class="english">
          <figcaption>English translation</figcaption>
          <blockquote lang="en" data-testid="statement-translation">
            {statement.translation ?? (statement.language === 'en' ? statement.text : <span class="muted">No translation recorded.</span>)}
          </blockquote>
        </figure>
      </div>
      <p class="excerpt-line">
        <span class="label">Excerpt</span> <q data-testid="excerpt">{statement.evidence.excerpt}</q>{' '}
        <span class="muted">
          (code points {statement.evidence.start}–{statement.evidence.end})
        </span>
      </p>
      {statement.notes && statement.notes.length > 0 && (
        <details class="notes">
          <summary>
            How this statement was coded ({statement.notes.length} note{statement.notes.length === 1 ? '' : 's'})
          </summary>
          <ul>
            {statement.notes.map((n) => (
              <li>{n}</li>
            ))}
          </ul>
        </details>
      )}
      {article.error ? (
        <ErrorBox error={article.error} retry={article.retry} what="the article" />
      ) : !article.data ? (
        <Loading label="Loading the article…" />
      ) : (
        <ArticleText article={article.data.article} statements={article.data.statements} current={statement} />
      )}
    </section>
  );
}

/** Scrolls `box` so that `item` is in its middle, without moving the page. */
function centreIn(box: HTMLElement | null, item: HTMLElement | null) {
  if (!box || !item) return;
  const top = item.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
  box.scrollTop = Math.max(0, top - box.clientHeight / 2 + item.offsetHeight / 2);
}

async function loadArticle(id: string): Promise<{ article: ArticleData; statements: ArticleStatement[] }> {
  let article: ArticleData | undefined;
  const statements = await fetchAllPages(async (after) => {
    const data = await cachedRequest<{ node: (ArticleData & { statements: Connection<ArticleStatement> }) | null }>(ARTICLE, {
      id,
      first: MAX_PAGE,
      after,
    });
    if (!data.node) throw new Error(`The article “${id}” was not found.`);
    article = data.node;
    return data.node.statements;
  });
  return { article: article!, statements };
}

function ArticleText({ article, statements, current }: { article: ArticleData; statements: ArticleStatement[]; current: StatementData }) {
  const spans = useMemo(() => {
    const others = statements.filter((s) => s.id !== current.id).map((s) => ({ id: s.id, start: s.evidence.start, end: s.evidence.end }));
    return [{ id: current.id, start: current.evidence.start, end: current.evidence.end }, ...others];
  }, [statements, current.id]);
  const segments = useMemo(() => segmentText(article.text, spans), [article.text, spans]);
  const byId = useMemo(() => new Map(statements.map((s) => [s.id, s])), [statements]);
  const ordered = useMemo(() => [...statements].sort((a, b) => a.evidence.start - b.evidence.start), [statements]);

  // Scroll the article (not the page) to the excerpt, and the list to the statement, so the
  // original and translation above stay in view.
  useEffect(() => {
    centreIn(document.querySelector<HTMLElement>('.article-body'), document.querySelector<HTMLElement>('mark.current'));
    centreIn(document.querySelector<HTMLElement>('.article-statements'), document.querySelector<HTMLElement>('.compact-list li.current'));
  }, [current.id, segments]);

  return (
    <div class="article-columns">
      <article class="article-text panel" lang={article.language} aria-labelledby="article-title">
        <h2 id="article-title">
          <a href={links.article(article.id)}>{article.title}</a>
        </h2>
        <p class="muted">
          {article.publishedAt ? `Published ${article.publishedAt} · ` : ''}
          {statements.length} statements marked · <span class="legend-current">current</span> <span class="legend-other">other statements</span>
        </p>
        <div class="article-body" data-testid="article-text" tabIndex={0} aria-label="Article text">
          {segments.map((seg) => {
            if (seg.ids.length === 0) return seg.text;
            if (seg.ids.includes(current.id)) {
              return (
                <mark class="current" data-statement-ids={seg.ids.join(' ')}>
                  {seg.text}
                </mark>
              );
            }
            const first = byId.get(seg.ids[0]);
            const label = seg.ids
              .map((sid) => byId.get(sid))
              .filter(Boolean)
              .map((s) => `${speakerName(s!.speaker)} (${modeLabel(s!.mode)}): ${s!.translation ?? s!.text}`)
              .join('\n');
            return (
              <a class="mark other" href={links.evidence(seg.ids[0])} title={label} data-statement-ids={seg.ids.join(' ')}>
                {seg.text}
                <span class="visually-hidden"> (statement by {first ? speakerName(first.speaker) : ''})</span>
              </a>
            );
          })}
        </div>
      </article>
      <aside class="article-statements panel" aria-labelledby="article-statements-title">
        <h2 id="article-statements-title">Statements in this article</h2>
        <ol class="compact-list">
          {ordered.map((s) => (
            <li class={s.id === current.id ? 'current' : undefined} aria-current={s.id === current.id ? 'true' : undefined}>
              <a href={links.evidence(s.id)}>
                <strong>{speakerName(s.speaker)}</strong> <span class="muted">· {modeLabel(s.mode)}</span>
                <span class="compact-text" lang="en">
                  {s.translation ?? s.text}
                </span>
              </a>
            </li>
          ))}
        </ol>
      </aside>
    </div>
  );
}
