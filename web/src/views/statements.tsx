import { useEffect, useState } from 'preact/hooks';

import { useAsync, useDebounced, useQuery } from '../api/hooks';
import { ARTICLE_PAGE } from '../api/queries';
import { TABLE_PAGE } from '../api/pages';
import { fetchStatementPage } from '../api/statements';
import type { Connection, EntityRef, StatementData } from '../api/types';
import { EntityChip, SpeakerChip, StanceBadges, StatementBadges } from '../components/badges';
import { EntityPicker, useEntityRef } from '../components/entity-picker';
import { clean } from '../components/statement-feed';
import { ErrorBox, Empty, Loading } from '../components/status';
import { CsvButton } from '../components/csv-button';
import { CorrectArticle } from '../components/correct-article';
import { ATTRIBUTION_LABELS, MODE_LABELS, PROVENANCE_LABELS, STANCE_LABELS } from '../lib/labels';
import { StatementQuery, links } from '../lib/route';
import { navigate } from '../router';
import { SORTS, sortArgument } from '../api/sort';

/**
 * Statements table: who said what about whom, filtered (speaker, about, topic, reporter, stance,
 * mode, attribution, provenance, dates, full text), sorted by the API, paged through its cursors, and
 * downloadable as CSV (every page of the current filter). All of it lives in the URL.
 */
export function StatementsView({ query }: { query: StatementQuery }) {
  const filter = filterOf(query);
  const args = { filter, first: TABLE_PAGE, after: query.after ?? null, orderBy: sortArgument(query.sort).orderBy as string };
  const { data, error, loading, retry } = useAsync<Connection<StatementData>>(`table:${JSON.stringify(args)}`, () => fetchStatementPage<StatementData>(args));
  const prev: string[] = (history.state as { prev?: string[] } | null)?.prev ?? [];

  const update = (change: Partial<StatementQuery>, replace = false) => navigate(links.statements({ ...query, ...change, after: undefined }), { replace });

  const page = data;
  const firstRow = prev.length * TABLE_PAGE + 1;
  return (
    <section class="view statements-view" aria-labelledby="statements-title">
      <h1 id="statements-title">Statements</h1>
      {query.article && <ArticleBar id={query.article} />}
      <Filters query={query} update={update} />
      <div class="table-bar">
        <p class="result-count" role="status" aria-live="polite">
          {page
            ? page.totalCount === 0
              ? 'No statement matches.'
              : `${page.totalCount} statement${page.totalCount === 1 ? '' : 's'} · showing ${firstRow}–${firstRow + page.edges.length - 1}`
            : loading
              ? 'Counting…'
              : ''}
        </p>
        <CsvButton filter={filter} orderBy={args.orderBy} total={page?.totalCount} />
      </div>
      {error ? (
        <ErrorBox error={error} retry={retry} what="statements" />
      ) : loading && !data ? (
        <Loading label="Loading statements…" />
      ) : page && page.edges.length === 0 ? (
        <Empty>
          No statement matches these filters. <a href="/statements">Clear all filters</a>.
        </Empty>
      ) : page ? (
        <>
          <StatementsTable rows={page.edges.map((e) => e.node)} sort={query.sort} setSort={(sort) => update({ sort })} />
          <nav class="pager" aria-label="Pages">
            <button
              type="button"
              class="button"
              disabled={!query.after}
              onClick={() => navigate(links.statements({ ...query, after: prev[prev.length - 1] || undefined }), { state: { prev: prev.slice(0, -1) } })}
            >
              ← Previous
            </button>
            <span>
              Page {prev.length + 1} of {Math.max(1, Math.ceil(page.totalCount / TABLE_PAGE))}
            </span>
            <button
              type="button"
              class="button"
              disabled={!page.pageInfo.hasNextPage}
              onClick={() =>
                navigate(links.statements({ ...query, after: page.pageInfo.endCursor ?? undefined }), {
                  state: { prev: [...prev, query.after ?? ''] },
                })
              }
            >
              Next →
            </button>
          </nav>
        </>
      ) : null}
    </section>
  );
}

