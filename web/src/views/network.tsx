import type { ElementDefinition, StylesheetJson } from 'cytoscape';
import { useMemo } from 'preact/hooks';

import { useAsync, useQuery } from '../api/hooks';
import { ACTOR_NETWORK, NETWORK_WINDOWS, STANCE_STATS, STATEMENTS_BY_ID, TOPIC_CHOICES } from '../api/queries';
import { fetchByIds } from '../api/statements';
import type { StatementData } from '../api/types';
import { GraphCanvas } from '../components/graph-canvas';
import { StatementCard } from '../components/statement-card';
import { Empty, ErrorBox, Loading } from '../components/status';
import { MODE_LABELS, PROVENANCE_LABELS, STANCE_COLOURS, TYPE_COLOURS } from '../lib/labels';
import { NetworkQuery, Route, routeUrl } from '../lib/route';
import { navigate } from '../router';

type NetworkRoute = Extract<Route, { view: 'network' }>;

interface NetNode {
  id: string;
  name: string;
  type: string;
  activity: number;
}
interface NetEdge {
  source: string;
  target: string;
  congruence: number;
  conflict: number;
  topicIds: string[];
  statementCount: number;
  statementIds: string[];
}
interface Net {
  actorCount: number;
  edgeCount: number;
  truncated: boolean;
  nodes: NetNode[];
  edges: NetEdge[];
}

/** Agreement and conflict, as the network view draws them. */
const AGREE = STANCE_COLOURS.SUPPORT;
const CONFLICT = STANCE_COLOURS.OPPOSE;

/** The API's statement filter of the view's query (the time window is applied by the windows query). */
function filterOf(q: NetworkQuery): Record<string, unknown> {
  return {
    topics: q.topic ? [q.topic] : null,
    from: q.from ?? null,
    to: q.to ?? null,
    modes: q.mode ? [q.mode] : null,
    provenances: q.provenance ? [q.provenance] : null,
  };
}

/** The export links' query string: the same filter as the view. */
function exportQuery(q: NetworkQuery, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  if (q.topic) params.set('topics', q.topic);
  if (q.from) params.set('from', q.from);
  if (q.to) params.set('to', q.to);
  if (q.mode) params.set('modes', q.mode);
  if (q.provenance) params.set('provenances', q.provenance);
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  const text = params.toString();
  return text ? `?${text}` : '';
}

const STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'background-color': 'data(colour)',
      width: 'data(size)',
      height: 'data(size)',
      'font-size': 11,
      'text-valign': 'bottom',
      'text-margin-y': 4,
    },
  },
  { selector: 'edge', style: { width: 'data(width)', 'curve-style': 'bezier', opacity: 0.75 } },
  { selector: 'edge.agree', style: { 'line-color': AGREE } },
  { selector: 'edge.conflict', style: { 'line-color': CONFLICT, 'line-style': 'solid' } },
  { selector: 'edge:selected', style: { opacity: 1, 'overlay-opacity': 0.15 } },
];

function elementsOf(net: Net): ElementDefinition[] {
  const most = Math.max(1, ...net.nodes.map((n) => n.activity));
  const heaviest = Math.max(1, ...net.edges.map((e) => Math.max(e.congruence, e.conflict)));
  const width = (w: number) => 1 + (7 * w) / heaviest;
  return [
    ...net.nodes.map((n) => ({
      data: { id: n.id, label: n.name, colour: TYPE_COLOURS[n.type as keyof typeof TYPE_COLOURS] ?? '#64748b', size: 14 + (30 * n.activity) / most },
    })),
    ...net.edges.flatMap((e) => [
      ...(e.congruence > 0
        ? [{ data: { id: `agree:${e.source}~${e.target}`, source: e.source, target: e.target, width: width(e.congruence) }, classes: 'agree' }]
        : []),
      ...(e.conflict > 0
        ? [{ data: { id: `conflict:${e.source}~${e.target}`, source: e.source, target: e.target, width: width(e.conflict) }, classes: 'conflict' }]
        : []),
    ]),
  ];
}

/**
 * The discourse network (docs/networks.md): actors sized by activity, agreement (congruence)
 * and conflict as two colours of edge, wider the heavier; filters by topic, dates, mode and
 * provenance; a slider over the months; an edge's statements with their evidence; statements
 * per month by stance; and the exports of what is shown.
 */
