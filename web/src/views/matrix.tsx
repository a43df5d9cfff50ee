import { useEffect, useMemo } from 'preact/hooks';

import { useAsync, useQuery } from '../api/hooks';
import { cachedRequest } from '../api/client';
import { CELL_POSITIONS, MATRIX, STATEMENTS_BY_ID } from '../api/queries';
import { fetchByIds } from '../api/statements';
import type { EntityRef, PositionData, StatementData } from '../api/types';
import { EntityChip, StanceBadge } from '../components/badges';
import { StatementCard } from '../components/statement-card';
import { ErrorBox, Empty, Loading } from '../components/status';
import { ACTOR_TYPES, STANCE_COLOURS, STANCE_LABELS, STANCE_SYMBOLS, Stance, StanceOrMixed, TYPE_PLURALS } from '../lib/labels';
import { Matrix, MatrixPosition, buildMatrix, cellKey } from '../lib/matrix';
import { Route, links, routeUrl } from '../lib/route';
import { navigate } from '../router';

type MatrixRoute = Extract<Route, { view: 'matrix' }>;

/**
 * Stance matrix: actors (rows) × topics (columns), each cell coloured by the actor's stance
 * (support, oppose, neutral, mixed) with the number of statements; a cell opens its
 * statements below. Arrow keys move between cells.
 */
export function MatrixView({ route }: { route: MatrixRoute }) {
  const { data, error, loading, retry } = useQuery<{ topics: Array<{ id: string; name: string; positions: Array<Omit<PositionData, 'topic'>> }> }>(MATRIX);
  const matrix = useMemo(
    () =>
      buildMatrix((data?.topics ?? []).flatMap((t) => t.positions.map((p) => ({ ...p, topic: { id: t.id, name: t.name } }))) as MatrixPosition[], route.types),
    [data, route.types.join(',')],
  );
  const go = (change: Partial<MatrixRoute>, replace = false) => navigate(routeUrl({ ...route, ...change }), { replace });

  useEffect(() => {
    if (route.cell) document.getElementById('cell-statements')?.focus();
  }, [route.cell?.actor, route.cell?.topic]);

  return (
    <section class="view matrix-view" aria-labelledby="matrix-title">
      <h1 id="matrix-title">Stance matrix</h1>
      <p class="hint">
        Who supports and who opposes what, counted in statements. A cell with more than one stance is <em>mixed</em>: the actor contradicted themself or hedged.
        Click a cell for its statements.
      </p>
      <div class="matrix-tools">
        <fieldset class="type-filter">
          <legend>Actors</legend>
          {ACTOR_TYPES.map((type) => {
            const on = route.types.length === 0 || route.types.includes(type);
            return (
              <label>
                <input
                  type="checkbox"
                  checked={on}
                  onChange={() => {
                    const current = route.types.length === 0 ? [...ACTOR_TYPES] : route.types;
                    const next = on ? current.filter((t) => t !== type) : [...current, type];
                    go({ types: next.length === ACTOR_TYPES.length ? [] : next, cell: undefined }, true);
                  }}
                />{' '}
                {TYPE_PLURALS[type]}
              </label>
            );
          })}
        </fieldset>
        <MatrixLegend />
      </div>
      {error ? (
        <ErrorBox error={error} retry={retry} what="the positions" />
      ) : loading && !data ? (
        <Loading label="Loading positions…" />
      ) : matrix.actors.length === 0 ? (
        <Empty>No stance is recorded{route.types.length ? ' for these kinds of actor' : ''}.</Empty>
      ) : (
        <MatrixTable matrix={matrix} route={route} />
      )}
      {route.cell && <CellStatements actor={route.cell.actor} topic={route.cell.topic} matrix={matrix} closeHref={routeUrl({ ...route, cell: undefined })} />}
    </section>
  );
}

function MatrixLegend() {
  return (
    <ul class="legend matrix-legend" aria-label="Legend">
      {(['SUPPORT', 'OPPOSE', 'NEUTRAL', 'MIXED'] as StanceOrMixed[]).map((s) => (
        <li>
          <span class={`swatch cell-${s.toLowerCase()}`} style={{ background: STANCE_COLOURS[s] }} aria-hidden="true">
            {STANCE_SYMBOLS[s]}
          </span>
          {STANCE_LABELS[s]}
        </li>
      ))}
    </ul>
  );
}