/** The article the table is narrowed to: its page, and "Correct this article". */
function ArticleBar({ id }: { id: string }) {
  const { data } = useQuery<{ article: { id: string; title: string; language: string } | null }>(ARTICLE_PAGE, { id });
  const article = data?.article;
  return (
    <p class="article-bar actions">
      <span>
        <span class="label">Article</span>{' '}
        <a href={links.article(id)} lang={article?.language}>
          {article?.title ?? id}
        </a>
      </span>
      {article && <CorrectArticle articleId={id} />}
    </p>
  );
}

/** The API's StatementFilter for the URL's query. */
export function filterOf(query: StatementQuery): Record<string, string> {
  return clean({
    speaker: query.speaker,
    about: query.about,
    topic: query.topic,
    reportedBy: query.reportedBy,
    article: query.article,
    event: query.event,
    stance: query.stance,
    mode: query.mode,
    attribution: query.attribution,
    provenance: query.provenance,
    from: query.from,
    to: query.to,
    text: query.text?.trim(),
  });
}

function Filters({ query, update }: { query: StatementQuery; update: (c: Partial<StatementQuery>, replace?: boolean) => void }) {
  const speaker = useEntityRef(query.speaker);
  const about = useEntityRef(query.about);
  const topic = useEntityRef(query.topic);
  const reportedBy = useEntityRef(query.reportedBy);
  const event = useEntityRef(query.event);
  const [text, setText] = useState(query.text ?? '');
  const debounced = useDebounced(text, 300);
  useEffect(() => setText(query.text ?? ''), [query.text]);
  useEffect(() => {
    if ((debounced || undefined) !== (query.text || undefined)) update({ text: debounced || undefined }, true);
  }, [debounced]);

  const pick = (key: keyof StatementQuery) => (value: EntityRef | undefined) => update({ [key]: value?.id });
  const active = Object.keys(filterOf(query)).length > 0;
  return (
    <form class="filters" aria-label="Filter statements" onSubmit={(e) => e.preventDefault()}>
      <div class="filter-text">
        <label for="filter-text">Full text</label>
        <input
          id="filter-text"
          type="search"
          placeholder="Words in the original or the translation (Rakete, peace…)"
          value={text}
          onInput={(e) => setText((e.target as HTMLInputElement).value)}
        />
      </div>
      <EntityPicker label="Speaker" value={speaker} onChange={pick('speaker')} types={['Person', 'Organization', 'Country', 'Group']} />
      <EntityPicker label="About" value={about} onChange={pick('about')} />
      <EntityPicker label="Topic" value={topic} onChange={pick('topic')} types={['Topic']} placeholder="A topic…" />
      <EntityPicker label="Reported by" value={reportedBy} onChange={pick('reportedBy')} types={['Person', 'Organization', 'Country', 'Group']} />
      <EntityPicker label="Event" value={event} onChange={pick('event')} types={['Event']} placeholder="A meeting, call, post…" />
      <Select label="Stance" value={query.stance} options={STANCE_LABELS} omit={['MIXED']} onChange={(stance) => update({ stance })} />
      <Select label="Mode" value={query.mode} options={MODE_LABELS} onChange={(mode) => update({ mode })} />
      <Select label="Attribution" value={query.attribution} options={ATTRIBUTION_LABELS} onChange={(attribution) => update({ attribution })} />
      <Select label="Provenance" value={query.provenance} options={PROVENANCE_LABELS} onChange={(provenance) => update({ provenance })} />
      <div class="filter-dates">
        <DateInput label="From" value={query.from} max={query.to} onChange={(from) => update({ from })} />
        <DateInput label="To" value={query.to} min={query.from} onChange={(to) => update({ to })} />
      </div>
      <div class="filter-sort">
        <label for="filter-sort">Sort</label>
        <select id="filter-sort" value={query.sort ?? ''} onChange={(e) => update({ sort: (e.target as HTMLSelectElement).value || undefined })}>
          {SORTS.map((s) => (
            <option value={s.key}>{s.label}</option>
          ))}
        </select>
      </div>
      {active && (
        <p class="filter-reset">
          <a href={links.statements({ sort: query.sort })}>Clear filters</a>
        </p>
      )}
    </form>
  );
}

