import { useEffect, useRef, useState } from 'preact/hooks';

import { useDebounced, useQuery } from '../api/hooks';
import { OVERVIEW, SEARCH } from '../api/queries';
import type { Connection, EntityRef, SearchHit } from '../api/types';
import { EntityChip, TypeBadge } from '../components/badges';
import { ErrorBox, Empty, Loading } from '../components/status';
import { ENTITY_TYPES, TYPE_COLOURS, TYPE_PLURALS, EntityType } from '../lib/labels';
import { links } from '../lib/route';
import { fold } from '../lib/text';
import { navigate } from '../router';

const EXAMPLES = ['Selenskyj', 'Trump', 'Polen', 'Tomahawk', 'Kreml', 'Starmer'];

/**
 * Search: one box, any spelling or language of a name; results grouped by type as you type.
 * The query is in the URL (`/search?q=…`), replaced while typing so back leaves the search.
 */
export function SearchView({ q }: { q: string }) {
  const [text, setText] = useState(q);
  const input = useRef<HTMLInputElement>(null);
  const query = useDebounced(text.trim(), 150);

  useEffect(() => setText(q), [q]);
  useEffect(() => input.current?.focus(), []);
  useEffect(() => {
    if (query !== q.trim()) navigate(links.search(query), { replace: true });
  }, [query]);

  const { data, error, loading, retry } = useQuery<{ search: SearchHit[] }>(SEARCH, { query, first: 30, types: null }, query === '');
  const hits = data?.search ?? [];
  const groups = groupByType(hits);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      const first = document.querySelector<HTMLAnchorElement>('.search-results a');
      if (first) {
        event.preventDefault();
        first.focus();
      }
    } else if (event.key === 'Enter' && hits[0]) {
      navigate(links.entity(hits[0].node.id));
    }
  };

  return (
    <section class="view search-view" aria-labelledby="search-title">
      <h1 id="search-title">Find an actor, topic, weapon or event</h1>
      <form role="search" class="search-form" onSubmit={(e) => e.preventDefault()}>
        <label for="search-input" class="visually-hidden">
          Search names and aliases
        </label>
        <input
          id="search-input"
          ref={input}
          type="search"
          class="search-input"
          placeholder="Any spelling or language: Selenskyj, Zelenskyy, Polen…"
          autocomplete="off"
          spellcheck={false}
          value={text}
          onInput={(e) => setText((e.target as HTMLInputElement).value)}
          onKeyDown={onKeyDown}
          aria-describedby="search-help"
        />
        <p id="search-help" class="hint">
          Results appear as you type. ↓ moves into the results, Enter opens the best match.
        </p>
      </form>
      {query === '' ? (
        <>
          <div class="examples">
            <p>Try:</p>
            <ul class="inline-list">
              {EXAMPLES.map((e) => (
                <li>
                  <a href={links.search(e)}>{e}</a>
                </li>
              ))}
            </ul>
            <p class="hint">
              Or go straight to the <a href="/statements">statements</a>, the <a href="/matrix">stance matrix</a>, the <a href="/graph?all=1">whole graph</a> or
              the <a href="/connect">connection finder</a>.
            </p>
          </div>
          <Overview />
        </>
      ) : error ? (
        <ErrorBox error={error} retry={retry} what="search results" />
      ) : loading && !data ? (
        <Loading label={`Searching for “${query}”…`} />
      ) : hits.length === 0 ? (
        <Empty>No entity matches “{query}”. Try another spelling, a surname or the German name.</Empty>
      ) : (
        <div class="search-results" aria-live="polite" onKeyDown={moveFocus}>
          <p class="hint">
            {hits.length} {hits.length === 1 ? 'match' : 'matches'} for “{query}”, best first within each type.
          </p>
          {groups.map(([type, group]) => (
            <section class="result-group" aria-label={TYPE_PLURALS[type]} data-type={type}>
              <h2 style={{ '--type-colour': TYPE_COLOURS[type] }}>
                <span class="dot" aria-hidden="true" /> {TYPE_PLURALS[type]} <span class="count">{group.length}</span>
              </h2>
              <ul class="result-list">
                {group.map((hit) => (
                  <li>
                    <a href={links.entity(hit.node.id)} class="result" data-entity-id={hit.node.id}>
                      <span class="result-name">{hit.node.name}</span>
                      <TypeBadge type={hit.node.__typename} />
                      {matchedAlias(hit, query) && <span class="result-alias">also “{matchedAlias(hit, query)}”</span>}
                      {hit.node.description && <span class="result-description">{hit.node.description}</span>}
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </section>
  );
}

function groupByType(hits: SearchHit[]): Array<[EntityType, SearchHit[]]> {
  const groups = new Map<EntityType, SearchHit[]>();
  for (const hit of hits) {
    const list = groups.get(hit.node.__typename) ?? [];
    list.push(hit);
    groups.set(hit.node.__typename, list);
  }
  // Groups in the order of their best hit, so the best match is always at the top.
  return [...groups.entries()].sort((a, b) => {
    const best = (g: SearchHit[]) => Math.max(...g.map((h) => h.score));
    return best(b[1]) - best(a[1]) || ENTITY_TYPES.indexOf(a[0]) - ENTITY_TYPES.indexOf(b[0]);
  });
}

/** The alias the user probably typed, when it is not the name itself. */
function matchedAlias(hit: SearchHit, query: string): string | undefined {
  const q = fold(query);
  if (fold(hit.node.name).includes(q)) return undefined;
  return hit.node.aliases.find((a) => fold(a).includes(q)) ?? hit.node.aliases.find((a) => q.split(/\s+/).some((w) => fold(a).includes(w)));
}

/** Up/down arrows move between results. */
function moveFocus(event: KeyboardEvent) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const items = [...document.querySelectorAll<HTMLAnchorElement>('.search-results a.result')];
  const index = items.indexOf(document.activeElement as HTMLAnchorElement);
  if (index < 0) return;
  event.preventDefault();
  const next = event.key === 'ArrowDown' ? index + 1 : index - 1;
  if (next < 0) document.getElementById('search-input')?.focus();
  else items[Math.min(next, items.length - 1)].focus();
}

interface OverviewData {
  actors: Connection<EntityRef & { statements: { totalCount: number } }>;
  articles: Connection<{ id: string; title: string; language: string; publishedAt: string | null; statements: { totalCount: number } }>;
}

/** What the graph holds: the most quoted actors and the articles, as ways in. */
function Overview() {
  const { data, error, retry } = useQuery<OverviewData>(OVERVIEW);
  if (error) return <ErrorBox error={error} retry={retry} what="the overview" />;
  if (!data) return <Loading label="Loading the overview…" />;
  return (
    <div class="overview">
      <section class="panel" aria-labelledby="most-quoted">
        <h2 id="most-quoted">Most quoted actors</h2>
        <ol class="ranked">
          {data.actors.edges.map(({ node }) => (
            <li>
              <EntityChip entity={node} />
              <a class="muted small-link" href={links.statements({ speaker: node.id })}>
                {node.statements.totalCount} statement{node.statements.totalCount === 1 ? '' : 's'}
              </a>
            </li>
          ))}
        </ol>
        <p class="hint">{data.actors.totalCount} actors in all.</p>
      </section>
      <section class="panel" aria-labelledby="articles">
        <h2 id="articles">Articles</h2>
        <ul class="ranked">
          {data.articles.edges.map(({ node }) => (
            <li>
              <a href={links.article(node.id)} lang={node.language}>
                {node.title}
              </a>
              <span class="muted">
                {' '}
                · <a href={links.statements({ article: node.id })}>{node.statements.totalCount} statements</a>
                {node.publishedAt ? ` · ${node.publishedAt}` : ''}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
