import { useEffect, useMemo, useState } from 'preact/hooks';

import { loadAll, loadNeighbourhoods } from '../api/graph';
import { useAsync } from '../api/hooks';
import { EntityPicker, useEntityRef } from '../components/entity-picker';
import { GraphCanvas } from '../components/graph-canvas';
import { GRAPH_STYLE, toElements } from '../components/graph-style';
import { ErrorBox, Empty, Loading } from '../components/status';
import { ENTITY_TYPES, STANCE_COLOURS, STANCE_LABELS, TYPE_COLOURS, EntityType } from '../lib/labels';
import { GraphModel } from '../lib/graph-model';
import { relationWords } from '../lib/relations';
import { Route, links, routeUrl } from '../lib/route';
import { navigate } from '../router';

type GraphRoute = Extract<Route, { view: 'graph' }>;

/**
 * Graph view: the neighbourhood of an entity (what it said and about whom, what was said about
 * it, its stated relations), or the whole graph. Nodes are coloured by type, statement edges by
 * stance; click selects, double-click opens, "Expand" adds a node's own neighbourhood.
 */
export function GraphView({ route }: { route: GraphRoute }) {
  const center = useEntityRef(route.id);
  const ids = route.id ? [route.id, ...route.expand.filter((x) => x !== route.id)] : [];
  const key = route.all ? 'all' : ids.length > 0 ? ids.join(',') : null;
  const { data: model, error, loading, retry } = useAsync(key, () => (route.all ? loadAll() : loadNeighbourhoods(ids)));
  const [selected, setSelected] = useState<string>();
  const go = (change: Partial<GraphRoute>) => navigate(routeUrl({ ...route, ...change }));

  useEffect(() => setSelected(undefined), [key]);
  useEffect(() => {
    document.title = `${route.all ? 'Whole graph' : center ? `Graph: ${center.name}` : 'Graph'} · stancegraph`;
  }, [route.all, center?.name]);

  const elements = useMemo(() => (model ? toElements(model, route.id) : []), [model, route.id]);
  const nodes = useMemo(() => (model ? [...model.nodes.values()].sort((a, b) => a.name.localeCompare(b.name)) : []), [model]);
  const node = selected ? model?.nodes.get(selected) : undefined;

  return (
    <section class="view graph-view" aria-labelledby="graph-title">
      <h1 id="graph-title">{route.all ? 'Whole graph' : center ? `Graph around ${center.name}` : 'Graph'}</h1>
      <div class="graph-toolbar">
        <EntityPicker label="Centre on" value={route.all ? undefined : center} onChange={(v) => v && navigate(links.graph(v.id))} placeholder="Any entity…" />
        <div class="toolbar-actions">
          {route.all ? (
            route.id && (
              <button type="button" class="button" onClick={() => go({ all: false })}>
                Back to the neighbourhood
              </button>
            )
          ) : (
            <button type="button" class="button" onClick={() => go({ all: true })}>
              Show the whole graph
            </button>
          )}
          {route.expand.length > 0 && !route.all && (
            <button type="button" class="button" onClick={() => go({ expand: [] })}>
              Collapse expansions ({route.expand.length})
            </button>
          )}
        </div>
      </div>
      {!key ? (
        <Empty>
          Pick an entity to see its neighbourhood, or <a href="/graph?all=1">show the whole graph</a>.
        </Empty>
      ) : error ? (
        <ErrorBox error={error} retry={retry} what="the graph" />
      ) : loading && !model ? (
        <Loading label="Loading the graph…" />
      ) : model && model.nodes.size === 0 ? (
        <Empty>{center?.name ?? route.id} has no statements or relations to draw.</Empty>
      ) : model ? (
        <div class="graph-layout">
          <div class="graph-main">
            <GraphCanvas
              elements={elements}
              style={GRAPH_STYLE}
              layout={route.all || route.expand.length > 0 ? 'fcose' : 'concentric'}
              focus={route.all ? undefined : route.id}
              selected={selected}
              onSelect={setSelected}
              onOpen={(id) => navigate(links.entity(id))}
              label={`Graph of ${model.nodes.size} entities and ${model.edges.size} connections${center && !route.all ? ` around ${center.name}` : ''}. The same entities are listed beside it.`}
            />
            <GraphLegend />
            <p class="hint">
              {model.nodes.size} entities · {model.edges.size} connections. Click a node to select it, double-click to open its page; scroll to zoom, drag to
              pan.
            </p>
          </div>
          <aside class="graph-side panel" aria-label="Selected entity and list of entities">
            {node ? (
              <div class="selected-node" aria-live="polite">
                <h2>{node.name}</h2>
                <p class="muted">{node.type}</p>
                <p class="actions">
                  <a class="button primary" href={links.entity(node.id)}>
                    Open page
                  </a>
                  {!route.all && !ids.includes(node.id) && (
                    <button type="button" class="button" onClick={() => go({ expand: [...route.expand, node.id] })}>
                      Expand
                    </button>
                  )}
                  {node.id !== route.id && (
                    <a class="button" href={links.graph(node.id)}>
                      Centre here
                    </a>
                  )}
                </p>
                <NodeEdges model={model} id={node.id} />
              </div>
            ) : (
              <p class="muted">Select a node (or a name below) to see its connections.</p>
            )}
            <h2 class="list-title">Entities ({nodes.length})</h2>
            <ul class="node-list">
              {nodes.map((n) => (
                <li>
                  <button
                    type="button"
                    class={`node-button${n.id === selected ? ' selected' : ''}`}
                    aria-pressed={n.id === selected}
                    onClick={() => setSelected(n.id)}
                    style={{ '--type-colour': TYPE_COLOURS[n.type as EntityType] ?? '#64748b' }}
                  >
                    <span class="dot" aria-hidden="true" />
                    {n.name}
                  </button>
                </li>
              ))}
            </ul>
          </aside>
        </div>
      ) : null}
    </section>
  );
}

