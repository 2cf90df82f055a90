/**
 * The view a URL shares: which entity the graph is centred on, how deep, which nodes were expanded,
 * the date filter, the selected node and the other end of a "path between".
 *
 * Example: `?entity=person%3Asergey-lavrov&depth=2&from=2022-01-01&selected=meeting%3Aabc&expand=location%3Ageneva-ch`
 */
import { isIsoDate } from './date-filter.ts';

export const MIN_DEPTH = 1;
export const MAX_DEPTH = 3;
/**
 * Two hops: people meet through a Meeting node and speak through a Statement node, so one hop from a
 * person shows their meetings but not whom they met.
 */
export const DEFAULT_DEPTH = 2;

export interface ViewState {
  /** The entity whose neighbourhood is shown, e.g. `person:sergey-lavrov`. */
  entity: string | null;
  depth: number;
  from: string | null;
  to: string | null;
  /** The node shown in the side panel. */
  selected: string | null;
  /** Nodes whose neighbourhood was added to the graph, in the order they were expanded. */
  expanded: string[];
  /** The other end of "path between" (the first end is `entity`). */
  pathTo: string | null;
}

export const EMPTY_VIEW: ViewState = {
  entity: null,
  depth: DEFAULT_DEPTH,
  from: null,
  to: null,
  selected: null,
  expanded: [],
  pathTo: null,
};

/** Ids are opaque to the page, but a URL is user input: refuse what no id looks like. */
const MAX_ID_LENGTH = 200;
const MAX_EXPANDED = 50;

function readId(value: string | null): string | null {
  if (value === null) return null;
  const id = value.trim();
  return id.length > 0 && id.length <= MAX_ID_LENGTH && !/[\s<>]/.test(id) ? id : null;
}

function readDepth(value: string | null): number {
  if (value === null || !/^\d+$/.test(value)) return DEFAULT_DEPTH;
  return Math.min(MAX_DEPTH, Math.max(MIN_DEPTH, Number(value)));
}

function readDate(value: string | null): string | null {
  return value !== null && isIsoDate(value) ? value : null;
}

/** Reads a view from `location.search` (with or without the leading `?`); bad values fall back to defaults. */
export function decodeViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const entity = readId(params.get('entity'));
  const expanded: string[] = [];
  for (const raw of params.getAll('expand')) {
    const id = readId(raw);
    if (id !== null && !expanded.includes(id) && expanded.length < MAX_EXPANDED) expanded.push(id);
  }
  let from = readDate(params.get('from'));
  let to = readDate(params.get('to'));
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  return {
    entity,
    depth: readDepth(params.get('depth')),
    from,
    to,
    // Without an entity there is no graph to select in, expand or find a path from.
    selected: entity === null ? null : readId(params.get('selected')),
    expanded: entity === null ? [] : expanded,
    pathTo: entity === null ? null : readId(params.get('path')),
  };
}

/** Writes a view as a query string with a leading `?`, or `''` for the empty view; defaults are left out. */
export function encodeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.entity !== null) {
    params.set('entity', state.entity);
    if (state.depth !== DEFAULT_DEPTH) params.set('depth', String(state.depth));
  }
  if (state.from !== null) params.set('from', state.from);
  if (state.to !== null) params.set('to', state.to);
  if (state.entity !== null) {
    if (state.selected !== null) params.set('selected', state.selected);
    if (state.pathTo !== null) params.set('path', state.pathTo);
    for (const id of state.expanded) params.append('expand', id);
  }
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/** Whether two views show the same thing (used to skip pushing a history entry that changes nothing). */
export function sameView(a: ViewState, b: ViewState): boolean {
  return encodeViewState(a) === encodeViewState(b);
}
