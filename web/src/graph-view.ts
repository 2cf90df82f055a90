/**
 * The graph canvas: cytoscape with the fcose layout. It knows nothing of the API; the explorer hands
 * it subgraphs and it reports clicks (select) and double-clicks (expand).
 */
import cytoscape, { type Core, type ElementDefinition, type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { toElements } from './elements.ts';
import { graphStylesheet } from './graph-style.ts';
import type { Subgraph } from './types.ts';

cytoscape.use(fcose);

export interface GraphViewEvents {
  /** A node was clicked (or the background: null). */
  select(id: string | null): void;
  /** A node was double-clicked. */
  expand(id: string): void;
}

/** Above this many nodes the layout is not animated: it would take seconds and help nobody. */
const ANIMATE_BELOW = 120;
/** The closest a fitted layout zooms in. */
const MAX_FIT_ZOOM = 1.25;

export class GraphView {
  readonly #cy: Core;
  #focus: string | null = null;

  constructor(container: HTMLElement, events: GraphViewEvents) {
    this.#cy = cytoscape({
      container,
      style: graphStylesheet(),
      minZoom: 0.15,
      maxZoom: 3,
      wheelSensitivity: 0.3,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    this.#cy.on('tap', 'node', (event) => events.select(event.target.id()));
    this.#cy.on('tap', (event) => {
      if (event.target === this.#cy) events.select(null);
    });
    this.#cy.on('dbltap', 'node', (event) => events.expand(event.target.id()));
    this.#cy.on('mouseover', 'node', (event) => event.target.connectedEdges().addClass('adjacent'));
    this.#cy.on('mouseout', 'node', (event) => event.target.connectedEdges().removeClass('adjacent'));
  }

  /** Replaces the graph and lays it out around `focus`. */
  show(graph: Subgraph, focus: string): Promise<void> {
    this.#focus = focus;
    this.#cy.elements().remove();
    const elements = toElements(graph);
    this.#cy.add([...elements.nodes, ...elements.edges] as ElementDefinition[]);
    this.#cy.getElementById(focus).addClass('focus');
    return this.#layout(true);
  }

  /** Adds what a subgraph brings that is not shown yet, placed around `around`; returns how many nodes were new. */
  async add(graph: Subgraph, around: string): Promise<number> {
    const elements = toElements(graph);
    const origin = this.#cy.getElementById(around);
    const start = origin.nonempty() ? origin.position() : { x: 0, y: 0 };
    const newNodes = elements.nodes.filter((node) => this.#cy.getElementById(node.data.id).empty());
    const newEdges = elements.edges.filter((edge) => this.#cy.getElementById(edge.data.id).empty());
    // New nodes start on a small circle around the expanded node, so the layout pulls them out from there.
    this.#cy.add(
      newNodes.map((node, i) => {
        const angle = (2 * Math.PI * i) / Math.max(1, newNodes.length);
        return { ...node, position: { x: start.x + 40 * Math.cos(angle), y: start.y + 40 * Math.sin(angle) } };
      }) as ElementDefinition[],
    );
    this.#cy.add(newEdges as ElementDefinition[]);
    origin.addClass('expanded');
    if (newNodes.length > 0) await this.#layout(false);
    return newNodes.length;
  }

  markExpanded(id: string): void {
    this.#cy.getElementById(id).addClass('expanded');
  }

  /** Hides the nodes the date filter leaves out (and so their edges). */
  setHidden(ids: ReadonlySet<string>): void {
    this.#cy.batch(() => {
      this.#cy.nodes().forEach((node) => {
        node.toggleClass('date-hidden', ids.has(node.id()));
      });
    });
  }

  select(id: string | null): void {
    this.#cy.batch(() => {
      this.#cy.elements(':selected').unselect();
      if (id !== null) this.#cy.getElementById(id).select();
    });
  }

  /** Marks the nodes and edges of paths (adding any not shown yet); null clears the marks. */
  async highlightPaths(paths: Subgraph[] | null): Promise<void> {
    this.#cy.elements().removeClass('path faded');
    if (paths === null || paths.length === 0) return;
    let added = 0;
    for (const path of paths) added += await this.add(path, path.nodes[0]?.id ?? this.#focus ?? '');
    const ids = new Set(paths.flatMap((path) => [...path.nodes.map((node) => node.id), ...path.edges.map((edge) => edge.id)]));
    this.#cy.batch(() => {
      this.#cy.elements().forEach((element) => {
        element.toggleClass('path', ids.has(element.id()));
        element.toggleClass('faded', !ids.has(element.id()));
      });
    });
    if (added === 0) this.fit();
  }

  has(id: string): boolean {
    return this.#cy.getElementById(id).nonempty();
  }

  /** The nodes on the canvas, for the list view beside it. */
  nodes(): Array<{ id: string; label: string; name: string; hidden: boolean }> {
    return this.#cy.nodes().map((node) => ({
      id: node.id(),
      label: String(node.data('label')),
      name: String(node.data('name')),
      hidden: node.hasClass('date-hidden'),
    }));
  }

  /** Call after the canvas changed size (e.g. a side list opened), then re-fits. */
  resize(): void {
    this.#cy.resize();
    this.fit();
  }

  fit(): void {
    this.#cy.fit(this.#cy.elements(':visible'), 40);
    if (this.#cy.zoom() > MAX_FIT_ZOOM) {
      this.#cy.zoom(MAX_FIT_ZOOM);
      this.#cy.center(this.#cy.elements(':visible'));
    }
  }

  clear(): void {
    this.#focus = null;
    this.#cy.elements().remove();
  }

  #layout(randomize: boolean): Promise<void> {
    const count = this.#cy.nodes().length;
    const animate = count < ANIMATE_BELOW;
    const options = {
      name: 'fcose',
      quality: count > 200 ? 'draft' : 'default',
      randomize,
      animate,
      animationDuration: 400,
      fit: true,
      padding: 40,
      nodeDimensionsIncludeLabels: true,
      idealEdgeLength: () => 90,
      nodeRepulsion: () => 9000,
      edgeElasticity: () => 0.35,
      gravity: 0.3,
      numIter: 2500,
      packComponents: true,
    } as LayoutOptions;
    const layout = this.#cy.layout(options);
    const done = new Promise<void>((resolve) =>
      layout.one('layoutstop', () => {
        // A handful of nodes would otherwise be blown up to fill the canvas.
        if (this.#cy.zoom() > MAX_FIT_ZOOM) {
          this.#cy.zoom(MAX_FIT_ZOOM);
          this.#cy.center();
        }
        resolve();
      }),
    );
    layout.run();
    return done;
  }
}