function NodeEdges({ model, id }: { model: GraphModel; id: string }) {
  const edges = [...model.edges.values()].filter((e) => e.source === id || e.target === id);
  return (
    <ul class="node-edges">
      {edges.map((e) => {
        const out = e.source === id;
        const other = model.nodes.get(out ? e.target : e.source)!;
        const what =
          e.kind === 'relation'
            ? out
              ? relationWords(e.relation!)
              : `${relationWords(e.relation!)} (inverse)`
            : out
              ? `said about (${e.statementIds.length})`
              : `was talked about by (${e.statementIds.length})`;
        return (
          <li>
            <span class="muted">{what}</span> <a href={links.entity(other.id)}>{other.name}</a>
            {e.kind === 'statement' && e.stance !== 'NONE' && <span class={`badge stance stance-${e.stance.toLowerCase()}`}>{STANCE_LABELS[e.stance]}</span>}
          </li>
        );
      })}
    </ul>
  );
}

function GraphLegend() {
  return (
    <div class="legend graph-legend" aria-label="Legend">
      <ul aria-label="Node colours by type">
        {ENTITY_TYPES.map((t) => (
          <li>
            <span class="swatch round" style={{ background: TYPE_COLOURS[t] }} aria-hidden="true" />
            {t}
          </li>
        ))}
      </ul>
      <ul aria-label="Edge colours">
        {(['SUPPORT', 'OPPOSE', 'NEUTRAL', 'MIXED'] as const).map((s) => (
          <li>
            <span class="swatch line" style={{ background: STANCE_COLOURS[s] }} aria-hidden="true" />
            {STANCE_LABELS[s]} (statement on a topic)
          </li>
        ))}
        <li>
          <span class="swatch line" style={{ background: STANCE_COLOURS.NONE }} aria-hidden="true" />
          Statement about
        </li>
        <li>
          <span class="swatch line dashed" aria-hidden="true" />
          Stated relation
        </li>
      </ul>
    </div>
  );
}