function MatrixTable({ matrix, route }: { matrix: Matrix; route: MatrixRoute }) {
  const selected = route.cell ? cellKey(route.cell.actor, route.cell.topic) : undefined;
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const move = moves[event.key];
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-row]');
    if (!move || !cell) return;
    event.preventDefault();
    let row = Number(cell.dataset.row);
    let col = Number(cell.dataset.col);
    // Skip empty cells in the direction of travel.
    for (let step = 0; step < Math.max(matrix.actors.length, matrix.topics.length); step++) {
      row += move[0];
      col += move[1];
      const next = document.querySelector<HTMLElement>(`.matrix button[data-row="${row}"][data-col="${col}"]`);
      if (next) return next.focus();
      if (row < 0 || col < 0 || row >= matrix.actors.length || col >= matrix.topics.length) return;
    }
  };
  return (
    <div class="table-scroll matrix-scroll" tabIndex={-1}>
      <table class="matrix" onKeyDown={onKeyDown} aria-describedby="matrix-title">
        <caption class="visually-hidden">Actors in rows, topics in columns; each cell gives the stance and the number of statements.</caption>
        <thead>
          <tr>
            <th scope="col" class="corner">
              Actor \ Topic
            </th>
            {matrix.topics.map((t) => (
              <th scope="col" class="topic-head" data-topic-id={t.id}>
                <a href={links.entity(t.id)} title={t.name}>
                  {t.name}
                </a>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.actors.map((a, row) => (
            <tr data-actor-id={a.id}>
              <th scope="row" class="actor-head">
                <EntityChip entity={{ __typename: a.type as EntityRef['__typename'], id: a.id, name: a.name }} />
              </th>
              {matrix.topics.map((t, col) => {
                const cell = matrix.cells.get(cellKey(a.id, t.id));
                if (!cell) return <td class="cell-empty" data-topic-id={t.id} />;
                const key = cellKey(a.id, t.id);
                const parts = (['SUPPORT', 'OPPOSE', 'NEUTRAL'] as Stance[]).filter((s) => cell.counts[s] > 0);
                const label = `${a.name} on ${t.name}: ${STANCE_LABELS[cell.stance].toLowerCase()}, ${parts
                  .map((s) => `${cell.counts[s]} ${STANCE_LABELS[s].toLowerCase()}`)
                  .join(', ')}`;
                return (
                  <td class={`cell cell-${cell.stance.toLowerCase()}`} data-topic-id={t.id} data-stance={cell.stance}>
                    <button
                      type="button"
                      data-row={row}
                      data-col={col}
                      aria-label={label}
                      aria-pressed={selected === key}
                      title={label}
                      onClick={() => navigate(routeUrl({ ...route, cell: { actor: a.id, topic: t.id } }))}
                    >
                      <span aria-hidden="true">{STANCE_SYMBOLS[cell.stance]}</span>
                      <span class="cell-count">{parts.length > 1 ? parts.map((s) => `${STANCE_SYMBOLS[s]}${cell.counts[s]}`).join(' ') : cell.total}</span>
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Statements a cell shows per position (the API's largest page); the statements table has the rest. */
const CELL_STATEMENTS = 100;

/** The statements behind one cell: the actor's positions on the topic, with their evidence. */
function CellStatements({ actor, topic, matrix, closeHref }: { actor: string; topic: string; matrix: Matrix; closeHref: string }) {
  const { data, error, loading, retry } = useAsync(`cell:${actor}~${topic}`, async () => {
    const answer = await cachedRequest<{ node: { positions?: Array<PositionData & { statements: { edges: Array<{ node: { id: string } }> } }> } | null }>(
      CELL_POSITIONS,
      { actor, topic, first: CELL_STATEMENTS },
    );
    const positions = answer.node?.positions ?? [];
    const ids = [...new Set(positions.flatMap((p) => p.statements.edges.map((e) => e.node.id)))];
    return { positions, statements: await fetchByIds<StatementData>(STATEMENTS_BY_ID, ids) };
  });
  const positions = data?.positions ?? [];
  const statements = data?.statements ?? [];
  const total = positions.reduce((sum, p) => sum + p.statementCount, 0);
  const actorName = matrix.actors.find((a) => a.id === actor)?.name ?? positions[0]?.actor.name ?? actor;
  const topicName = matrix.topics.find((t) => t.id === topic)?.name ?? positions[0]?.topic.name ?? topic;
  return (
    <section id="cell-statements" class="panel cell-statements" tabIndex={-1} aria-labelledby="cell-title">
      <h2 id="cell-title">
        {actorName} <span class="muted">on</span> {topicName}
      </h2>
      <p class="actions">
        {positions.map((p) => (
          <StanceBadge stance={p.stance} count={p.statementCount} />
        ))}
        <a href={links.statements({ speaker: actor, topic })}>Open in the statements table</a>
        <a href={closeHref} aria-label="Close the cell's statements">
          Close
        </a>
      </p>
      {error ? (
        <ErrorBox error={error} retry={retry} what="the cell's statements" />
      ) : loading && !data ? (
        <Loading label="Loading statements…" />
      ) : statements.length === 0 ? (
        <Empty>No statement of {actorName} takes a stance on this topic.</Empty>
      ) : (
        <>
          <ol class="statement-list">
            {statements.map((s) => (
              <li>
                <StatementCard statement={s} />
              </li>
            ))}
          </ol>
          {total > statements.length && (
            <p class="muted">
              The first {statements.length} of {total} statements; <a href={links.statements({ speaker: actor, topic })}>the statements table</a> pages through
              all of them.
            </p>
          )}
        </>
      )}
    </section>
  );
}
