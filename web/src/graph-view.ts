/**
 * The graph canvas: cytoscape with the fcose layout. It knows nothing of the API; the explorer hands
 * it subgraphs and it reports clicks (select) and double-clicks (expand).
 */
import cytoscape, { type Core, type ElementDefinition, type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { edgeKey, toElements } from './elements.ts';
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
/** Below this zoom people's and countries' names are too small to read. */
const MIN_READABLE_ZOOM = 0.6;

export class GraphView {
  readonly #cy: Core;
  #focus: string | null = null;
  #dateHidden: ReadonlySet<string> = new Set();
  #hiddenLabels: ReadonlySet<string> = new Set();

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
    this.#applyFilters();
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
    const before = this.#cy.nodes(':visible').length - newNodes.length;
    this.#applyFilters();
    const shown = this.#cy.nodes(':visible').length - before;
    if (shown !== 0) await this.#layout(false);
    return Math.max(0, shown);
  }

  markExpanded(id: string): void {
    this.#cy.getElementById(id).addClass('expanded');
  }

  /** Hides the nodes the date filter leaves out (and so their edges). */
  setDateHidden(ids: ReadonlySet<string>): Promise<void> {
    this.#dateHidden = ids;
    return this.#updateVisibility();
  }

  /** Hides every node of these labels, e.g. `Article`. */
  setHiddenLabels(labels: ReadonlySet<string>): Promise<void> {
    this.#hiddenLabels = labels;
    return this.#updateVisibility();
  }

  /**
   * Applies the filters. A node left with no visible neighbour is hidden too (articles link
   * everything they mention, so without them many nodes would float unconnected), except the
   * nodes the user asked for: the focus, the expanded, the selected and those on a path.
   */
  async #updateVisibility(): Promise<void> {
    const before = this.#cy.nodes(':visible').length;
    this.#applyFilters();
    if (this.#cy.nodes(':visible').length !== before) await this.#layout(false);
  }

  #applyFilters(): void {
    const direct = new Set<string>();
    this.#cy.nodes().forEach((node) => {
      // A path the user asked for shows whole, even through a kind the legend switched off.
      if (node.hasClass('path')) return;
      if (this.#dateHidden.has(node.id()) || this.#hiddenLabels.has(String(node.data('label')))) direct.add(node.id());
    });
    this.#cy.batch(() => {
      this.#cy.nodes().forEach((node) => {
        const keep = node.hasClass('focus') || node.hasClass('expanded') || node.selected() || node.hasClass('path');
        const orphan = !keep && node.neighborhood('node').map((neighbour) => neighbour.id()).every((id) => direct.has(id));
        node.toggleClass('filtered', direct.has(node.id()) || orphan);
      });
    });
  }

  select(id: string | null): void {
    this.#cy.batch(() => {
      this.#cy.elements(':selected').unselect();
      if (id !== null) this.#cy.getElementById(id).select();
    });
    // A node hidden for want of visible neighbours shows while selected.
    void this.#updateVisibility().then(() => {
      if (id !== null) this.#reveal(id);
    });
  }

  /** Pans to a node outside the visible part of the canvas (e.g. one picked from the list). */
  #reveal(id: string): void {
    const node = this.#cy.getElementById(id);
    if (node.empty() || !node.visible()) return;
    const { x, y } = node.renderedPosition();
    const inside = x > 20 && y > 20 && x < this.#cy.width() - 20 && y < this.#cy.height() - 20;
    if (!inside) this.#cy.animate({ center: { eles: node } }, { duration: 250 });
  }

  /** Marks the nodes and edges of paths (adding any not shown yet); null clears the marks. */
  async highlightPaths(paths: Subgraph[] | null): Promise<void> {
    this.#cy.elements().removeClass('path faded');
    if (paths === null || paths.length === 0) {
      await this.#updateVisibility();
      return;
    }
    const ids = new Set(paths.flatMap((path) => [...path.nodes.map((node) => node.id), ...path.edges.map((edge) => edgeKey(edge))]));
    const merged = paths.reduce((all, path) => ({ nodes: [...all.nodes, ...path.nodes], edges: [...all.edges, ...path.edges] }), { nodes: [], edges: [] } as Subgraph);
    const elements = toElements(merged);
    const missing = [...elements.nodes, ...elements.edges].filter((element) => this.#cy.getElementById(element.data.id).empty());
    // New nodes join the path's first node, from where the layout pulls them into place.
    const start = this.#cy.getElementById(paths[0]?.nodes[0]?.id ?? '').position() ?? { x: 0, y: 0 };
    this.#cy.add(missing.map((element) => (element.group === 'nodes' ? { ...element, position: { ...start } } : element)) as ElementDefinition[]);
    this.#cy.batch(() => {
      this.#cy.elements().forEach((element) => {
        element.toggleClass('path', ids.has(element.id()));
        element.toggleClass('faded', !ids.has(element.id()));
      });
    });
    this.#applyFilters();
    await this.#layout(false);
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
      hidden: node.hasClass('filtered'),
    }));
  }

  /** Call after the canvas changed size (e.g. a side list opened), then re-fits. */
  resize(): void {
    this.#cy.resize();
    this.#readableZoom();
  }

  /** Shows the whole graph, however small that makes it. */
  fit(): void {
    this.#cy.fit(this.#cy.elements(':visible'), 40);
    if (this.#cy.zoom() > MAX_FIT_ZOOM) {
      this.#cy.zoom(MAX_FIT_ZOOM);
      this.#cy.center(this.#cy.elements(':visible'));
    }
  }

  /**
   * After a layout: the whole graph when its names stay readable; otherwise (a few hundred nodes)
   * a readable zoom centred on the focus, and "Fit to view" shows everything.
   */
  #readableZoom(): void {
    this.fit();
    if (this.#cy.zoom() >= MIN_READABLE_ZOOM) return;
    const selected = this.#cy.nodes(':selected');
    const focus = selected.nonempty() ? selected : this.#focus === null ? this.#cy.collection() : this.#cy.getElementById(this.#focus);
    this.#cy.zoom(MIN_READABLE_ZOOM);
    this.#cy.center(focus.nonempty() ? focus : this.#cy.elements(':visible'));
  }

  clear(): void {
    this.#focus = null;
    this.#cy.elements().remove();
  }

  #layout(randomize: boolean): Promise<void> {
    const visible = this.#cy.elements(':visible');
    const count = visible.nodes().length;
    // A fresh layout starts from random places; animating that shows only noise.
    const animate = !randomize && count < ANIMATE_BELOW;
    const options = {
      name: 'fcose',
      // 'draft' is the spectral layout alone, which only places nodes from random positions: an incremental layout
      // of a large graph (after an expansion) must be 'default', or fcose has no spectral result to move.
      quality: randomize && count > 200 ? 'draft' : 'default',
      randomize,
      animate,
      animationDuration: 400,
      // Fitting is done once the layout stops, by #readableZoom.
      fit: false,
      padding: 40,
      nodeDimensionsIncludeLabels: true,
      idealEdgeLength: () => (count > 80 ? 110 : 90),
      nodeRepulsion: () => (count > 80 ? 20000 : 9000),
      nodeSeparation: 90,
      edgeElasticity: () => 0.35,
      gravity: 0.2,
      gravityRange: 3.8,
      numIter: 2500,
      packComponents: true,
    } as LayoutOptions;
    const layout = visible.layout(options);
    const done = new Promise<void>((resolve) =>
      layout.one('layoutstop', () => {
        this.#readableZoom();
        resolve();
      }),
    );
    layout.run();
    return done;
  }
}
