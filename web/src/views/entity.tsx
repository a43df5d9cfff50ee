import { useEffect, useState } from 'preact/hooks';

import { useQuery } from '../api/hooks';
import { ENTITY } from '../api/queries';
import type { EntityDetails } from '../api/types';
import { EntityChip, TypeBadge } from '../components/badges';
import { Facts, Positions, Relations, formatNumber } from '../components/entity-sections';
import { StatementFeed } from '../components/statement-feed';
import { ErrorBox, Loading, NotFound } from '../components/status';
import { ACTOR_TYPES } from '../lib/labels';
import { links } from '../lib/route';

/**
 * Entity page: who or what it is, what it said, what others said about it, its positions by
 * topic, the relations the article states, and (for a weapon) the facts given about it.
 */
export function EntityView({ id }: { id: string }) {
  const { data, error, loading, retry } = useQuery<{ node: EntityDetails | null }>(ENTITY, { id });
  const [said, setSaid] = useState<number>();
  const [about, setAbout] = useState<number>();

  const entity = data?.node;
  useEffect(() => {
    if (entity) document.title = `${entity.name} · stancegraph`;
  }, [entity?.name]);
  // The benchmark (bench/web) measures the time until the page and both lists are shown.
  useEffect(() => {
    if (entity && (said !== undefined || !isActor(entity)) && about !== undefined) {
      performance.mark('sg:entity-rendered');
      document.body.dataset.entityRendered = entity.id;
    }
  }, [entity, said, about]);

  if (error) return <ErrorBox error={error} retry={retry} what={`entity “${id}”`} />;
  if (loading && !data) return <Loading label="Loading entity…" />;
  if (!entity || !entity.name) {
    return (
      <NotFound>
        There is no entity with the id “{id}”. <a href="/">Search by name</a> instead.
      </NotFound>
    );
  }

  const actor = isActor(entity);
  return (
    <section class="view entity-view" aria-labelledby="entity-title" data-entity-id={entity.id}>
      <EntityHeader entity={entity} />
      <nav class="in-page" aria-label="Sections of this page">
        {actor && <a href="#said">Said{said !== undefined ? ` (${said})` : ''}</a>}
        <a href="#said-about">Said about{about !== undefined ? ` (${about})` : ''}</a>
        {entity.positions && <a href="#positions">Positions ({entity.positions.length})</a>}
        <a href="#relations">Relations ({entity.relations?.length ?? 0})</a>
        {entity.facts && entity.facts.length > 0 && <a href="#facts">Facts ({entity.facts.length})</a>}
      </nav>
      <div class="entity-columns">
        <div class="entity-main">
          {actor && (
            <section id="said" class="panel" aria-labelledby="said-title">
              <h2 id="said-title">
                Said <span class="count">{said ?? ''}</span>
              </h2>
              <StatementFeed
                filter={{ speaker: entity.id }}
                showSpeaker={false}
                empty={`The articles record no statement by ${entity.name}.`}
                onTotal={setSaid}
              />
            </section>
          )}
          {entity.__typename === 'Event' && (
            <section id="said-at" class="panel" aria-labelledby="said-at-title">
              <h2 id="said-at-title">Said at this event</h2>
              <StatementFeed filter={{ event: entity.id }} empty="No statement is recorded as made at this event." />
            </section>
          )}
          <section id="said-about" class="panel" aria-labelledby="said-about-title">
            <h2 id="said-about-title">
              Said about {entity.name} <span class="count">{about ?? ''}</span>
            </h2>
            <StatementFeed filter={{ about: entity.id }} hideAbout={entity.id} empty={`No statement is about ${entity.name}.`} onTotal={setAbout} />
          </section>
        </div>
        <aside class="entity-side">
          {entity.positions && (
            <section id="positions" class="panel" aria-labelledby="positions-title">
              <h2 id="positions-title">{entity.__typename === 'Topic' ? 'Who stands where' : 'Positions by topic'}</h2>
              <Positions entity={entity} positions={entity.positions} />
            </section>
          )}
          <section id="relations" class="panel" aria-labelledby="relations-title">
            <h2 id="relations-title">Stated relations</h2>
            <Relations entity={entity} relations={entity.relations ?? []} />
          </section>
          {entity.facts && entity.facts.length > 0 && (
            <section id="facts" class="panel" aria-labelledby="facts-title">
              <h2 id="facts-title">Facts stated in the article</h2>
              <Facts facts={entity.facts} />
            </section>
          )}
        </aside>
      </div>
    </section>
  );
}

