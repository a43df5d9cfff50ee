import { useEffect } from 'preact/hooks';

import { fetchPublications } from '../api/drafts';
import { useEditorKey } from '../api/editor-key';
import { useAsync, useQuery } from '../api/hooks';
import { ARTICLE_PAGE } from '../api/queries';
import type { Connection, EntityRef, PublicationData } from '../api/types';
import { EntityChip } from '../components/badges';
import { CorrectArticle } from '../components/correct-article';
import { PublicationRecord } from '../components/publication-record';
import { StatementFeed } from '../components/statement-feed';
import { ErrorBox, Empty, Loading, NotFound } from '../components/status';
import { links } from '../lib/route';

interface ArticlePageData {
  id: string;
  title: string;
  language: string;
  publishedAt: string | null;
  url: string | null;
  source: EntityRef | null;
  review: { proposed: number; accepted: number; edited: number; rejected: number; added: number } | null;
  statements: { totalCount: number };
}

/**
 * An article: where and when it appeared, what the review of its proposals decided, who
 * published it when and what each publish changed (editors), its statements, and "Correct this
 * article".
 */
export function ArticleView({ id }: { id: string }) {
  const { data, error, loading, retry } = useQuery<{ article: ArticlePageData | null }>(ARTICLE_PAGE, { id });
  const article = data?.article;
  useEffect(() => {
    if (article) document.title = `${article.title} · stancegraph`;
  }, [article?.title]);

  if (error) return <ErrorBox error={error} retry={retry} what="the article" />;
  if (loading && !data) return <Loading label="Loading the article…" />;
  if (!article) {
    return (
      <NotFound>
        There is no article “{id}”. The <a href="/">start page</a> lists the articles.
      </NotFound>
    );
  }
  const review = article.review;
  return (
    <section class="view article-view" aria-labelledby="article-page-title" data-article-id={article.id}>
      <h1 id="article-page-title" lang={article.language}>
        {article.title}
      </h1>
      <dl class="facts-list">
        <dt>Published</dt>
        <dd>{article.publishedAt ?? <span class="muted">date not known</span>}</dd>
        <dt>Publisher</dt>
        <dd>{article.source ? <EntityChip entity={article.source} /> : <span class="muted">not known</span>}</dd>
        {article.url && (
          <>
            <dt>Address</dt>
            <dd>
              <a href={article.url} class="external" target="_blank" rel="noopener noreferrer">
                {article.url}
              </a>
            </dd>
          </>
        )}
        <dt>Statements</dt>
        <dd>{article.statements.totalCount}</dd>
        {review && (
          <>
            <dt>Review</dt>
            <dd data-testid="article-review">
              {review.proposed} proposed · {review.accepted} accepted · {review.edited} accepted after editing · {review.rejected} rejected · {review.added}{' '}
              added by hand
            </dd>
          </>
        )}
        <dt>Id</dt>
        <dd>
          <code>{article.id}</code>
        </dd>
      </dl>
      <p class="actions">
        <a class="button" href={links.statements({ article: article.id })}>
          Statements table
        </a>
        <CorrectArticle articleId={article.id} />
      </p>
      <div class="entity-columns">
        <section class="panel" aria-labelledby="article-statements-title">
          <h2 id="article-statements-title">Statements</h2>
          <StatementFeed filter={{ article: article.id }} empty="This article has no statement yet." />
        </section>
        <section class="panel" aria-labelledby="publications-title">
          <h2 id="publications-title">Publish records</h2>
          <Publications articleId={article.id} />
        </section>
      </div>
    </section>
  );
}

function Publications({ articleId }: { articleId: string }) {
  const key = useEditorKey();
  const { data, error, retry } = useAsync<Connection<PublicationData>>(key ? `publications:${articleId}` : null, () => fetchPublications(articleId));
  if (!key)
    return (
      <p class="hint">
        Who published this article and what each publish changed is shown to editors: enter a key on the <a href={links.drafts()}>drafts</a> page.
      </p>
    );
  if (error) return <ErrorBox error={error} retry={retry} what="the publish records" />;
  if (!data) return <Loading label="Loading the publish records…" />;
  if (data.totalCount === 0) return <Empty>No publish is recorded: the article was loaded from an annotation file.</Empty>;
  return (
    <ol class="publication-list">
      {data.edges.map(({ node }) => (
        <li>
          <PublicationRecord publication={node} />
        </li>
      ))}
    </ol>
  );
}