export function NetworkView({ route }: { route: NetworkRoute }) {
  const q = route.query;
  const go = (change: Partial<NetworkQuery>, replace = true) => navigate(routeUrl({ view: 'network', query: { ...q, ...change } }), { replace });
  const filter = filterOf(q);
  const topics = useQuery<{ topics: Array<{ id: string; name: string }> }>(TOPIC_CHOICES);
  const whole = useQuery<{ actorNetwork: Net }>(ACTOR_NETWORK, { filter });
  const windows = useQuery<{ networkWindows: Array<{ from: string; to: string; network: Net }> }>(NETWORK_WINDOWS, { filter });
  const stats = useQuery<{ statementStats: { groups: Array<{ period: string | null; stance: string; count: number }> } }>(STANCE_STATS, { filter });
  const months = windows.data?.networkWindows ?? [];
  const index = q.window !== undefined ? Number(q.window) : -1;
  const month = index >= 0 && index < months.length ? months[index] : undefined;
  const net = month ? month.network : whole.data?.actorNetwork;
  const elements = useMemo(() => (net ? elementsOf(net) : []), [net]);
  const names = new Map((net?.nodes ?? []).map((n) => [n.id, n.name]));
  const chosen = q.edge ? net?.edges.find((e) => `${e.source}~${e.target}` === q.edge) : undefined;

  return (
    <section class="view network-view" aria-labelledby="network-title">
      <h1 id="network-title">Discourse network</h1>
      <p class="hint">
        Actors who take stances on the same topics, sized by how much they say. <span style={{ color: AGREE }}>Green</span> edges: they agree (congruence);{' '}
        <span style={{ color: CONFLICT }}>red</span>: they disagree (conflict); wider is more. Click an edge for its statements.
      </p>
      <form class="network-filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          Topic{' '}
          <select value={q.topic ?? ''} onChange={(e) => go({ topic: (e.target as HTMLSelectElement).value || undefined, edge: undefined, window: undefined })}>
            <option value="">All topics</option>
            {(topics.data?.topics ?? []).map((t) => (
              <option value={t.id}>{t.name}</option>
            ))}
          </select>
        </label>
        <label>
          From <input type="date" value={q.from ?? ''} onChange={(e) => go({ from: (e.target as HTMLInputElement).value || undefined, window: undefined })} />
        </label>
        <label>
          To <input type="date" value={q.to ?? ''} onChange={(e) => go({ to: (e.target as HTMLInputElement).value || undefined, window: undefined })} />
        </label>
        <label>
          Mode{' '}
          <select value={q.mode ?? ''} onChange={(e) => go({ mode: (e.target as HTMLSelectElement).value || undefined, edge: undefined })}>
            <option value="">Any</option>
            {Object.entries(MODE_LABELS).map(([value, label]) => (
              <option value={value}>{label}</option>
            ))}
          </select>
        </label>
        <label>
          Provenance{' '}
          <select value={q.provenance ?? ''} onChange={(e) => go({ provenance: (e.target as HTMLSelectElement).value || undefined, edge: undefined })}>
            <option value="">Any</option>
            {Object.entries(PROVENANCE_LABELS).map(([value, label]) => (
              <option value={value}>{label}</option>
            ))}
          </select>
        </label>
      </form>
      {months.length > 0 && (
        <label class="network-slider">
          Month: <strong>{month ? month.from.slice(0, 7) : 'all'}</strong>{' '}
          <input
            type="range"
            min={-1}
            max={months.length - 1}
            value={month ? index : -1}
            aria-label="Time window"
            onInput={(e) => {
              const v = Number((e.target as HTMLInputElement).value);
              go({ window: v < 0 ? undefined : String(v), edge: undefined });
            }}
          />
        </label>
      )}
      {whole.error ? (
        <ErrorBox error={whole.error} retry={whole.retry} what="the network" />
      ) : !net ? (
        <Loading label="Computing the network…" />
      ) : net.nodes.length === 0 ? (
        <Empty>No statement with a speaker and a stance matches these filters.</Empty>
      ) : (
        <>
          <GraphCanvas
            elements={elements}
            style={STYLE}
            layout="fcose"
            label={`Discourse network of ${net.nodes.length} actors`}
            onSelectEdge={(id) => go({ edge: id.slice(id.indexOf(':') + 1) }, false)}
          />
          {net.truncated && (
            <p class="hint">
              Showing the {net.nodes.length} most active of {net.actorCount} actors.
            </p>
          )}
          <table class="network-edges">
            <caption>Pairs of actors, most shared first</caption>
            <thead>
              <tr>
                <th scope="col">Actors</th>
                <th scope="col">Agreement</th>
                <th scope="col">Conflict</th>
                <th scope="col">Statements</th>
              </tr>
            </thead>
            <tbody>
              {net.edges.map((e) => (
                <tr data-edge={`${e.source}~${e.target}`} aria-selected={chosen === e}>
                  <td>
                    {names.get(e.source)} — {names.get(e.target)}
                  </td>
                  <td>{e.congruence}</td>
                  <td>{e.conflict}</td>
                  <td>
                    <a href={routeUrl({ view: 'network', query: { ...q, edge: `${e.source}~${e.target}` } })}>{e.statementCount} statements</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {chosen && <EdgeStatements edge={chosen} names={names} closeHref={routeUrl({ view: 'network', query: { ...q, edge: undefined } })} />}
      <StanceChart groups={stats.data?.statementStats.groups ?? []} />
      <nav class="network-downloads" aria-label="Downloads">
        <h2>Download</h2>
        <a href={`/export/network.graphml${exportQuery(q, { aggregation: 'SUBTRACT' })}`} download>
          Network (GraphML)
        </a>{' '}
        <a href={`/export/network.csv${exportQuery(q, { aggregation: 'SUBTRACT', part: 'nodes' })}`} download>
          Nodes (CSV)
        </a>{' '}
        <a href={`/export/network.csv${exportQuery(q, { aggregation: 'SUBTRACT', part: 'edges' })}`} download>
          Edges (CSV)
        </a>{' '}
        <a href={`/export/network.json${exportQuery(q, { aggregation: 'SUBTRACT' })}`} download>
          Network (JSON)
        </a>{' '}
        <a href={`/export/statements.csv${exportQuery(q)}`} download>
          Statements (CSV)
        </a>{' '}
        <a href={`/export/statements.jsonl${exportQuery(q)}`} download>
          Statements (JSON Lines)
        </a>
      </nav>
    </section>
  );
}

function EdgeStatements({ edge, names, closeHref }: { edge: NetEdge; names: Map<string, string>; closeHref: string }) {
  const ids = edge.statementIds;
  const { data, error, loading, retry } = useAsync(`edge:${ids.join(',')}`, () => fetchByIds<StatementData>(STATEMENTS_BY_ID, ids));
  return (
    <section class="edge-statements" aria-labelledby="edge-title">
      <h2 id="edge-title">
        {names.get(edge.source)} and {names.get(edge.target)}: agreement {edge.congruence}, conflict {edge.conflict}
      </h2>
      <a href={closeHref}>Close</a>
      {error ? (
        <ErrorBox error={error} retry={retry} what="the statements" />
      ) : loading || !data ? (
        <Loading label="Loading the statements…" />
      ) : (
        data.map((s) => <StatementCard statement={s} />)
      )}
    </section>
  );
}

const STANCES = ['SUPPORT', 'NEUTRAL', 'OPPOSE'] as const;

/** Statements per month, stacked by stance, as an SVG bar chart with a table for screen readers. */
function StanceChart({ groups }: { groups: Array<{ period: string | null; stance: string; count: number }> }) {
  const months = [...new Set(groups.filter((g) => g.period).map((g) => g.period!))];
  if (months.length === 0) return null;
  const count = (m: string, s: string) => groups.find((g) => g.period === m && g.stance === s)?.count ?? 0;
  const totals = months.map((m) => STANCES.reduce((t, s) => t + count(m, s), 0));
  const most = Math.max(1, ...totals);
  const [w, h, bar] = [Math.max(240, months.length * 28), 140, 20];
  return (
    <figure class="stance-chart">
      <figcaption>Statements per month, by stance</figcaption>
      <svg width={w} height={h + 20} role="img" aria-label="Statements per month by stance">
        {months.map((m, i) => {
          let y = h;
          return (
            <g>
              {STANCES.map((s) => {
                const height = (h * count(m, s)) / most;
                y -= height;
                return <rect x={i * 28 + 4} y={y} width={bar} height={height} fill={STANCE_COLOURS[s]} />;
              })}
              <text x={i * 28 + 4} y={h + 14} font-size="9">
                {m.slice(2, 7)}
              </text>
            </g>
          );
        })}
      </svg>
      <table class="visually-hidden">
        <thead>
          <tr>
            <th scope="col">Month</th>
            {STANCES.map((s) => (
              <th scope="col">{s}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {months.map((m) => (
            <tr>
              <th scope="row">{m.slice(0, 7)}</th>
              {STANCES.map((s) => (
                <td>{count(m, s)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
