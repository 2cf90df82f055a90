import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { DatabaseHealth } from '../../repositories/health-repository.ts';
import type { NodeModel, EntityModel, PersonModel, CountryModel, OrganizationModel, LocationModel, ArticleModel, MeetingModel, StatementModel, EvidenceModel, RoleModel, PersonConnectionModel, ArticleConnectionModel, MeetingConnectionModel, StatementConnectionModel, SearchHitModel, SubgraphModel, GraphNodeModel, GraphEdgeModel, TimelineEventModel, DyadModel, DyadBucketModel, StatsModel, CountModel, IngestResultModel } from '../../domain/graph-model.ts';
import type { GraphQLContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** ISO 8601 calendar date, e.g. 2022-01-21. */
  Date: { input: Date; output: string; }
  /** ISO 8601 date and time in UTC, e.g. 2022-01-21T07:26:00.000Z. */
  DateTime: { input: Date; output: string; }
};

/** A news report the graph was read from. */
export type Article = Node & {
  __typename?: 'Article';
  authors: Array<Scalars['String']['output']>;
  /** Entities the article mentions, most mentioned first. */
  entities: Array<Entity>;
  id: Scalars['ID']['output'];
  /** When it was (last) ingested. */
  ingestedAt?: Maybe<Scalars['DateTime']['output']>;
  meetings: Array<Meeting>;
  publishedAt?: Maybe<Scalars['Date']['output']>;
  /** Publisher or wire service as the article names it: UPI, Reuters. */
  source?: Maybe<Scalars['String']['output']>;
  statements: Array<Statement>;
  /** The body text; evidence offsets point into it. */
  text?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  url?: Maybe<Scalars['String']['output']>;
};

/** One page of a list, at most `first` (default 20, at most 100) items. See `PageInfo` on what cursors mean. */
export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  edges: Array<ArticleEdge>;
  pageInfo: PageInfo;
  /** Items in the whole list, not just this page. */
  totalCount: Scalars['Int']['output'];
};

export type ArticleEdge = {
  __typename?: 'ArticleEdge';
  /** Position of this item in the list, to pass as `after`. */
  cursor: Scalars['String']['output'];
  node: Article;
};

