/**
 * The graph as the API reads it: plain objects built from Neo4j nodes, with integers and temporals
 * already converted. GraphQL resolvers start from these (codegen `mappers`), so relations such as
 * `Meeting.participants` are not fields here but are loaded on demand.
 */

export const ENTITY_LABELS = ['Person', 'Country', 'Organization', 'Location'] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

export const GRAPH_LABELS = [...ENTITY_LABELS, 'Article', 'Meeting', 'Statement'] as const;
export type GraphLabel = (typeof GRAPH_LABELS)[number];

export interface PersonModel {
  label: 'Person';
  id: string;
  name: string;
  aliases: string[];
}

export interface CountryModel {
  label: 'Country';
  id: string;
  name: string;
  aliases: string[];
  iso2: string | null;
  iso3: string | null;
  demonyms: string[];
}

export interface OrganizationModel {
  label: 'Organization';
  id: string;
  name: string;
  aliases: string[];
  kind: string | null;
}

export interface LocationModel {
  label: 'Location';
  id: string;
  name: string;
  aliases: string[];
  kind: string | null;
}

export type EntityModel = PersonModel | CountryModel | OrganizationModel | LocationModel;

export interface ArticleModel {
  label: 'Article';
  id: string;
  url: string | null;
  title: string | null;
  /** ISO date `YYYY-MM-DD`. */
  publishedAt: string | null;
  source: string | null;
  authors: string[];
  text: string | null;
  extractorVersion: string | null;
  /** ISO date-time. */
  ingestedAt: string | null;
}

export interface MeetingModel {
  label: 'Meeting';
  id: string;
  date: string | null;
  kind: string | null;
  plover: string | null;
  cameo: string | null;
  planned: boolean;
}

export interface StatementModel {
  label: 'Statement';
  id: string;
  text: string;
  kind: string | null;
  date: string | null;
}

export type NodeModel = EntityModel | ArticleModel | MeetingModel | StatementModel;

/** Where a fact was read: a span of one article's text. `text` is `Article.text` in [start, end). */
export interface EvidenceModel {
  articleId: string;
  sentence: number;
  start: number;
  end: number;
  text: string;
}

export interface RoleModel {
  title: string;
  asOf: string | null;
  country: CountryModel | null;
  organization: OrganizationModel | null;
  evidence: EvidenceModel[];
}

/** One page of a list, with what Relay `pageInfo` needs; `offset` is the position of `items[0]`. */
export interface Page<T> {
  items: T[];
  offset: number;
  hasNextPage: boolean;
}

/**
 * A page plus the size of the whole list. `totalCount` is a function so the count query runs only
 * when a client asks for it.
 */
export interface Connection<T> extends Page<T> {
  totalCount: () => Promise<number>;
}

export type PersonConnectionModel = Connection<PersonModel>;
export type ArticleConnectionModel = Connection<ArticleModel>;
export type MeetingConnectionModel = Connection<MeetingModel>;
export type StatementConnectionModel = Connection<StatementModel>;

/** Position in a list plus the page size to read; built from `first`/`after` by the services. */
export interface PageRequest {
  offset: number;
  limit: number;
}

export interface SearchHitModel {
  score: number;
  entity: EntityModel;
}

export interface GraphNodeModel {
  id: string;
  label: GraphLabel;
  name: string;
}

export interface GraphEdgeModel {
  /** `TYPE:source->target`: one edge stands for every relationship of its type between the two nodes. */
  id: string;
  type: string;
  source: string;
  target: string;
  /** How many relationships it stands for: one per reporting sentence. */
  count: number;
}

export interface SubgraphModel {
  nodes: GraphNodeModel[];
  edges: GraphEdgeModel[];
}

export type TimelineEventModel = MeetingModel | StatementModel;

export interface DyadBucketModel {
  /** `2022-01` for months, `2022` for years. */
  period: string;
  meetings: number;
  statements: number;
}

export interface DyadModel {
  a: CountryModel;
  b: CountryModel;
  interval: 'MONTH' | 'YEAR';
  buckets: DyadBucketModel[];
}

export interface CountModel {
  name: string;
  count: number;
}

export interface StatsModel {
  nodes: CountModel[];
  relationships: CountModel[];
}

/** What `Mutation.ingestArticle` reports. */
export interface IngestResultModel {
  article: ArticleModel;
  created: boolean;
  meetings: number;
  statements: number;
  entities: number;
}

/** Every node label of the graph model (DESIGN.md). */
export const NODE_LABELS = ['Article', 'Person', 'Country', 'Organization', 'Location', 'Meeting', 'Statement'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** Every relationship type of the graph model (DESIGN.md). */
export const RELATIONSHIP_TYPES = [
  'MENTIONS',
  'WRITTEN_BY',
  'PUBLISHED_BY',
  'HOLDS_ROLE',
  'PARTICIPANT',
  'INVOLVES',
  'HELD_IN',
  'IN_COUNTRY',
  'SAID_BY',
  'ABOUT',
  'AT',
  'VIA',
  'REPORTED_IN',
  'FOLLOWS',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];
