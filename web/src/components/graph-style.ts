import type { ElementDefinition, StylesheetJson } from 'cytoscape';

import { STANCE_COLOURS, TYPE_COLOURS, EntityType } from '../lib/labels';
import { GraphModel, degrees } from '../lib/graph-model';
import { relationWords } from '../lib/relations';

/** Cytoscape elements for a graph model: node size by degree, edge width by statement count. */
export function toElements(model: GraphModel, center?: string): ElementDefinition[] {
  const degree = degrees(model);
  const nodes: ElementDefinition[] = [...model.nodes.values()].map((n) => ({
    group: 'nodes',
    data: {
      id: n.id,
      label: n.name,
      type: n.type,
      colour: TYPE_COLOURS[n.type as EntityType] ?? '#64748b',
      degree: degree.get(n.id) ?? 0,
    },
    classes: n.id === center ? 'center' : '',
  }));
  const edges: ElementDefinition[] = [...model.edges.values()].map((e) => ({
    group: 'edges',
    data: {
      id: e.id,
      source: e.source,
      target: e.target,
      colour: STANCE_COLOURS[e.stance],
      count: Math.max(1, e.statementIds.length),
      label: e.kind === 'relation' ? relationWords(e.relation!) : e.statementIds.length > 1 ? String(e.statementIds.length) : '',
    },
    classes: e.kind,
  }));
  return [...nodes, ...edges];
}

/** Nodes coloured by type, statement edges by stance, relations dashed; labels hide when zoomed out. */
export const GRAPH_STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      label: 'data(label)',
      width: 'mapData(degree, 0, 20, 16, 46)',
      height: 'mapData(degree, 0, 20, 16, 46)',
      'font-size': 11,
      'font-family': 'system-ui, sans-serif',
      color: '#0f172a',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-wrap': 'ellipsis',
      'text-max-width': '130px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.75,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 7,
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node.center, node.focus', style: { 'border-width': 4, 'border-color': '#0f172a', 'font-weight': 'bold', 'z-index': 10 } },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f59e0b', 'z-index': 20 } },
  {
    selector: 'edge',
    style: {
      width: 'mapData(count, 1, 6, 1.5, 6)',
      'line-color': 'data(colour)',
      'target-arrow-color': 'data(colour)',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'curve-style': 'bezier',
      opacity: 0.85,
      label: 'data(label)',
      'font-size': 9,
      color: '#334155',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'min-zoomed-font-size': 9,
    },
  },
  { selector: 'edge.relation', style: { 'line-style': 'dashed', 'line-color': '#334155', 'target-arrow-color': '#334155', width: 1.5 } },
  { selector: '.faded', style: { opacity: 0.12 } },
];
