/**
 * The explorer's questions to the API, one function each. Every query here is an example of using
 * the public GraphQL API from a third-party UI: nothing else reaches the server.
 */
import { GraphQLClient } from './api-client.ts';
import type { Article, EntityRef, Evidence, SearchHit, Subgraph } from './types.ts';

const EVIDENCE = /* GraphQL */ `
  fragment ExplorerEvidence on Evidence {
    sentence
    start
    end
    text
    article { id title source publishedAt url }
  }
`;

const SEARCH = /* GraphQL */ `
  query ExplorerSearch($query: String!, $first: Int) {
    search(query: $query, first: $first) {
      score
      entity { __typename id name }
    }
  }
`;

const SUBGRAPH = /* GraphQL */ `
  fragment ExplorerSubgraph on Subgraph {
    nodes { id label name }
    edges { id type source target count }
  }
`;

const NEIGHBORHOOD = /* GraphQL */ `
  query ExplorerNeighborhood($id: ID!, $depth: Int!, $limit: Int!) {
    neighborhood(id: $id, depth: $depth, limit: $limit) { ...ExplorerSubgraph }
  }
  ${SUBGRAPH}
`;

const CONNECTIONS = /* GraphQL */ `
  query ExplorerConnections($from: ID!, $to: ID!, $maxHops: Int!, $first: Int!) {
    connections(from: $from, to: $to, maxHops: $maxHops, first: $first) { ...ExplorerSubgraph }
  }
  ${SUBGRAPH}
`;

const NODE_DETAILS = /* GraphQL */ `
  query ExplorerNode($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Entity {
        name
        aliases
        mentionCount
        articles(first: 5) { totalCount edges { node { id title source publishedAt url } } }
      }
      ... on Person {
        roles {
          title
          asOf
          country { id name }
          organization { id name }
          evidence { ...ExplorerEvidence }
        }
      }
      ... on Country { iso2 iso3 }
      ... on Organization { kind }
      ... on Location { kind country { id name } }
      ... on Meeting {
        date
        kind
        plover
        cameo
        planned
        participants { id name }
        countries { id name }
        location { id name }
        statements { id text speaker { id name } }
        reportedIn { ...ExplorerEvidence }
        previous { id date kind }
      }
      ... on Statement {
        text
        kind
        date
        speaker { __typename id name }
        via { id name }
        meeting { id date kind }
        about { __typename id name }
        evidence { ...ExplorerEvidence }
      }
      ... on Article { title url source publishedAt authors }
    }
  }
  ${EVIDENCE}
`;

const ARTICLE = /* GraphQL */ `
  query ExplorerArticle($id: ID!) {
    node(id: $id) {
      ... on Article { id title source publishedAt url text }
    }
  }
`;

const TIMELINE = /* GraphQL */ `
  query ExplorerTimeline($entities: [ID!]!, $from: Date, $to: Date, $first: Int!) {
    timeline(entities: $entities, from: $from, to: $to, first: $first) {
      __typename
      ... on Meeting { id date kind location { name } participants { name } }
      ... on Statement { id date text speaker { name } }
    }
  }
`;

const DYAD = /* GraphQL */ `
  query ExplorerDyad($a: ID!, $b: ID!, $from: Date, $to: Date) {
    dyad(a: $a, b: $b, from: $from, to: $to, interval: MONTH) {
      a { id name }
      b { id name }
      buckets { period meetings statements }
      totalMeetings
      totalStatements
    }
  }
`;

export interface Role {
  title: string;
  asOf: string | null;
  country: { id: string; name: string } | null;
  organization: { id: string; name: string } | null;
  evidence: Evidence[];
}

interface EntityFields {
  id: string;
  name: string;
  aliases: string[];
  mentionCount: number;
  articles: { totalCount: number; edges: Array<{ node: Omit<Article, 'text'> }> };
}

export type NodeDetails =
  | ({ __typename: 'Person'; roles: Role[] } & EntityFields)
  | ({ __typename: 'Country'; iso2: string | null; iso3: string | null } & EntityFields)
  | ({ __typename: 'Organization'; kind: string | null } & EntityFields)
  | ({ __typename: 'Location'; kind: string | null; country: { id: string; name: string } | null } & EntityFields)
  | {
      __typename: 'Meeting';
      id: string;
      date: string | null;
      kind: string | null;
      plover: string | null;
      cameo: string | null;
      planned: boolean;
      participants: Array<{ id: string; name: string }>;
      countries: Array<{ id: string; name: string }>;
      location: { id: string; name: string } | null;
      statements: Array<{ id: string; text: string; speaker: { id: string; name: string } | null }>;
      reportedIn: Evidence[];
      previous: { id: string; date: string | null; kind: string | null } | null;
    }
  | {
      __typename: 'Statement';
      id: string;
      text: string;
      kind: string | null;
      date: string | null;
      speaker: EntityRef | null;
      via: { id: string; name: string } | null;
      meeting: { id: string; date: string | null; kind: string | null } | null;
      about: EntityRef[];
      evidence: Evidence[];
    }
  | {
      __typename: 'Article';
      id: string;
      title: string | null;
      url: string | null;
      source: string | null;
      publishedAt: string | null;
      authors: string[];
    };