function isActor(entity: EntityDetails): boolean {
  return ACTOR_TYPES.includes(entity.__typename);
}

function EntityHeader({ entity }: { entity: EntityDetails }) {
  const details: Array<[string, preact.ComponentChildren]> = [];
  if (entity.roles && entity.roles.length > 0) details.push(['Roles', entity.roles.join('; ')]);
  const kind = entity.kind ?? entity.eventKind;
  if (kind) details.push(['Kind', kind]);
  if (entity.isoCode) details.push(['ISO code', entity.isoCode]);
  if (entity.category) details.push(['Category', entity.category]);
  if (entity.manufacturer) details.push(['Manufacturer', <EntityChip entity={entity.manufacturer} />]);
  if (entity.rangeKm != null) details.push(['Range', `${formatNumber(entity.rangeKm)} km`]);
  if (entity.unitCostUsd != null) details.push(['Unit cost', `US$ ${formatNumber(entity.unitCostUsd)}`]);
  if (entity.annualProduction) details.push(['Production', entity.annualProduction]);
  if (entity.date) details.push(['Date', <time dateTime={entity.date}>{entity.date}</time>]);
  if (entity.place) details.push(['Place', entity.place]);
  if (entity.participants && entity.participants.length > 0) {
    details.push([
      'Participants',
      <span class="chips">
        {entity.participants.map((p) => (
          <EntityChip entity={p} />
        ))}
      </span>,
    ]);
  }
  const aliases = entity.aliases.filter((a) => a !== entity.name);
  return (
    <header class="entity-header">
      <div class="entity-title-row">
        <h1 id="entity-title">{entity.name}</h1>
        <TypeBadge type={entity.__typename} />
        {entity.anonymous && <span class="badge muted">Anonymous</span>}
      </div>
      {entity.description && <p class="description">{entity.description}</p>}
      <dl class="facts-list">
        {aliases.length > 0 && (
          <>
            <dt>Also called</dt>
            <dd class="aliases">{aliases.join(' · ')}</dd>
          </>
        )}
        {details.map(([k, v]) => (
          <>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </>
        ))}
        <dt>Wikidata</dt>
        <dd>
          {entity.wikidataId ? (
            <a href={`https://www.wikidata.org/wiki/${encodeURIComponent(entity.wikidataId)}`} target="_blank" rel="noopener noreferrer" class="external">
              {entity.wikidataId}
              <span class="visually-hidden"> (opens Wikidata in a new tab)</span>
            </a>
          ) : (
            <span class="muted">not linked</span>
          )}
        </dd>
        <dt>Id</dt>
        <dd>
          <code>{entity.id}</code>
        </dd>
      </dl>
      {entity.notes && entity.notes.length > 0 && (
        <details class="notes">
          <summary>Annotator’s notes ({entity.notes.length})</summary>
          <ul>
            {entity.notes.map((n) => (
              <li>{n}</li>
            ))}
          </ul>
        </details>
      )}
      <p class="actions">
        <a class="button" href={links.graph(entity.id)}>
          Show in graph
        </a>
        <a
          class="button"
          href={links.statements(isActor(entity) ? { speaker: entity.id } : entity.__typename === 'Topic' ? { topic: entity.id } : { about: entity.id })}
        >
          Statements table
        </a>
        <a class="button" href={links.connect(entity.id)}>
          Find a connection
        </a>
      </p>
    </header>
  );
}
