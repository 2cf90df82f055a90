/**
 * The explorer page's controller: keeps the view state (which the URL mirrors), asks the API for
 * what the view needs and hands it to the graph, the panel, the node list and the timeline.
 */
import { describeApiError } from './api-client.ts';
import type { ExplorerApi } from './api.ts';
import { ArticleDialog } from './article-dialog.ts';
import { DATED_LABELS, hiddenByDate, isIsoDate } from './date-filter.ts';
import { byId, h } from './dom.ts';
import { mergeSubgraphs } from './elements.ts';
import { GraphView } from './graph-view.ts';
import { KIND_STYLES } from './graph-style.ts';
import { NodeList } from './node-list.ts';
import { Panel } from './panel.ts';
import { SearchBox } from './search-box.ts';
import { TimelineStrip } from './timeline.ts';
import type { Subgraph } from './types.ts';
import { decodeViewState, encodeViewState, EMPTY_VIEW, sameView, type ViewState } from './url-state.ts';

/** What is on the canvas now, so a state change only fetches what differs. */
interface Loaded {
  entity: string;
  depth: number;
  expanded: string[];
  graph: Subgraph;
}

export class Explorer {
  readonly #api: ExplorerApi;
  readonly #graph: GraphView;
  readonly #panel: Panel;
  readonly #list: NodeList;
  readonly #timeline: TimelineStrip;
  readonly #article: ArticleDialog;
  readonly #search: SearchBox;
  readonly #pathSearch: SearchBox;
  readonly #status: HTMLElement;
  readonly #depth: HTMLSelectElement;
  readonly #from: HTMLInputElement;
  readonly #to: HTMLInputElement;
  readonly #pathClear: HTMLButtonElement;
  readonly #pathInfo: HTMLElement;
  #state: ViewState = EMPTY_VIEW;
  #loaded: Loaded | null = null;
  #dates = new Map<string, string | null>();
  #names = new Map<string, string>();
  /**
   * Kinds the legend has switched off. Articles start off: they link every entity they mention, which
   * at two hops ties everything to everything; the panel still lists them as evidence.
   */
  #hiddenLabels = new Set<string>(['Article']);
  /** Bumped by each state change, so the answers of an outdated one are dropped. */
  #generation = 0;