export type TimelineEvent =
  | {
      __typename: 'Meeting';
      id: string;
      date: string | null;
      kind: string | null;
      location: { name: string } | null;
      participants: Array<{ name: string }>;
    }
  | { __typename: 'Statement'; id: string; date: string | null; text: string; speaker: { name: string } | null };

export interface Dyad {
  a: { id: string; name: string };
  b: { id: string; name: string };
  buckets: Array<{ period: string; meetings: number; statements: number }>;
  totalMeetings: number;
  totalStatements: number;
}

/** The API's upper bound on `first` for lists; asking for more is an error, not clamped. */
export const MAX_PAGE = 100;
/** How many nodes one neighbourhood may bring: enough to explore, few enough to lay out quickly. */
export const NEIGHBORHOOD_LIMIT = 300;
/** Aliases per request when fetching dates of many nodes, below the API's alias limit. */
const DATE_BATCH = 12;

export class ExplorerApi {
  readonly #client: GraphQLClient;
  readonly #articles = new Map<string, Promise<Article | null>>();

  constructor(client = new GraphQLClient()) {
    this.#client = client;
  }

  /** How many nodes the graph holds; fails when the database is down. */
  async nodeCount(): Promise<number> {
    const data = await this.#client.request<{ health: { nodeCount: number } }>('query ExplorerHealth { health { nodeCount } }');
    return data.health.nodeCount;
  }

  async search(query: string, signal?: AbortSignal): Promise<SearchHit[]> {
    const data = await this.#client.request<{ search: SearchHit[] }>(SEARCH, { query, first: 8 }, signal);
    return data.search;
  }

  async neighborhood(id: string, depth: number): Promise<Subgraph> {
    const data = await this.#client.request<{ neighborhood: Subgraph }>(NEIGHBORHOOD, { id, depth, limit: NEIGHBORHOOD_LIMIT });
    return data.neighborhood;
  }

  /** Shortest paths between two nodes, each a subgraph whose nodes are in path order. */
  async connections(from: string, to: string): Promise<Subgraph[]> {
    const data = await this.#client.request<{ connections: Subgraph[] }>(CONNECTIONS, { from, to, maxHops: 6, first: 3 });
    return data.connections;
  }

  async node(id: string): Promise<NodeDetails | null> {
    const data = await this.#client.request<{ node: NodeDetails | null }>(NODE_DETAILS, { id });
    return data.node;
  }

  /** The article with its text; asked once per article per page load. */
  article(id: string): Promise<Article | null> {
    let pending = this.#articles.get(id);
    if (!pending) {
      pending = this.#client.request<{ node: Article | null }>(ARTICLE, { id }).then((data) => data.node);
      pending.catch(() => this.#articles.delete(id));
      this.#articles.set(id, pending);
    }
    return pending;
  }

  /**
   * Dates of meetings and statements, for the date filter (graph nodes carry no date). Asked in
   * batches of aliased `node` fields, e.g. `n0: node(id: "meeting:…") { … on Meeting { date } }`.
   */
  async dates(ids: readonly string[]): Promise<Map<string, string | null>> {
    const dates = new Map<string, string | null>();
    const batches: string[][] = [];
    for (let i = 0; i < ids.length; i += DATE_BATCH) batches.push(ids.slice(i, i + DATE_BATCH));
    await Promise.all(
      batches.map(async (batch) => {
        const fields = batch.map((_, i) => `n${i}: node(id: $id${i}) { id ... on Meeting { date } ... on Statement { date } }`);
        const query = `query ExplorerDates(${batch.map((_, i) => `$id${i}: ID!`).join(', ')}) { ${fields.join(' ')} }`;
        const variables = Object.fromEntries(batch.map((id, i) => [`id${i}`, id]));
        const data = await this.#client.request<Record<string, { id: string; date?: string | null } | null>>(query, variables);
        for (const node of Object.values(data)) if (node) dates.set(node.id, node.date ?? null);
      }),
    );
    return dates;
  }

  async timeline(entities: string[], from: string | null, to: string | null): Promise<TimelineEvent[]> {
    const data = await this.#client.request<{ timeline: TimelineEvent[] }>(TIMELINE, { entities, from, to, first: MAX_PAGE });
    return data.timeline;
  }

  async dyad(a: string, b: string, from: string | null, to: string | null): Promise<Dyad> {
    const data = await this.#client.request<{ dyad: Dyad }>(DYAD, { a, b, from, to });
    return data.dyad;
  }
}