function Select({
  label,
  value,
  options,
  omit = [],
  onChange,
}: {
  label: string;
  value?: string;
  options: Record<string, string>;
  omit?: string[];
  onChange: (value: string | undefined) => void;
}) {
  const id = `filter-${label.toLowerCase()}`;
  return (
    <div class="filter-select">
      <label for={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange((e.target as HTMLSelectElement).value || undefined)}>
        <option value="">Any</option>
        {Object.entries(options)
          .filter(([k]) => !omit.includes(k))
          .map(([k, v]) => (
            <option value={k}>{v}</option>
          ))}
      </select>
    </div>
  );
}

/** One end of the date range, bounded by the other end. */
function DateInput({
  label,
  value,
  min,
  max,
  onChange,
}: {
  label: string;
  value?: string;
  min?: string;
  max?: string;
  onChange: (value: string | undefined) => void;
}) {
  const id = `filter-${label.toLowerCase()}`;
  return (
    <>
      <label for={id}>{label}</label>
      <input id={id} type="date" value={value ?? ''} min={min} max={max} onChange={(e) => onChange((e.target as HTMLInputElement).value || undefined)} />
    </>
  );
}

/** Column headers that sort, as buttons with aria-sort on the header cell. */
function SortHeader({
  label,
  asc,
  desc,
  sort,
  setSort,
}: {
  label: string;
  asc?: string;
  desc?: string;
  sort?: string;
  setSort: (s: string | undefined) => void;
}) {
  if (!asc && !desc) return <th scope="col">{label}</th>;
  const current = sort === asc ? 'ascending' : sort === desc ? 'descending' : 'none';
  const next = current === 'ascending' ? (desc ?? asc) : (asc ?? desc);
  return (
    <th scope="col" aria-sort={current}>
      <button type="button" class="sort" onClick={() => setSort(next)} title={`Sort by ${label.toLowerCase()}`}>
        {label}
        <span aria-hidden="true" class="sort-arrow">
          {current === 'ascending' ? '▲' : current === 'descending' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}

function StatementsTable({ rows, sort, setSort }: { rows: StatementData[]; sort?: string; setSort: (s: string | undefined) => void }) {
  const available = (key: string) => (SORTS.some((s) => s.key === key) ? key : undefined);
  return (
    <div class="table-scroll" tabIndex={0} aria-label="Statements table (scrolls sideways on narrow screens)">
      <table class="statements-table">
        <thead>
          <tr>
            <SortHeader label="Date" asc={available('DATE_ASC')} desc={available('DATE_DESC')} sort={sort} setSort={setSort} />
            <th scope="col">Speaker</th>
            <th scope="col">Statement</th>
            <th scope="col">Mode · attribution</th>
            <th scope="col">About</th>
            <th scope="col">Stance</th>
            <th scope="col">
              <span class="visually-hidden">Evidence</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr data-statement-id={s.id}>
              <td class="nowrap">{s.date ?? <span class="muted">—</span>}</td>
              <td class="speaker-cell">
                <SpeakerChip speaker={s.speaker} />
              </td>
              <td class="statement-cell">
                <span lang={s.language}>{s.mode === 'DIRECT_QUOTE' ? `„${s.text}“` : s.text}</span>
                {s.translation && (
                  <span class="translation" lang="en">
                    {s.translation}
                  </span>
                )}
              </td>
              <td class="mode-cell">
                <StatementBadges statement={s} />
              </td>
              <td class="about-cell">
                <span class="chips">
                  {s.about.map((a) => (
                    <EntityChip entity={a} />
                  ))}
                </span>
              </td>
              <td class="stance-cell">
                <StanceBadges stances={s.stances} />
              </td>
              <td>
                <a href={links.evidence(s.id)} class="evidence-link">
                  Evidence<span class="visually-hidden"> for statement {s.id}</span>
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
