/**
 * The graph one article becomes once resolved: nodes with canonical ids and the relationships between
 * them, each carrying its evidence. Plain data: the load stage turns it into Cypher, the bench keeps it
 * to measure the database's own limit.
 */
import { RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from './graph-model.ts';

export { RELATIONSHIP_TYPES, type RelationshipType };


export interface ArticleNode {
  id: string;
  url: string | null;
  title: string | null;
  publishedAt: string | null;
  source: string | null;
  extractorVersion: string;
  /** The body, so evidence spans can be shown. */
  text: string;
  authors: string[];
}

export interface PersonNode {
  id: string;
  name: string;
  aliases: string[];
}

export interface CountryNode {
  id: string;
  iso2: string;
  iso3: string;
  name: string;
  demonyms: string[];
  aliases: string[];
}

export interface OrganizationNode {
  id: string;
  name: string;
  aliases: string[];
  kind: string;
}

export interface LocationNode {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
}

export interface MeetingNode {
  id: string;
  /** ISO date, or null when no article states it. */
  date: string | null;
  kind: string;
  plover: string;
  cameo: string;
  planned: boolean;
  /**
   * Sorted ids of the parties (countries, or persons when fewer than two countries are known): what
   * FOLLOWS compares, kept on the node so the previous meeting is found without regrouping relationships.
   */
  parties: string[];
}

export interface StatementNode {
  id: string;
  text: string;
  kind: 'direct' | 'indirect';
  date: string | null;
}

export interface NodeRef {
  label: NodeLabel;
  id: string;
}

/**
 * One relationship made from text. `sentence`, `start`, `end` locate the evidence in the article body;
 * facts taken from the article's metadata (byline, source) have sentence -1 and an empty span.
 */
export interface EvidenceRelationship {
  type: Exclude<RelationshipType, 'FOLLOWS'>;
  from: NodeRef;
  to: NodeRef;
  articleId: string;
  sentence: number;
  start: number;
  end: number;
  /** Extra properties: MENTIONS {count, aliases}, HOLDS_ROLE {title, asOf}. */
  properties: Record<string, string | number | string[] | null>;
}

export interface ArticleGraph {
  article: ArticleNode;
  persons: PersonNode[];
  countries: CountryNode[];
  organizations: OrganizationNode[];
  locations: LocationNode[];
  meetings: MeetingNode[];
  statements: StatementNode[];
  relationships: EvidenceRelationship[];
}