export type ArticleFilter = {
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only articles mentioning this entity. */
  mentions?: InputMaybe<Scalars['ID']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type ArticleFormat =
  | 'HTML'
  | 'JSON'
  /** Plain text with optional front matter (`date`, `source`, `url`, `title`, `author` lines). */
  | 'TEXT';

export type Country = Entity & Node & {
  __typename?: 'Country';
  aliases: Array<Scalars['String']['output']>;
  articles: ArticleConnection;
  /** Russian, Russians. */
  demonyms: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** ISO 3166-1 alpha-2 code, e.g. RU. */
  iso2?: Maybe<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-3 code, e.g. RUS. */
  iso3?: Maybe<Scalars['String']['output']>;
  /** Meetings involving this country. */
  meetings: MeetingConnection;
  mentionCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** People holding a role for this country, by name. */
  people: Array<Person>;
  /** Statements about this country, newest first. */
  statementsAbout: StatementConnection;
};


export type CountryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type CountryMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  orderBy?: InputMaybe<MeetingOrder>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type CountryStatementsAboutArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type Dyad = {
  __typename?: 'Dyad';
  a: Country;
  b: Country;
  /** Only intervals with at least one event, in order. */
  buckets: Array<DyadBucket>;
  interval: Interval;
  totalMeetings: Scalars['Int']['output'];
  totalStatements: Scalars['Int']['output'];
};

/** Meetings and statements between two countries in one interval. */
export type DyadBucket = {
  __typename?: 'DyadBucket';
  meetings: Scalars['Int']['output'];
  /** `2022-01` for months, `2022` for years. */
  period: Scalars['String']['output'];
  statements: Scalars['Int']['output'];
};

/** A person, country, organization or place: something articles mention by name. */
export type Entity = {
  /** Other names it goes by: surnames, spellings, abbreviations. */
  aliases: Array<Scalars['String']['output']>;
  /** Articles that mention it, newest first. */
  articles: ArticleConnection;
  id: Scalars['ID']['output'];
  /** How often articles mention it, summed over all articles. */
  mentionCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
};


/** A person, country, organization or place: something articles mention by name. */
export type EntityArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type EntityType =
  | 'COUNTRY'
  | 'LOCATION'
  | 'ORGANIZATION'
  | 'PERSON';

/** Where a fact was read: a span of one article; `text` is the article text from `start` to `end`. */
export type Evidence = {
  __typename?: 'Evidence';
  article: Article;
  end: Scalars['Int']['output'];
  /** Index of the sentence in the article, from 0. */
  sentence: Scalars['Int']['output'];
  /** Character offsets into `Article.text`, end exclusive. */
  start: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

/**
 * The relationships of one type from one node to another, as one edge: the graph keeps one relationship
 * per reporting sentence (Geneva is IN_COUNTRY Switzerland once per report), an explorer draws one line.
 */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  /** How many relationships the edge stands for in this subgraph: one per reporting sentence (on a path, the one it takes). */
  count: Scalars['Int']['output'];
  /** `TYPE:source->target`, e.g. `HELD_IN:meeting:…->location:geneva-ch`: the same edge has the same id in every subgraph. */
  id: Scalars['ID']['output'];
  /** Id of the node the relationship starts at. */
  source: Scalars['ID']['output'];
  target: Scalars['ID']['output'];
  /** Relationship type: PARTICIPANT, INVOLVES, HELD_IN, SAID_BY, … */
  type: Scalars['String']['output'];
};

export type GraphNode = {
  __typename?: 'GraphNode';
  id: Scalars['ID']['output'];
  /** Person, Country, Organization, Location, Article, Meeting or Statement. */
  label: Scalars['String']['output'];
  /** A name to show: the entity's name, an article's title, `bilateral talks 2022-01-21` for a meeting. */
  name: Scalars['String']['output'];
};

export type Health = {
  __typename?: 'Health';
  /** Neo4j edition: community, enterprise. */
  edition: Scalars['String']['output'];
  /** Version of the Neo4j server the API reads from, e.g. 5.26.0. */
  neo4jVersion: Scalars['String']['output'];
  /** Number of nodes in the graph. */
  nodeCount: Scalars['Int']['output'];
};

export type IngestArticleInput = {
  format?: InputMaybe<ArticleFormat>;
  /** An ISO date (2022-01-21) or date-time (2022-01-21T07:26:00Z). */
  publishedAt?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type IngestResult = {
  __typename?: 'IngestResult';
  article: Article;
  /** False when the same article was already in the graph (nothing changed). */
  created: Scalars['Boolean']['output'];
  entities: Scalars['Int']['output'];
  meetings: Scalars['Int']['output'];
  statements: Scalars['Int']['output'];
};

export type Interval =
  | 'MONTH'
  | 'YEAR';

export type LabelCount = {
  __typename?: 'LabelCount';
  count: Scalars['Int']['output'];
  name: Scalars['String']['output'];
};

export type Location = Entity & Node & {
  __typename?: 'Location';
  aliases: Array<Scalars['String']['output']>;
  articles: ArticleConnection;
  country?: Maybe<Country>;
  id: Scalars['ID']['output'];
  /** city, region, venue. */
  kind?: Maybe<Scalars['String']['output']>;
  /** Meetings held here. */
  meetings: MeetingConnection;
  mentionCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
};


export type LocationArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type LocationMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  orderBy?: InputMaybe<MeetingOrder>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** Talks, a summit, a call or a visit between officials, as reported. */
export type Meeting = Node & {
  __typename?: 'Meeting';
  /** CAMEO event code, e.g. 040. */
  cameo?: Maybe<Scalars['String']['output']>;
  countries: Array<Country>;
  date?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  /** bilateral talks, summit, phone call, video call, visit, … */
  kind?: Maybe<Scalars['String']['output']>;
  location?: Maybe<Location>;
  participants: Array<Person>;
  /** True when the report announces it rather than reports it held. */
  planned: Scalars['Boolean']['output'];
  /** PLOVER event type, e.g. CONSULT. */
  plover?: Maybe<Scalars['String']['output']>;
  /** The previous meeting of the same parties. */
  previous?: Maybe<Meeting>;
  /** The sentences that report it. */
  reportedIn: Array<Evidence>;
  /** What was said at it. */
  statements: Array<Statement>;
};

/** One page of a list, at most `first` (default 20, at most 100) items. See `PageInfo` on what cursors mean. */
export type MeetingConnection = {
  __typename?: 'MeetingConnection';
  edges: Array<MeetingEdge>;
  pageInfo: PageInfo;
  /** Items in the whole list, not just this page. */
  totalCount: Scalars['Int']['output'];
};

export type MeetingEdge = {
  __typename?: 'MeetingEdge';
  /** Position of this item in the list, to pass as `after`. */
  cursor: Scalars['String']['output'];
  node: Meeting;
};

export type MeetingFilter = {
  /** Every one of these countries was involved. */
  countries?: InputMaybe<Array<Scalars['ID']['input']>>;
  from?: InputMaybe<Scalars['Date']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  /** Held at this place. */
  location?: InputMaybe<Scalars['ID']['input']>;
  /** Every one of these people took part. */
  participants?: InputMaybe<Array<Scalars['ID']['input']>>;
  plover?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type MeetingOrder =
  | 'DATE_ASC'
  | 'DATE_DESC';

/** Changes to the graph. Every mutation needs `Authorization: Bearer <DIPLOGRAPH_EDITOR_TOKEN>`. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Adds another name an entity goes by, so search and lookups find it; returns the entity. */
  addAlias: Entity;
  /** Removes an article and every fact only it reported; false when there was no such article. */
  deleteArticle: Scalars['Boolean']['output'];
  /** Reads, extracts and loads one article with the same pipeline as `diplograph ingest`. */
  ingestArticle: IngestResult;
  /** Moves every relationship and alias of `merge` onto `keep`, then removes `merge`. Both must be the same kind. */
  mergeEntities: Entity;
};


/** Changes to the graph. Every mutation needs `Authorization: Bearer <DIPLOGRAPH_EDITOR_TOKEN>`. */
export type MutationAddAliasArgs = {
  alias: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


/** Changes to the graph. Every mutation needs `Authorization: Bearer <DIPLOGRAPH_EDITOR_TOKEN>`. */
export type MutationDeleteArticleArgs = {
  id: Scalars['ID']['input'];
};


/** Changes to the graph. Every mutation needs `Authorization: Bearer <DIPLOGRAPH_EDITOR_TOKEN>`. */
export type MutationIngestArticleArgs = {
  input: IngestArticleInput;
};


/** Changes to the graph. Every mutation needs `Authorization: Bearer <DIPLOGRAPH_EDITOR_TOKEN>`. */
export type MutationMergeEntitiesArgs = {
  keep: Scalars['ID']['input'];
  merge: Scalars['ID']['input'];
};

/** Anything in the graph with a stable id. */
export type Node = {
  id: Scalars['ID']['output'];
};

export type Organization = Entity & Node & {
  __typename?: 'Organization';
  aliases: Array<Scalars['String']['output']>;
  articles: ArticleConnection;
  id: Scalars['ID']['output'];
  /** intergovernmental, government, media, agency, party, other. */
  kind?: Maybe<Scalars['String']['output']>;
  mentionCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
};


export type OrganizationArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * Relay page information. Cursors are opaque: pass one back as `after`, with the same arguments, to get
 * the items after it. A cursor stands for a position in the list (the 40th item), not for the item
 * itself: if the graph changes between two requests (an article ingested or deleted, a merge), the next
 * page can repeat or skip items. Page through a fixed window (`from`/`to`) or re-read from the start when that matters.
 */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Person = Entity & Node & {
  __typename?: 'Person';
  aliases: Array<Scalars['String']['output']>;
  articles: ArticleConnection;
  id: Scalars['ID']['output'];
  /** Meetings the person took part in, by date (newest first unless `orderBy` says otherwise). */
  meetings: MeetingConnection;
  mentionCount: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** Offices held, as reported: Foreign Minister of Russia, Secretary-General of NATO. */
  roles: Array<Role>;
  /** What the person said, newest first. */
  statements: StatementConnection;
};


export type PersonArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PersonMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  orderBy?: InputMaybe<MeetingOrder>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type PersonStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** One page of a list, at most `first` (default 20, at most 100) items. See `PageInfo` on what cursors mean. */
export type PersonConnection = {
  __typename?: 'PersonConnection';
  edges: Array<PersonEdge>;
  pageInfo: PageInfo;
  /** Items in the whole list, not just this page. */
  totalCount: Scalars['Int']['output'];
};

export type PersonEdge = {
  __typename?: 'PersonEdge';
  /** Position of this item in the list, to pass as `after`. */
  cursor: Scalars['String']['output'];
  node: Person;
};

/**
 * Diplograph: people, countries, organizations, places, meetings and statements from news about diplomacy.
 * Every fact links back to the sentence that reports it. Other schema files extend Query and Mutation.
 */
export type Query = {
  __typename?: 'Query';
  article?: Maybe<Article>;
  /** Articles, newest first. */
  articles: ArticleConnection;
  /**
   * Shortest paths between two nodes, at most `maxHops` (1 to 6) long; at most `first` paths (1 to 20).
   * Each path is a subgraph whose nodes are in path order.
   */
  connections: Array<Subgraph>;
  /** A country by id (`country:RU`), ISO code (`RU`, `RUS`) or name (`Russia`); null when there is none. */
  country?: Maybe<Country>;
  /**
   * Meetings involving both countries, and statements by one side (the country or a person holding a
   * role for it) about the other, counted per interval.
   */
  dyad: Dyad;
  /** The state of the API and its database. */
  health: Health;
  meeting?: Maybe<Meeting>;
  meetings: MeetingConnection;
  /** Nodes within `depth` (1 to 3) hops of a node, nearest first, at most `limit` (1 to 500), and the edges between them. */
  neighborhood: Subgraph;
  /** Any node by its id, e.g. `person:sergey-lavrov`, `country:RU`; null when there is none. */
  node?: Maybe<Node>;
  /** A person by id (`person:sergey-lavrov`) or by name or alias (`Sergei Lavrov`); null when there is none. */
  person?: Maybe<Person>;
  /**
   * Entities whose name or alias matches `query`, best first. Tolerates typos ("Lavrof" finds Sergey Lavrov)
   * and prefixes ("Blink"). `first` defaults to 20, at most 100.
   */
  search: Array<SearchHit>;
  statement?: Maybe<Statement>;
  /** Statements, newest first. */
  statements: StatementConnection;
  /** Counts of nodes per label and relationships per type. */
  stats: Stats;
  /**
   * Meetings and statements involving any of `entities` (as participant, country, place, speaker or
   * subject), oldest first. `first` defaults to 20, at most 100.
   */
  timeline: Array<TimelineEvent>;
};


/**
 * Diplograph: people, countries, organizations, places, meetings and statements from news about diplomacy.
 * Every fact links back to the sentence that reports it. Other schema files extend Query and Mutation.
 */
export type QueryArticleArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Diplograph: people, countries, organizations, places, meetings and statements from news about diplomacy.
 * Every fact links back to the sentence that reports it. Other schema files extend Query and Mutation.
 */
export type QueryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ArticleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Diplograph: people, countries, organizations, places, meetings and statements from news about diplomacy.
 * Every fact links back to the sentence that reports it. Other schema files extend Query and Mutation.
 */
export type QueryConnectionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


/**
 * Diplograph: people, countries, organizations, places, meetings and statements from news about diplomacy.
 * Every fact links back to the sentence that reports it. Other schema files extend Query and Mutation.
 */
export type QueryCountryArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Diplograph: people, countries, organizations, places, meetings and statements from news about diplomacy.
 * Every fact links back to the sentence that reports it. Other schema files extend Query and Mutation.
 */
export type QueryDyadArgs = {
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
  from?: InputMaybe<Scalars['Date']['input']>;
  interval?: InputMaybe<Interval>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * Diplograph: people, countries, organizations, places, meetings and statements from news about diplomacy.
 * Every fact links back to the sentence that reports it. Other schema files extend Query and Mutation.
 */
export type QueryMeetingArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Diplograph: people, countries, organizations, places, meetings and statements from news about diplomacy.
 * Every fact links back to the sentence that reports it. Other schema files extend Query and Mutation.
 */
export type QueryMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MeetingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<MeetingOrder>;
};


/**
 * Diplograph: people, countries, organizations, places, meetings and statements from news about diplomacy.
 * Every fact links back to the sentence that reports it. Other schema files extend Query and Mutation.
 */
export type QueryNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Diplograph: people, countries, organizations, places, meetings and statements from news about diplomacy.
 * Every fact links back to the sentence that reports it. Other schema files extend Query and Mutation.
 */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Diplograph: people, countries, organizations, places, meetings and statements from news about diplomacy.
 * Every fact links back to the sentence that reports it. Other schema files extend Query and Mutation.
 */
export type QueryPersonArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Diplograph: people, countries, organizations, places, meetings and statements from news about diplomacy.
 * Every fact links back to the sentence that reports it. Other schema files extend Query and Mutation.
 */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
  types?: InputMaybe<Array<EntityType>>;
};


/**
 * Diplograph: people, countries, organizations, places, meetings and statements from news about diplomacy.
 * Every fact links back to the sentence that reports it. Other schema files extend Query and Mutation.
 */
export type QueryStatementArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Diplograph: people, countries, organizations, places, meetings and statements from news about diplomacy.
 * Every fact links back to the sentence that reports it. Other schema files extend Query and Mutation.
 */
export type QueryStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StatementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Diplograph: people, countries, organizations, places, meetings and statements from news about diplomacy.
 * Every fact links back to the sentence that reports it. Other schema files extend Query and Mutation.
 */
export type QueryTimelineArgs = {
  entities: Array<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** An office a person holds for a country or an organization. */
export type Role = {
  __typename?: 'Role';
  /** The date of the report that gave the role. */
  asOf?: Maybe<Scalars['Date']['output']>;
  country?: Maybe<Country>;
  evidence: Array<Evidence>;
  organization?: Maybe<Organization>;
  /** As the text gives it, without the country: Foreign Minister. */
  title: Scalars['String']['output'];
};

export type SearchHit = {
  __typename?: 'SearchHit';
  entity: Entity;
  /** Relevance from the full-text index; higher is better. */
  score: Scalars['Float']['output'];
};

/** Something a person, organization or country said, quoted (direct) or reported (indirect). */
export type Statement = Node & {
  __typename?: 'Statement';
  about: Array<Entity>;
  date?: Maybe<Scalars['Date']['output']>;
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  /** direct or indirect. */
  kind?: Maybe<Scalars['String']['output']>;
  /** The meeting it was said at. */
  meeting?: Maybe<Meeting>;
  speaker?: Maybe<Entity>;
  text: Scalars['String']['output'];
  /** The outlet it was quoted from ("according to The New York Times"). */
  via?: Maybe<Organization>;
};

/** One page of a list, at most `first` (default 20, at most 100) items. See `PageInfo` on what cursors mean. */
export type StatementConnection = {
  __typename?: 'StatementConnection';
  edges: Array<StatementEdge>;
  pageInfo: PageInfo;
  /** Items in the whole list, not just this page. */
  totalCount: Scalars['Int']['output'];
};

export type StatementEdge = {
  __typename?: 'StatementEdge';
  /** Position of this item in the list, to pass as `after`. */
  cursor: Scalars['String']['output'];
  node: Statement;
};

export type StatementFilter = {
  /** About every one of these entities. */
  about?: InputMaybe<Array<Scalars['ID']['input']>>;
  from?: InputMaybe<Scalars['Date']['input']>;
  speaker?: InputMaybe<Scalars['ID']['input']>;
  /** Contains this text, ignoring case. */
  text?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type Stats = {
  __typename?: 'Stats';
  /** Nodes per label: Article, Person, Country, Organization, Location, Meeting, Statement. */
  nodes: Array<LabelCount>;
  /** Relationships per type: MENTIONS, PARTICIPANT, SAID_BY, … */
  relationships: Array<LabelCount>;
};

/** Nodes and edges in the shape graph-explorer UIs consume. */
export type Subgraph = {
  __typename?: 'Subgraph';
  edges: Array<GraphEdge>;
  nodes: Array<GraphNode>;
};

export type TimelineEvent = Meeting | Statement;



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Article: ResolverTypeWrapper<ArticleModel>;
  ArticleConnection: ResolverTypeWrapper<ArticleConnectionModel>;
  ArticleEdge: ResolverTypeWrapper<Omit<ArticleEdge, 'node'> & { node: ResolversTypes['Article'] }>;
  ArticleFilter: ArticleFilter;
  ArticleFormat: ArticleFormat;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Country: ResolverTypeWrapper<CountryModel>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Dyad: ResolverTypeWrapper<DyadModel>;
  DyadBucket: ResolverTypeWrapper<DyadBucketModel>;
  Entity: ResolverTypeWrapper<EntityModel>;
  EntityType: EntityType;
  Evidence: ResolverTypeWrapper<EvidenceModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GraphEdge: ResolverTypeWrapper<GraphEdgeModel>;
  GraphNode: ResolverTypeWrapper<GraphNodeModel>;
  Health: ResolverTypeWrapper<DatabaseHealth>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IngestArticleInput: IngestArticleInput;
  IngestResult: ResolverTypeWrapper<IngestResultModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Interval: Interval;
  LabelCount: ResolverTypeWrapper<CountModel>;
  Location: ResolverTypeWrapper<LocationModel>;
  Meeting: ResolverTypeWrapper<MeetingModel>;
  MeetingConnection: ResolverTypeWrapper<MeetingConnectionModel>;
  MeetingEdge: ResolverTypeWrapper<Omit<MeetingEdge, 'node'> & { node: ResolversTypes['Meeting'] }>;
  MeetingFilter: MeetingFilter;
  MeetingOrder: MeetingOrder;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<NodeModel>;
  Organization: ResolverTypeWrapper<OrganizationModel>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<PersonModel>;
  PersonConnection: ResolverTypeWrapper<PersonConnectionModel>;
  PersonEdge: ResolverTypeWrapper<Omit<PersonEdge, 'node'> & { node: ResolversTypes['Person'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Role: ResolverTypeWrapper<RoleModel>;
  SearchHit: ResolverTypeWrapper<SearchHitModel>;
  Statement: ResolverTypeWrapper<StatementModel>;
  StatementConnection: ResolverTypeWrapper<StatementConnectionModel>;
  StatementEdge: ResolverTypeWrapper<Omit<StatementEdge, 'node'> & { node: ResolversTypes['Statement'] }>;
  StatementFilter: StatementFilter;
  Stats: ResolverTypeWrapper<StatsModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<SubgraphModel>;
  TimelineEvent: ResolverTypeWrapper<TimelineEventModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Article: ArticleModel;
  ArticleConnection: ArticleConnectionModel;
  ArticleEdge: Omit<ArticleEdge, 'node'> & { node: ResolversParentTypes['Article'] };
  ArticleFilter: ArticleFilter;
  Boolean: Scalars['Boolean']['output'];
  Country: CountryModel;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Dyad: DyadModel;
  DyadBucket: DyadBucketModel;
  Entity: EntityModel;
  Evidence: EvidenceModel;
  Float: Scalars['Float']['output'];
  GraphEdge: GraphEdgeModel;
  GraphNode: GraphNodeModel;
  Health: DatabaseHealth;
  ID: Scalars['ID']['output'];
  IngestArticleInput: IngestArticleInput;
  IngestResult: IngestResultModel;
  Int: Scalars['Int']['output'];
  LabelCount: CountModel;
  Location: LocationModel;
  Meeting: MeetingModel;
  MeetingConnection: MeetingConnectionModel;
  MeetingEdge: Omit<MeetingEdge, 'node'> & { node: ResolversParentTypes['Meeting'] };
  MeetingFilter: MeetingFilter;
  Mutation: Record<PropertyKey, never>;
  Node: NodeModel;
  Organization: OrganizationModel;
  PageInfo: PageInfo;
  Person: PersonModel;
  PersonConnection: PersonConnectionModel;
  PersonEdge: Omit<PersonEdge, 'node'> & { node: ResolversParentTypes['Person'] };
  Query: Record<PropertyKey, never>;
  Role: RoleModel;
  SearchHit: SearchHitModel;
  Statement: StatementModel;
  StatementConnection: StatementConnectionModel;
  StatementEdge: Omit<StatementEdge, 'node'> & { node: ResolversParentTypes['Statement'] };
  StatementFilter: StatementFilter;
  Stats: StatsModel;
  String: Scalars['String']['output'];
  Subgraph: SubgraphModel;
  TimelineEvent: TimelineEventModel;
};

export type ArticleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = {
  authors?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ingestedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  meetings?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ArticleConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArticleConnection'] = ResolversParentTypes['ArticleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ArticleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ArticleEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArticleEdge'] = ResolversParentTypes['ArticleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
};

export type CountryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Country'] = ResolversParentTypes['Country']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, Partial<CountryArticlesArgs>>;
  demonyms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  iso2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  iso3?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  meetings?: Resolver<ResolversTypes['MeetingConnection'], ParentType, ContextType, RequireFields<CountryMeetingsArgs, 'orderBy'>>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  people?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  statementsAbout?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, Partial<CountryStatementsAboutArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DyadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Dyad'] = ResolversParentTypes['Dyad']> = {
  a?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
  buckets?: Resolver<Array<ResolversTypes['DyadBucket']>, ParentType, ContextType>;
  interval?: Resolver<ResolversTypes['Interval'], ParentType, ContextType>;
  totalMeetings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalStatements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DyadBucketResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DyadBucket'] = ResolversParentTypes['DyadBucket']> = {
  meetings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType: TypeResolveFn<'Country' | 'Location' | 'Organization' | 'Person', ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GraphNodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HealthResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Health'] = ResolversParentTypes['Health']> = {
  edition?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  neo4jVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IngestResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IngestResult'] = ResolversParentTypes['IngestResult']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  entities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  meetings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LabelCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LabelCount'] = ResolversParentTypes['LabelCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LocationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Location'] = ResolversParentTypes['Location']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, Partial<LocationArticlesArgs>>;
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  meetings?: Resolver<ResolversTypes['MeetingConnection'], ParentType, ContextType, RequireFields<LocationMeetingsArgs, 'orderBy'>>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MeetingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Meeting'] = ResolversParentTypes['Meeting']> = {
  cameo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  countries?: Resolver<Array<ResolversTypes['Country']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['Location']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  planned?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  plover?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  previous?: Resolver<Maybe<ResolversTypes['Meeting']>, ParentType, ContextType>;
  reportedIn?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MeetingConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MeetingConnection'] = ResolversParentTypes['MeetingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MeetingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MeetingEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MeetingEdge'] = ResolversParentTypes['MeetingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addAlias?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<MutationAddAliasArgs, 'alias' | 'id'>>;
  deleteArticle?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteArticleArgs, 'id'>>;
  ingestArticle?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestArticleArgs, 'input'>>;
  mergeEntities?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<MutationMergeEntitiesArgs, 'keep' | 'merge'>>;
};

export type NodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Article' | 'Country' | 'Location' | 'Meeting' | 'Organization' | 'Person' | 'Statement', ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, Partial<OrganizationArticlesArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PersonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, Partial<PersonArticlesArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meetings?: Resolver<ResolversTypes['MeetingConnection'], ParentType, ContextType, RequireFields<PersonMeetingsArgs, 'orderBy'>>;
  mentionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, Partial<PersonStatementsArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryArticleArgs, 'id'>>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, Partial<QueryArticlesArgs>>;
  connections?: Resolver<Array<ResolversTypes['Subgraph']>, ParentType, ContextType, RequireFields<QueryConnectionsArgs, 'first' | 'from' | 'maxHops' | 'to'>>;
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType, Partial<QueryCountryArgs>>;
  dyad?: Resolver<ResolversTypes['Dyad'], ParentType, ContextType, RequireFields<QueryDyadArgs, 'a' | 'b' | 'interval'>>;
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  meeting?: Resolver<Maybe<ResolversTypes['Meeting']>, ParentType, ContextType, RequireFields<QueryMeetingArgs, 'id'>>;
  meetings?: Resolver<ResolversTypes['MeetingConnection'], ParentType, ContextType, RequireFields<QueryMeetingsArgs, 'orderBy'>>;
  neighborhood?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'depth' | 'id' | 'limit'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, Partial<QueryPersonArgs>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'query'>>;
  statement?: Resolver<Maybe<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<QueryStatementArgs, 'id'>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, Partial<QueryStatementsArgs>>;
  stats?: Resolver<ResolversTypes['Stats'], ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['TimelineEvent']>, ParentType, ContextType, RequireFields<QueryTimelineArgs, 'entities'>>;
};

export type RoleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Role'] = ResolversParentTypes['Role']> = {
  asOf?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type StatementResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Statement'] = ResolversParentTypes['Statement']> = {
  about?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  meeting?: Resolver<Maybe<ResolversTypes['Meeting']>, ParentType, ContextType>;
  speaker?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  via?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StatementConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StatementConnection'] = ResolversParentTypes['StatementConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StatementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatementEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StatementEdge'] = ResolversParentTypes['StatementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
};

export type StatsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Stats'] = ResolversParentTypes['Stats']> = {
  nodes?: Resolver<Array<ResolversTypes['LabelCount']>, ParentType, ContextType>;
  relationships?: Resolver<Array<ResolversTypes['LabelCount']>, ParentType, ContextType>;
};

export type SubgraphResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
};

export type TimelineEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TimelineEvent'] = ResolversParentTypes['TimelineEvent']> = {
  __resolveType: TypeResolveFn<'Meeting' | 'Statement', ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  Article?: ArticleResolvers<ContextType>;
  ArticleConnection?: ArticleConnectionResolvers<ContextType>;
  ArticleEdge?: ArticleEdgeResolvers<ContextType>;
  Country?: CountryResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Dyad?: DyadResolvers<ContextType>;
  DyadBucket?: DyadBucketResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  Health?: HealthResolvers<ContextType>;
  IngestResult?: IngestResultResolvers<ContextType>;
  LabelCount?: LabelCountResolvers<ContextType>;
  Location?: LocationResolvers<ContextType>;
  Meeting?: MeetingResolvers<ContextType>;
  MeetingConnection?: MeetingConnectionResolvers<ContextType>;
  MeetingEdge?: MeetingEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Role?: RoleResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Statement?: StatementResolvers<ContextType>;
  StatementConnection?: StatementConnectionResolvers<ContextType>;
  StatementEdge?: StatementEdgeResolvers<ContextType>;
  Stats?: StatsResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  TimelineEvent?: TimelineEventResolvers<ContextType>;
};

