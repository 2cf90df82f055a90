/**
 * The nodes of the graph as a list, grouped by kind: the keyboard and screen-reader way to select and
 * expand what the canvas shows.
 */
import { h } from './dom.ts';
import { KIND_STYLES, kindStyle } from './graph-style.ts';

export interface NodeListActions {
  select(id: string): void;
  expand(id: string): void;
}

export class NodeList {
  readonly #root: HTMLDetailsElement;
  readonly #actions: NodeListActions;

  constructor(root: HTMLDetailsElement, actions: NodeListActions) {
    this.#root = root;
    this.#actions = actions;
  }

  /** @param expanded nodes whose neighbours are already in the graph (the centre and the expanded ones) */
  render(nodes: Array<{ id: string; label: string; name: string; hidden: boolean }>, selected: string | null, expanded: ReadonlySet<string>): void {
    const visible = nodes.filter((node) => !node.hidden);
    this.#root.hidden = nodes.length === 0;
    const groups = KIND_STYLES.map((kind) => ({ kind, nodes: visible.filter((node) => node.label === kind.label) }))
      .concat([{ kind: kindStyle(''), nodes: visible.filter((node) => !KIND_STYLES.some((kind) => kind.label === node.label)) }])
      .filter((group) => group.nodes.length > 0);
    const body = h(
      'div',
      { class: 'node-list-body' },
      groups.map(({ kind, nodes: members }) =>
        h(
          'section',
          {},
          h('h3', { style: `--kind-color: ${kind.color}` }, `${kind.title} (${members.length})`),
          h(
            'ul',
            {},
            members
              .sort((a, b) => a.name.localeCompare(b.name))
              .map((node) => {
                const select = h('button', { type: 'button', class: 'link', 'data-id': node.id, 'aria-current': node.id === selected ? 'true' : null }, node.name);
                select.addEventListener('click', () => this.#actions.select(node.id));
                if (expanded.has(node.id)) {
                  return h('li', { class: 'is-expanded' }, select, h('span', { class: 'expanded-mark', title: 'Its neighbours are in the graph' }, h('span', { class: 'visually-hidden' }, 'expanded'), '✓'));
                }
                const expand = h('button', { type: 'button', class: 'expand', 'aria-label': `Expand ${node.name}`, title: 'Add its neighbours to the graph' }, '+');
                expand.addEventListener('click', () => this.#actions.expand(node.id));
                return h('li', {}, select, expand);
              }),
          ),
        ),
      ),
    );
    const summary = h('summary', {}, `List of nodes (${visible.length}${visible.length < nodes.length ? ` of ${nodes.length}` : ''})`);
    this.#root.replaceChildren(summary, body);
  }
}
