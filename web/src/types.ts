/**
 * The shapes the explorer reads from the GraphQL API (issue 5's contract), kept to the fields it asks for.
 */

export type EntityLabel = 'Person' | 'Country' | 'Organization' | 'Location';
export type NodeLabel = EntityLabel | 'Meeting' | 'Statement' | 'Article';

/** A node of `neighborhood` or `connections`: `{ id label name }`. */
export interface GraphNode {
  id: string;
  label: string;
  name: string | null;
}

/** An edge of `neighborhood` or `connections`: `{ id type source target }`. */
export interface GraphEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  /** How many relationships (one per reporting sentence) the edge stands for. */
  count: number;
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface EntityRef {
  __typename: string;
  id: string;
  name: string;
}

export interface SearchHit {
  score: number;
  entity: EntityRef;
}

export interface ArticleRef {
  id: string;
  title: string | null;
  source: string | null;
  publishedAt: string | null;
  url: string | null;
}

export interface Article extends ArticleRef {
  text: string | null;
}

/** One supporting sentence: `start`/`end` are character offsets into the article's text. */
export interface Evidence {
  sentence: number;
  start: number;
  end: number;
  text: string;
  article: ArticleRef;
}

/** The inclusive date range of the filter; null ends are open. ISO dates, YYYY-MM-DD. */
export interface DateRange {
  from: string | null;
  to: string | null;
}