  constructor(api: ExplorerApi) {
    this.#api = api;
    this.#status = byId('graph-status', HTMLElement);
    this.#depth = byId('depth', HTMLSelectElement);
    this.#from = byId('date-from', HTMLInputElement);
    this.#to = byId('date-to', HTMLInputElement);
    this.#pathClear = byId('path-clear', HTMLButtonElement);
    this.#pathInfo = byId('path-info', HTMLElement);
    this.#graph = new GraphView(byId('graph', HTMLElement), {
      select: (id) => this.update({ selected: id }, 'replace'),
      expand: (id) => void this.expand(id),
    });
    this.#panel = new Panel(byId('panel', HTMLElement), api, {
      select: (id) => this.update({ selected: id }, 'replace'),
      focus: (id, name) => this.focus(id, name),
      expand: (id) => void this.expand(id),
      pathTo: (id, name) => this.#setPathTo(id, name),
      openArticle: (id, evidence) => void this.#article.open(id, evidence),
    });
    this.#list = new NodeList(byId('node-list', HTMLDetailsElement), {
      select: (id) => this.update({ selected: id }, 'replace'),
      expand: (id) => void this.expand(id),
    });
    this.#timeline = new TimelineStrip(byId('timeline', HTMLElement), api, (id) => this.update({ selected: id }, 'replace'));
    this.#article = new ArticleDialog(byId('article-dialog', HTMLDialogElement), api);
    this.#search = new SearchBox({
      input: byId('search', HTMLInputElement),
      listbox: byId('search-suggestions', HTMLUListElement),
      search: (query, signal) => api.search(query, signal),
      pick: (entity) => this.focus(entity.id, entity.name),
    });
    this.#pathSearch = new SearchBox({
      input: byId('path-to', HTMLInputElement),
      listbox: byId('path-suggestions', HTMLUListElement),
      search: (query, signal) => api.search(query, signal),
      pick: (entity) => this.#setPathTo(entity.id, entity.name),
    });
    this.#depth.addEventListener('change', () => this.update({ depth: Number(this.#depth.value) }, 'push'));
    const onDates = () => {
      const from = isIsoDate(this.#from.value) ? this.#from.value : null;
      const to = isIsoDate(this.#to.value) ? this.#to.value : null;
      this.update({ from, to }, 'replace');
    };
    this.#from.addEventListener('change', onDates);
    this.#to.addEventListener('change', onDates);
    byId('dates-clear', HTMLButtonElement).addEventListener('click', () => this.update({ from: null, to: null }, 'replace'));
    this.#pathClear.addEventListener('click', () => {
      this.#pathSearch.setText('');
      this.update({ pathTo: null }, 'push');
    });
    byId('fit', HTMLButtonElement).addEventListener('click', () => this.#graph.fit());
    // The open node list takes a column of the graph area, so the canvas shrinks beside it.
    const nodeList = byId('node-list', HTMLDetailsElement);
    nodeList.addEventListener('toggle', () => {
      byId('graph-area', HTMLElement).classList.toggle('list-open', nodeList.open);
      this.#graph.resize();
    });
    window.addEventListener('popstate', () => void this.#apply(decodeViewState(location.search)));
    this.#renderLegend();
    void this.#graph.setHiddenLabels(this.#hiddenLabels);
  }

  /** Shows the view the URL describes. */
  start(): Promise<void> {
    return this.#apply(decodeViewState(location.search));
  }

  /** Centres the graph on an entity: a new view, kept in history. */
  focus(id: string, name: string): void {
    this.#names.set(id, name);
    this.#search.setText(name);
    this.update({ entity: id, selected: id, expanded: [], pathTo: null }, 'push');
  }

  /** Adds a node's neighbours to the graph. */
  async expand(id: string): Promise<void> {
    if (this.#state.entity === null || this.#state.expanded.includes(id) || id === this.#state.entity) {
      this.update({ selected: id }, 'replace');
      return;
    }
    this.update({ expanded: [...this.#state.expanded, id], selected: id }, 'push');
  }

  update(change: Partial<ViewState>, history: 'push' | 'replace'): void {
    const next = { ...this.#state, ...change };
    if (sameView(next, this.#state)) return;
    const url = `${location.pathname}${encodeViewState(next)}`;
    if (history === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    void this.#apply(next);
  }

  async #apply(state: ViewState): Promise<void> {
    const previous = this.#state;
    this.#state = state;
    const generation = ++this.#generation;
    this.#depth.value = String(state.depth);
    this.#from.value = state.from ?? '';
    this.#to.value = state.to ?? '';
    byId('app', HTMLElement).classList.toggle('has-graph', state.entity !== null);

    if (state.entity === null) {
      this.#loaded = null;
      this.#graph.clear();
      this.#list.render([], null, new Set());
      this.#timeline.clear();
      this.#search.setText('');
      this.#panel.showIntro();
      this.#setPathControls(null);
      await this.#showEmptyState();
      return;
    }

    // The panel needs only the id, so it loads while the graph does.
    const shown = state.selected ?? state.entity;
    const panelDone = this.#panel.showing === shown ? Promise.resolve() : this.#panel.show(shown).catch((error: unknown) => this.#panel.showError(describeApiError(error)));
    try {
      const changed = await this.#ensureGraph(state, generation);
      if (generation !== this.#generation) return;
      await this.#applyDates();
      this.#graph.select(state.selected !== null && this.#graph.has(state.selected) ? state.selected : null);
      if (changed || previous.pathTo !== state.pathTo) await this.#showPaths(state, generation);
      if (generation !== this.#generation) return;
      this.#renderList();
      if (changed || previous.from !== state.from || previous.to !== state.to || previous.pathTo !== state.pathTo) void this.#showTimeline(state);
      else this.#timeline.markSelected(state.selected);
    } catch (error) {
      if (generation !== this.#generation) return;
      this.#showStatus('error', describeApiError(error), () => void this.#retry());
    }
    await panelDone;
  }

  #retry(): Promise<void> {
    this.#loaded = null;
    return this.#apply(this.#state);
  }

  /** Brings the canvas to the state's entity, depth and expansions; returns whether anything changed. */
  async #ensureGraph(state: ViewState, generation: number): Promise<boolean> {
    const entity = state.entity as string;
    const loaded = this.#loaded;
    const onlyAdded =
      loaded !== null &&
      loaded.entity === entity &&
      loaded.depth === state.depth &&
      loaded.expanded.every((id, i) => state.expanded[i] === id);
    if (onlyAdded && loaded.expanded.length === state.expanded.length) return false;

    if (onlyAdded) {
      const added = state.expanded.slice(loaded.expanded.length);
      this.#showStatus('loading', `Adding the neighbours of ${added.map((id) => this.#nameOf(id)).join(', ')}…`);
      const graphs = await Promise.all(added.map((id) => this.#api.neighborhood(id, 1)));
      if (generation !== this.#generation) return false;
      const merged = mergeSubgraphs(loaded.graph, ...graphs);
      await this.#loadDates(merged);
      let newNodes = 0;
      for (const [i, graph] of graphs.entries()) newNodes += await this.#graph.add(graph, added[i] ?? entity);
      this.#loaded = { entity, depth: state.depth, expanded: state.expanded, graph: merged };
      this.#hideStatus();
      const names = added.map((id) => this.#nameOf(id)).join(', ');
      this.#note(newNodes === 0 ? `${names}: all its neighbours were already shown` : `${names}: ${newNodes} node${newNodes === 1 ? '' : 's'} added`);
      return true;
    }

    this.#note('');
    const name = this.#names.get(entity);
    this.#showStatus('loading', name === undefined ? 'Loading the neighbourhood…' : `Loading the neighbourhood of ${name}…`);
    const [main, ...expansions] = await Promise.all([this.#api.neighborhood(entity, state.depth), ...state.expanded.map((id) => this.#api.neighborhood(id, 1))]);
    if (generation !== this.#generation || main === undefined) return false;
    const merged = mergeSubgraphs(main, ...expansions);
    for (const node of merged.nodes) if (node.name) this.#names.set(node.id, node.name);
    await this.#loadDates(merged);
    if (generation !== this.#generation) return false;
    if (merged.nodes.length === 0) {
      this.#graph.clear();
      this.#loaded = { entity, depth: state.depth, expanded: state.expanded, graph: merged };
      this.#showStatus('error', `Nothing in the graph has the id ${entity}.`);
      return true;
    }
    this.#search.setText(this.#nameOf(entity));
    this.#hideStatus();
    await this.#graph.show(merged, entity);
    for (const id of state.expanded) this.#graph.markExpanded(id);
    this.#loaded = { entity, depth: state.depth, expanded: state.expanded, graph: merged };
    if (merged.nodes.length === 1) this.#showStatus('empty', `${this.#nameOf(entity)} has no connections in the graph yet.`);
    return true;
  }

  async #loadDates(graph: Subgraph): Promise<void> {
    for (const node of graph.nodes) if (node.name) this.#names.set(node.id, node.name);
    const missing = graph.nodes.filter((node) => DATED_LABELS.has(node.label) && !this.#dates.has(node.id)).map((node) => node.id);
    if (missing.length === 0) return;
    for (const [id, date] of await this.#api.dates(missing)) this.#dates.set(id, date);
  }

  async #applyDates(): Promise<void> {
    const graph = this.#loaded?.graph;
    if (!graph) return;
    const hidden = hiddenByDate(graph.nodes, this.#dates, { from: this.#state.from, to: this.#state.to });
    await this.#graph.setDateHidden(hidden);
    const note = byId('date-note', HTMLElement);
    note.textContent = hidden.size > 0 ? `${hidden.size} hidden by dates` : '';
  }

  async #showPaths(state: ViewState, generation: number): Promise<void> {
    this.#setPathControls(state.pathTo);
    if (state.entity === null || state.pathTo === null) {
      await this.#graph.highlightPaths(null);
      this.#pathInfo.textContent = '';
      return;
    }
    this.#pathInfo.textContent = 'Looking for paths…';
    try {
      const paths = await this.#api.connections(state.entity, state.pathTo);
      if (generation !== this.#generation) return;
      for (const path of paths) for (const node of path.nodes) if (node.name) this.#names.set(node.id, node.name);
      if (this.#loaded) this.#loaded.graph = mergeSubgraphs(this.#loaded.graph, ...paths);
      await this.#graph.highlightPaths(paths);
      this.#pathSearch.setText(this.#nameOf(state.pathTo));
      const shortest = paths[0];
      this.#pathInfo.textContent =
        shortest === undefined
          ? `No path within 6 steps from ${this.#nameOf(state.entity)} to ${this.#nameOf(state.pathTo)}.`
          : `${paths.length} shortest path${paths.length === 1 ? '' : 's'}, ${shortest.edges.length} step${shortest.edges.length === 1 ? '' : 's'}: ${shortest.nodes.map((node) => node.name).join(' → ')}`;
    } catch (error) {
      this.#pathInfo.textContent = `Paths unavailable: ${describeApiError(error)}`;
    }
  }

  #setPathTo(id: string, name: string): void {
    this.#names.set(id, name);
    this.#pathSearch.setText(name);
    this.update({ pathTo: id }, 'push');
  }

  #setPathControls(pathTo: string | null): void {
    this.#pathClear.hidden = pathTo === null;
    byId('path-to', HTMLInputElement).disabled = this.#state.entity === null;
    if (pathTo !== null) this.#pathSearch.setText(this.#nameOf(pathTo));
  }

  #showTimeline(state: ViewState): Promise<void> {
    if (state.entity === null) return Promise.resolve();
    const pathNode = state.pathTo;
    const isCountry = (id: string) => id.startsWith('country:');
    const subject =
      pathNode !== null && isCountry(state.entity) && isCountry(pathNode)
        ? ({ kind: 'dyad', a: state.entity, b: pathNode } as const)
        : ({ kind: 'entity', id: state.entity, name: this.#nameOf(state.entity) } as const);
    return this.#timeline.show(subject, { from: state.from, to: state.to }, state.selected);
  }

  /** The legend doubles as the switch for each kind of node. */
  #renderLegend(): void {
    const root = byId('legend', HTMLElement);
    const items = KIND_STYLES.map((kind) => {
      const shown = !this.#hiddenLabels.has(kind.label);
      const button = h(
        'button',
        { type: 'button', class: 'legend-toggle', 'aria-pressed': String(shown), title: `${shown ? 'Hide' : 'Show'} ${kind.title.toLowerCase()}` },
        h('span', { class: `legend-swatch shape-${kind.shape}`, style: `--kind-color: ${kind.color}`, 'aria-hidden': 'true' }),
        kind.title,
      );
      button.addEventListener('click', () => {
        if (shown) this.#hiddenLabels.add(kind.label);
        else this.#hiddenLabels.delete(kind.label);
        this.#renderLegend();
        void this.#graph.setHiddenLabels(this.#hiddenLabels).then(() => this.#renderList());
      });
      return h('li', {}, button);
    });
    root.replaceChildren(h('h2', { class: 'visually-hidden' }, 'Kinds of node shown'), h('ul', {}, items));
  }

  #renderList(): void {
    const expanded = new Set(this.#state.expanded);
    if (this.#state.entity !== null) expanded.add(this.#state.entity);
    this.#list.render(this.#graph.nodes(), this.#state.selected, expanded);
  }

  async #showEmptyState(): Promise<void> {
    this.#showStatus('empty', 'Search for a person, country, organization or place to begin.');
    try {
      const count = await this.#api.nodeCount();
      if (this.#state.entity !== null) return;
      if (count === 0) this.#showStatus('empty', 'The graph is empty: ingest some articles first (`diplograph ingest seed/articles`).');
      else this.#showStatus('empty', `Search for a person, country, organization or place to begin. The graph holds ${count.toLocaleString('en')} nodes.`);
    } catch (error) {
      if (this.#state.entity === null) this.#showStatus('error', describeApiError(error), () => void this.#showEmptyState());
    }
  }

  /** A short line over the graph saying what the last action did. */
  #note(text: string): void {
    byId('graph-note', HTMLElement).textContent = text;
  }

  #nameOf(id: string): string {
    return this.#names.get(id) ?? id;
  }

  #showStatus(kind: 'loading' | 'empty' | 'error', message: string, retry?: () => void): void {
    this.#status.hidden = false;
    this.#status.className = `graph-status ${kind}`;
    this.#status.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    const children: Array<Node | string> = [];
    if (kind === 'loading') children.push(h('span', { class: 'spinner', 'aria-hidden': 'true' }));
    children.push(h('span', {}, message));
    if (retry) {
      const button = h('button', { type: 'button' }, 'Try again');
      button.addEventListener('click', retry);
      children.push(button);
    }
    this.#status.replaceChildren(...children);
  }

  #hideStatus(): void {
    this.#status.hidden = true;
  }
}

