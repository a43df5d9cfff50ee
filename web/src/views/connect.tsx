import type { ElementDefinition, StylesheetJson } from 'cytoscape';
import { useEffect, useMemo, useState } from 'preact/hooks';

import { useQuery } from '../api/hooks';
import { CONNECTIONS } from '../api/queries';
import type { EntityRef, GraphPath, PathNode } from '../api/types';
import { EntityPicker, useEntityRef } from '../components/entity-picker';
import { GraphCanvas } from '../components/graph-canvas';
import { ErrorBox, Empty, Loading } from '../components/status';
import { TYPE_COLOURS, EntityType, modeLabel } from '../lib/labels';
import { Route, links, routeUrl } from '../lib/route';
import { navigate } from '../router';
import { pathWords } from '../lib/relations';

type ConnectRoute = Extract<Route, { view: 'connect' }>;

const PATHS = 5;

/**
 * Connection finder: two entities, the shortest paths between them through stated relations
 * and statements (A said something about B), drawn and listed relationship by relationship.
 */
export function ConnectView({ route }: { route: ConnectRoute }) {
  const fromRef = useEntityRef(route.from);
  const toRef = useEntityRef(route.to);
  const [from, setFrom] = useState<EntityRef | undefined>(fromRef);
  const [to, setTo] = useState<EntityRef | undefined>(toRef);
  const [hops, setHops] = useState(route.hops);
  useEffect(() => setFrom(fromRef), [fromRef?.id, fromRef?.name]);
  useEffect(() => setTo(toRef), [toRef?.id, toRef?.name]);
  useEffect(() => setHops(route.hops), [route.hops]);

  const ready = Boolean(route.from && route.to);
  const { data, error, loading, retry } = useQuery<{ connections: GraphPath[] }>(
    CONNECTIONS,
    { from: route.from, to: route.to, maxHops: route.hops, first: PATHS },
    !ready,
  );
  const paths = data?.connections ?? [];

  const submit = (event: Event) => {
    event.preventDefault();
    if (from && to) navigate(routeUrl({ view: 'connect', from: from.id, to: to.id, hops }));
  };

  return (
    <section class="view connect-view" aria-labelledby="connect-title">
      <h1 id="connect-title">Connection finder</h1>
      <form class="connect-form" onSubmit={submit} aria-label="Entities to connect">
        <EntityPicker label="From" value={from} onChange={setFrom} />
        <button
          type="button"
          class="button swap"
          aria-label="Swap from and to"
          title="Swap"
          onClick={() => {
            setFrom(to);
            setTo(from);
          }}
        >
          ⇄
        </button>
        <EntityPicker label="To" value={to} onChange={setTo} />
        <div class="filter-select">
          <label for="connect-hops">At most</label>
          <select id="connect-hops" value={String(hops)} onChange={(e) => setHops(Number((e.target as HTMLSelectElement).value))}>
            {[1, 2, 3, 4, 5, 6].map((n) => (
              <option value={String(n)}>
                {n} {n === 1 ? 'step' : 'steps'}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="button primary" disabled={!from || !to}>
          Find connections
        </button>
      </form>
      {!ready ? (
        <Empty>
          Pick two entities, e.g. <a href={links.connect('person:keir-starmer', 'person:vladimir-putin')}>Keir Starmer and Vladimir Putin</a>.
        </Empty>
      ) : error ? (
        <ErrorBox error={error} retry={retry} what="the connections" />
      ) : loading && !data ? (
        <Loading label="Searching for paths…" />
      ) : paths.length === 0 ? (
        <Empty>
          No connection of at most {route.hops} steps between {fromRef?.name} and {toRef?.name}.
          {route.hops < 6 && (
            <>
              {' '}
              <a href={routeUrl({ ...route, hops: Math.min(6, route.hops + 2) })}>Allow {Math.min(6, route.hops + 2)} steps</a>.
            </>
          )}
        </Empty>
      ) : (
        <Paths paths={paths} from={route.from!} to={route.to!} hops={route.hops} />
      )}
    </section>
  );
}

function Paths({ paths, from, to, hops }: { paths: GraphPath[]; from: string; to: string; hops: number }) {
  const elements = useMemo(() => pathElements(paths), [paths]);
  return (
    <div class="connect-results">
      <p class="result-count" role="status">
        {paths.length} shortest {paths.length === 1 ? 'path' : 'paths'} (at most {hops} steps; shortest first).
      </p>
      <GraphCanvas
        elements={elements}
        style={PATH_STYLE}
        layout="preset"
        focus={undefined}
        onOpen={(id) => !id.startsWith('statement:') && navigate(links.entity(id))}
        onSelect={() => undefined}
        label={`${paths.length} paths from ${nodeName(paths[0].nodes[0])} to ${nodeName(paths[0].nodes[paths[0].nodes.length - 1])}, listed below step by step.`}
      />
      <ol class="paths">
        {paths.map((path, i) => (
          <li class="path" data-path-index={i}>
            <h2>
              Path {i + 1}{' '}
              <span class="muted">
                · {path.length} {path.length === 1 ? 'step' : 'steps'}
              </span>
            </h2>
            <ol class="chain" aria-label={`Path ${i + 1}, relationship by relationship`}>
              <li class="chain-node">
                <NodeLabel node={path.nodes[0]} />
              </li>
              {path.relationships.map((rel, j) => {
                const a = path.nodes[j];
                const b = path.nodes[j + 1];
                const forward = rel.from === a.id;
                return (
                  <>
                    <li class="chain-rel" data-type={rel.type}>
                      <span aria-hidden="true">{forward ? '—' : '←'}</span> <span class="rel-type">{relLabel(rel.type)}</span>
                      {!forward && <span class="visually-hidden"> (pointing back)</span>} <span aria-hidden="true">{forward ? '→' : '—'}</span>
                    </li>
                    <li class="chain-node">
                      <NodeLabel node={b} />
                    </li>
                  </>
                );
              })}
            </ol>
          </li>
        ))}
      </ol>
      <p class="hint">
        Paths follow stated relations and statements (an actor <em>said</em> a statement, the statement is <em>about</em> an entity).{' '}
        <a href={links.graph(from)}>Graph around the first</a> · <a href={links.graph(to)}>around the second</a>
      </p>
    </div>
  );
}

const relLabel = pathWords;

function nodeName(n: PathNode): string {
  return n.name ?? (n.text ? `“${truncate(n.text, 60)}”` : n.id);
}

function NodeLabel({ node }: { node: PathNode }) {
  if (node.__typename === 'Statement') {
    return (
      <a class="path-node statement-node" href={links.evidence(node.id)} title={node.text}>
        <span class="statement-kind">{node.mode ? modeLabel(node.mode) : 'Statement'}</span> “{truncate(node.text ?? '', 70)}”
      </a>
    );
  }
  return (
    <a class="chip path-node" href={links.entity(node.id)} style={{ '--type-colour': TYPE_COLOURS[node.__typename as EntityType] ?? '#64748b' }}>
      <span class="dot" aria-hidden="true" />
      {nodeName(node)}
    </a>
  );
}

function truncate(text: string, n: number): string {
  const chars = Array.from(text);
  return chars.length > n ? `${chars.slice(0, n - 1).join('')}…` : text;
}

/** Paths laid out left to right by step; parallel paths stacked, shared nodes drawn once. */
function pathElements(paths: GraphPath[]): ElementDefinition[] {
  const nodes = new Map<string, ElementDefinition>();
  const edges = new Map<string, ElementDefinition>();
  const rows = new Map<number, number>();
  paths.forEach((path) => {
    path.nodes.forEach((n, i) => {
      if (nodes.has(n.id)) return;
      const last = i === path.nodes.length - 1;
      const column = last ? Math.max(...paths.map((p) => p.length)) : i;
      const row = i === 0 || last ? 0 : (rows.get(column) ?? 0);
      if (i !== 0 && !last) rows.set(column, row + 1);
      const isStatement = n.__typename === 'Statement';
      nodes.set(n.id, {
        group: 'nodes',
        data: {
          id: n.id,
          label: isStatement ? `“${truncate(n.text ?? '', 40)}”` : nodeName(n),
          colour: TYPE_COLOURS[n.__typename as EntityType] ?? '#64748b',
        },
        position: { x: column * 230, y: (row % 2 === 0 ? 1 : -1) * Math.ceil(row / 2) * 100 },
        classes: isStatement ? 'statement' : i === 0 || last ? 'endpoint' : '',
      });
    });
    path.relationships.forEach((r) => {
      const id = `${r.from}-${r.type}-${r.to}`;
      if (!edges.has(id)) edges.set(id, { group: 'edges', data: { id, source: r.from, target: r.to, label: relLabel(r.type) } });
    });
  });
  return [...nodes.values(), ...edges.values()].filter((e) => e.group === 'nodes' || (nodes.has(e.data.source) && nodes.has(e.data.target)));
}

const PATH_STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      label: 'data(label)',
      width: 30,
      height: 30,
      'font-size': 11,
      'font-family': 'system-ui, sans-serif',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '150px',
      color: '#0f172a',
    },
  },
  { selector: 'node.endpoint', style: { width: 42, height: 42, 'border-width': 4, 'border-color': '#0f172a', 'font-weight': 'bold' } },
  { selector: 'node.statement', style: { shape: 'round-rectangle', width: 22, height: 16, 'font-style': 'italic', 'font-size': 10 } },
  {
    selector: 'edge',
    style: {
      width: 2,
      'line-color': '#64748b',
      'target-arrow-color': '#64748b',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': 10,
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      color: '#334155',
    },
  },
];
