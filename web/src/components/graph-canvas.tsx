import type cytoscape from 'cytoscape';
import type { Core, ElementDefinition, LayoutOptions, StylesheetJson } from 'cytoscape';
import { useEffect, useRef, useState } from 'preact/hooks';

import { ErrorBox, Loading } from './status';

/** Loads cytoscape (and the fCoSE layout) once, on the first graph shown: the rest of the app stays small. */
let library: Promise<typeof import('cytoscape')> | undefined;
function loadCytoscape() {
  library ??= Promise.all([import('cytoscape'), import('cytoscape-fcose')]).then(([cy, fcose]) => {
    const cytoscape = (cy as unknown as { default: typeof import('cytoscape') }).default ?? cy;
    cytoscape.use((fcose as unknown as { default: cytoscape.Ext }).default ?? fcose);
    return cytoscape;
  });
  return library;
}

export interface CanvasProps {
  elements: ElementDefinition[];
  style: StylesheetJson;
  /**
   * fcose (force-directed, for larger graphs), concentric (one entity's neighbourhood: it in the
   * middle, its neighbours in rings) or preset (positions given in the elements).
   */
  layout: 'fcose' | 'concentric' | 'preset';
  /** A node to mark and keep in view. */
  focus?: string;
  selected?: string;
  onSelect?: (id: string | undefined) => void;
  onOpen?: (id: string) => void;
  /** Called with an edge's id when it is clicked (the network view lists its statements). */
  onSelectEdge?: (id: string) => void;
  label: string;
  /** Called with the instance once drawn (tests, "Fit" buttons). */
  onReady?: (cy: Core) => void;
}

/**
 * A cytoscape.js drawing. Keeps node positions when elements are added (expanding a node lays
 * out only around it), highlights a node's neighbourhood on hover or selection, opens a node
 * on double-click. The canvas is labelled for screen readers; views list the same nodes as
 * links beside it for keyboard users.
 */
export function GraphCanvas({ elements, style, layout, focus, selected, onSelect, onOpen, onSelectEdge, label, onReady }: CanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | undefined>(undefined);
  const [error, setError] = useState<Error>();
  const [ready, setReady] = useState(false);
  const handlers = useRef({ onSelect, onOpen, onSelectEdge });
  handlers.current = { onSelect, onOpen, onSelectEdge };

  useEffect(() => {
    let cancelled = false;
    loadCytoscape().then(
      (cytoscape) => {
        if (cancelled || !container.current) return;
        const cy = cytoscape({
          container: container.current,
          style,
          minZoom: 0.1,
          maxZoom: 4,
          wheelSensitivity: 0.3,
          boxSelectionEnabled: false,
          textureOnViewport: true,
          hideEdgesOnViewport: elements.length > 600,
        });
        cy.on('tap', 'node', (e) => handlers.current.onSelect?.(e.target.id()));
        cy.on('tap', 'edge', (e) => handlers.current.onSelectEdge?.(e.target.id()));
        cy.on('tap', (e) => {
          if (e.target === cy) handlers.current.onSelect?.(undefined);
        });
        cy.on('dbltap', 'node', (e) => handlers.current.onOpen?.(e.target.id()));
        cy.on('mouseover', 'node', (e) => highlight(cy, e.target.id()));
        cy.on('mouseout', 'node', () => highlight(cy, cy.$('node:selected').id()));
        cyRef.current = cy;
        setReady(true);
        onReady?.(cy);
      },
      (e: Error) => setError(e),
    );
    return () => {
      cancelled = true;
      cyRef.current?.destroy();
      cyRef.current = undefined;
    };
  }, []);

  // Elements: add what is new, drop what is gone, lay out (new nodes start near their neighbours).
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !ready) return;
    const wanted = new Set(elements.map((e) => e.data.id!));
    const fresh = elements.filter((e) => cy.getElementById(e.data.id!).empty());
    let addedNodes = 0;
    cy.batch(() => {
      cy.elements()
        .filter((e) => !wanted.has(e.id()))
        .remove();
      for (const e of elements) {
        const existing = cy.getElementById(e.data.id!);
        if (existing.nonempty()) {
          existing.data(e.data);
          existing.classes(e.classes ?? '');
        }
      }
      const added = cy.add(fresh);
      addedNodes = added.nodes().length;
      for (const node of added.nodes()) {
        const neighbour = node
          .neighborhood('node')
          .filter((n) => !added.contains(n))
          .nodes()
          .first();
        if (neighbour.nonempty()) {
          const p = neighbour.position();
          node.position({ x: p.x + (Math.random() - 0.5) * 80, y: p.y + (Math.random() - 0.5) * 80 });
        }
      }
    });
    if (fresh.length === 0 && layout !== 'preset') return;
    cy.resize();
    const options: LayoutOptions =
      layout === 'preset'
        ? { name: 'preset', fit: true, padding: 40 }
        : layout === 'concentric'
          ? {
              name: 'concentric',
              fit: true,
              padding: 30,
              animate: false,
              avoidOverlap: true,
              minNodeSpacing: 45,
              // The focused entity alone in the middle, the best-connected neighbours nearest.
              concentric: (node: cytoscape.NodeSingular) => (node.id() === focus ? 1000 : node.degree(false)),
              levelWidth: () => 2,
            }
          : ({
              name: 'fcose',
              quality: elements.length > 400 ? 'draft' : 'default',
              // Only the first layout starts from scratch; later ones refine the current picture.
              randomize: addedNodes === cy.nodes().length,
              animate: elements.length < 300,
              animationDuration: 400,
              // Larger graphs get more room, so labels overlap less before zooming in.
              nodeRepulsion: cy.nodes().length > 50 ? 24000 : 9000,
              idealEdgeLength: cy.nodes().length > 50 ? 150 : 110,
              nodeSeparation: 90,
              packComponents: true,
              fit: true,
              padding: 30,
            } as LayoutOptions);
    const run = cy.layout(options);
    run.one('layoutstop', () => cy.fit(undefined, 30));
    run.run();
  }, [elements, ready, layout]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !ready) return;
    cy.nodes().removeClass('focus');
    if (focus) cy.getElementById(focus).addClass('focus');
  }, [focus, ready, elements]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !ready) return;
    cy.$(':selected').unselect();
    if (selected) cy.getElementById(selected).select();
    highlight(cy, selected);
  }, [selected, ready, elements]);

  if (error) return <ErrorBox error={error} what="the graph library" />;
  return (
    <div class="graph-canvas-wrap">
      {!ready && <Loading label="Drawing the graph…" />}
      <div ref={container} class="graph-canvas" role="img" aria-label={label} data-testid="graph-canvas" />
      <div class="graph-zoom" role="group" aria-label="Zoom">
        <button type="button" class="button small" onClick={() => cyRef.current?.fit(undefined, 30)}>
          Fit
        </button>
        <button type="button" class="button small" aria-label="Zoom in" onClick={() => zoomBy(cyRef.current, 1.3)}>
          +
        </button>
        <button type="button" class="button small" aria-label="Zoom out" onClick={() => zoomBy(cyRef.current, 1 / 1.3)}>
          −
        </button>
      </div>
    </div>
  );
}

function zoomBy(cy: Core | undefined, factor: number) {
  if (!cy) return;
  cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}

/** Fades everything but `id` and its neighbours (nothing faded when `id` is empty). */
function highlight(cy: Core, id: string | undefined) {
  cy.batch(() => {
    cy.elements().removeClass('faded');
    if (!id) return;
    const node = cy.getElementById(id);
    if (node.empty()) return;
    const keep = node.closedNeighborhood();
    cy.elements().not(keep).addClass('faded');
  });
}
