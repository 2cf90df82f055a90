/**
 * Turns the API's `{ nodes, edges }` subgraphs into cytoscape element definitions, and merges the
 * subgraphs that expanding nodes adds into one graph.
 */
import type { GraphEdge, GraphNode, Subgraph } from './types.ts';

export interface NodeData {
  id: string;
  label: string;
  name: string;
  /** What the graph writes beside the node: the name, shortened. */
  caption: string;
}

export interface EdgeData {
  /** One edge stands for every relationship of a type between two nodes: see `edgeKey`. */
  id: string;
  source: string;
  target: string;
  type: string;
  /** `HELD_IN` → `held in`. */
  caption: string;
  /** How many relationships it stands for (one per article that reports it). */
  count: number;
}

export interface ElementDefinitions {
  nodes: Array<{ group: 'nodes'; data: NodeData }>;
  edges: Array<{ group: 'edges'; data: EdgeData }>;
}

const MAX_CAPTION = 32;

/** A readable name for a node, even when the API gives none (statements and meetings often have none). */
export function displayName(node: GraphNode): string {
  const name = node.name?.trim();
  if (name) return name;
  switch (node.label) {
    case 'Meeting':
      return 'Meeting';
    case 'Statement':
      return 'Statement';
    case 'Article':
      return 'Article';
    default:
      return node.id;
  }
}

/** Shortens at a word boundary: `"We do not expect a breakthrough at these…"`. Statements are quoted. */
export function caption(node: GraphNode): string {
  const name = displayName(node);
  const short = name.length <= MAX_CAPTION ? name : `${name.slice(0, MAX_CAPTION).replace(/\s+\S*$/, '')}…`;
  return node.label === 'Statement' && node.name ? `“${short}”` : short;
}

export function edgeCaption(type: string): string {
  return type.toLowerCase().replace(/_/g, ' ');
}

/** Union of subgraphs by id; the first occurrence of a node wins. Edges whose ends are missing are dropped. */
export function mergeSubgraphs(...graphs: Subgraph[]): Subgraph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const graph of graphs) {
    for (const node of graph.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
  }
  for (const graph of graphs) {
    for (const edge of graph.edges) {
      if (!edges.has(edge.id) && nodes.has(edge.source) && nodes.has(edge.target)) edges.set(edge.id, edge);
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** What `b` adds to `a`: the nodes and edges of `b` not already in `a`. */
export function subgraphDifference(a: Subgraph, b: Subgraph): Subgraph {
  const nodeIds = new Set(a.nodes.map((node) => node.id));
  const edgeIds = new Set(a.edges.map((edge) => edge.id));
  return {
    nodes: b.nodes.filter((node) => !nodeIds.has(node.id)),
    edges: b.edges.filter((edge) => !edgeIds.has(edge.id)),
  };
}

/**
 * The id of the drawn edge for a relationship. Every relationship made from text is one per reporting
 * sentence; the API already answers one edge per type and pair with their count, and the page keeps one
 * drawn edge per key when it merges answers (a neighbourhood, then a path).
 */
export function edgeKey(edge: Pick<GraphEdge, 'type' | 'source' | 'target'>): string {
  return `${edge.type}:${edge.source}->${edge.target}`;
}

export function toElements(graph: Subgraph): ElementDefinitions {
  const edges = new Map<string, { group: 'edges'; data: EdgeData }>();
  for (const edge of graph.edges) {
    const key = edgeKey(edge);
    const drawn = edges.get(key);
    if (drawn) drawn.data.count += edge.count;
    else edges.set(key, { group: 'edges', data: { id: key, source: edge.source, target: edge.target, type: edge.type, caption: edgeCaption(edge.type), count: edge.count } });
  }
  return {
    nodes: graph.nodes.map((node) => ({
      group: 'nodes' as const,
      data: { id: node.id, label: node.label, name: displayName(node), caption: caption(node) },
    })),
    edges: [...edges.values()],
  };
}
