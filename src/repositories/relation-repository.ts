/**
 * One-hop neighbours of many nodes at once, for the per-request DataLoaders: "the participants of these
 * 50 meetings" is one query, not 50. Each relation is a fixed pattern below; callers name a relation,
 * never a label or type.
 */
import type { Node } from 'neo4j-driver';
import type { Database } from '../db/database.ts';
import type { NodeModel, Page, PageRequest } from '../domain/graph-model.ts';
import { toNodeModel } from './node-mapper.ts';
import { callFindByIdAndLabel } from './node-lookup.ts';

/*
 * A pattern names the far node's label only where its relationship type does not already fix it (DESIGN.md:
 * PARTICIPANT always reaches a Person, REPORTED_IN comes from meetings and statements alike): a label test on
 * every related node is a database hit each, for nothing.
 */
interface RelationPattern {
  /** `(n:Label {id: id})` is matched first, then `pattern` binds `x` (and optionally `r`). */
  from: string;
  pattern: string;
  /** Order of the related nodes; it may use `x` and `rank`. */
  order: string;
  /** An aggregate over the relationships joining `n` and `x` (several reports give several); default count(*). */
  rank?: string;
}

const RELATIONS = {
  meetingParticipants: { from: 'Meeting', pattern: '-[:PARTICIPANT]->(x)', order: 'x.name' },
  meetingCountries: { from: 'Meeting', pattern: '-[:INVOLVES]->(x)', order: 'x.name' },
  meetingLocation: { from: 'Meeting', pattern: '-[:HELD_IN]->(x)', order: 'x.name' },
  meetingStatements: { from: 'Meeting', pattern: '<-[:AT]-(x)', order: 'x.date, x.id' },
  meetingPrevious: { from: 'Meeting', pattern: '-[:FOLLOWS]->(x)', order: 'x.date DESC' },
  statementSpeaker: { from: 'Statement', pattern: '-[:SAID_BY]->(x)', order: 'x.name' },
  statementVia: { from: 'Statement', pattern: '-[:VIA]->(x)', order: 'x.name' },
  statementMeeting: { from: 'Statement', pattern: '-[:AT]->(x)', order: 'x.date DESC' },
  statementAbout: { from: 'Statement', pattern: '-[:ABOUT]->(x:Person|Country|Organization|Location)', order: 'x.name' },
  articleEntities: {
    from: 'Article',
    pattern: '-[r:MENTIONS]->(x:Person|Country|Organization|Location)',
    rank: 'sum(coalesce(r.count, 1))',
    order: 'rank DESC, x.name',
  },
  articleMeetings: { from: 'Article', pattern: '<-[:REPORTED_IN]-(x:Meeting)', order: 'x.date, x.id' },
  articleStatements: { from: 'Article', pattern: '<-[:REPORTED_IN]-(x:Statement)', order: 'x.date, x.id' },
  locationCountry: { from: 'Location', pattern: '-[:IN_COUNTRY]->(x)', order: 'x.name' },
  countryPeople: { from: 'Country', pattern: '<-[:HOLDS_ROLE]-(x)', order: 'x.name' },
} as const satisfies Record<string, RelationPattern>;

export type RelationName = keyof typeof RELATIONS;

/** The relations that start at `label`'s nodes: what a list of meetings can read along with its page. */
export type RelationFrom<L extends string> = { [K in RelationName]: (typeof RELATIONS)[K]['from'] extends L ? K : never }[RelationName];

/**
 * A `CALL { … }` that binds `column` to the nodes `relation` reaches from the node in `variable` (of the
 * relation's label, already in scope), in the relation's order: what `related` reads for one id, for a
 * statement that lists those nodes and their relations at once.
 */
export function relatedSubquery(relation: RelationName, variable: string, column: string): string {
  if (relation === 'statementSpeaker') return speakersSubquery(variable, column);
  const spec: RelationPattern = RELATIONS[relation];
  return `CALL { WITH ${variable}
    MATCH (${variable})${spec.pattern}
    WITH x, ${spec.rank ?? 'count(*)'} AS rank
    ORDER BY ${spec.order}
    RETURN collect(x) AS ${column} }`;
}

/**
 * `relatedSubquery` for a statement's speakers: the ids the statement keeps of what it is linked to (`dyadLinks`,
 * kept exact by every write, dyad-counts.ts), one seek each, instead of its SAID_BY relationships, one per
 * reporting sentence: a statement many outlets report cost the most to list. A statement without the ids (written
 * before they were kept) walks its relationships. The same speakers in the same order either way.
 */
function speakersSubquery(variable: string, column: string): string {
  return `CALL { WITH ${variable}
    WITH ${variable}, [link IN coalesce(${variable}.dyadLinks, []) WHERE link STARTS WITH 'SAID_BY ' | substring(link, 8)] AS ids
    CALL {
      WITH ${variable} WITH ${variable} WHERE ${variable}.dyadLinks IS NULL
      MATCH (${variable})-[:SAID_BY]->(x) RETURN DISTINCT x
      UNION
      WITH ids UNWIND ids AS id
      WITH id, CASE WHEN id STARTS WITH 'person:' THEN 'Person' WHEN id STARTS WITH 'org:' THEN 'Organization' WHEN id STARTS WITH 'country:' THEN 'Country' END AS label
      ${callFindByIdAndLabel('id', 'label', 'x', SPEAKER_LABELS)}
      RETURN x
    }
    WITH x ORDER BY x.name
    RETURN collect(x) AS ${column} }`;
}

/** What SAID_BY reaches (DESIGN.md). */
const SPEAKER_LABELS = ['Person', 'Organization', 'Country'] as const;

/** Related nodes read along with a list, by relation and then by the listed node's id. */
export type RelatedNodes = Map<RelationName, Map<string, NodeModel[]>>;

/**
 * The Cypher that reads `include` for each row of a list bound to `variable`: `calls` (one subquery
 * per relation) and `item`, the map a row becomes, `{node, related: [list per relation]}`. Relation
 * names come from RELATIONS, never from client text.
 */
export function relatedOfEach(include: readonly RelationName[], variable: string): { calls: string; item: string } {
  return {
    calls: include.map((relation, i) => relatedSubquery(relation, variable, `related${i}`)).join(' '),
    item: `{node: ${variable}, related: [${include.map((_, i) => `related${i}`).join(', ')}]}`,
  };
}

/** Reads the items `relatedOfEach` made back into the listed nodes and their related nodes. */
export function toListWithRelated<T extends NodeModel>(
  include: readonly RelationName[],
  items: ReadonlyArray<{ node: Node; related: Node[][] }>,
  toModel: (node: Node) => T,
): { nodes: T[]; related: RelatedNodes } {
  const related: RelatedNodes = new Map(include.map((relation) => [relation, new Map()]));
  const nodes = items.map(({ node, related: lists }) => {
    const model = toModel(node);
    include.forEach((relation, i) => related.get(relation)!.set(model.id, (lists[i] ?? []).map(toNodeModel)));
    return model;
  });
  return { nodes, related };
}

/**
 * The end of a statement that has bound `matching`, the ordered list of every match: how many there are
 * (`total`) and the page from `$offset`, `$limit` long, each item with its relations (`relatedOfEach`'s
 * `calls` and `item` for `variable`).
 */
export const PAGE_OF_MATCHING = (variable: string, calls: string, item: string): string => `
  WITH size(matching) AS total, matching[$offset..($offset + $limit)] AS pageNodes
  CALL { WITH pageNodes UNWIND pageNodes AS ${variable} ${calls} RETURN collect(${item}) AS page }
  RETURN total, page`;

/** A page of listed nodes and, for each, the nodes of the relations read along with it. */
export interface PageWithRelated<T> {
  page: Page<T>;
  related: RelatedNodes;
}

/** The rows `relatedOfEach` makes, as the driver returns them. */
export type ListItems = Array<{ node: Node; related: Node[][] }>;

/** A page from items read one beyond the page's limit (the extra one says whether a next page exists). */
export function toPageWithRelated<T extends NodeModel>(items: ListItems | undefined, include: readonly RelationName[], page: PageRequest, toModel: (node: Node) => T): PageWithRelated<T> {
  const { nodes, related } = toListWithRelated(include, items ?? [], toModel);
  return { page: { items: nodes.slice(0, page.limit), offset: page.offset, hasNextPage: nodes.length > page.limit }, related };
}

export class RelationRepository {
  constructor(private readonly db: Database) {}

  /** For each id, the related nodes in the relation's order (an empty list when there are none). */
  async related(relation: RelationName, ids: readonly string[]): Promise<Map<string, NodeModel[]>> {
    const spec: RelationPattern = RELATIONS[relation];
    // Grouping by (id, x) collapses the several relationships (one per reporting sentence) of one pair.
    const cypher = `UNWIND $ids AS id
      MATCH (n:${spec.from} {id: id})${spec.pattern}
      WITH id, x, ${spec.rank ?? 'count(*)'} AS rank
      ORDER BY ${spec.order}
      RETURN id, collect(x) AS related`;
    const result = await this.db.query(cypher, { ids: [...new Set(ids)] });
    const byId = new Map<string, NodeModel[]>(ids.map((id) => [id, []]));
    for (const record of result.records) {
      byId.set(record.get('id') as string, (record.get('related') as Node[]).map(toNodeModel));
    }
    return byId;
  }

  /**
   * Several relations at once, in one statement: per relation, the ids asked about it. A relation
   * asked alone runs `related`'s query; two or more (a meeting's participants and its countries) run
   * one subquery each per id.
   */
  async relatedMany(requests: ReadonlyMap<RelationName, readonly string[]>): Promise<Map<RelationName, Map<string, NodeModel[]>>> {
    const entries = [...requests.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    if (entries.length === 1) {
      const [relation, ids] = entries[0]!;
      return new Map([[relation, await this.related(relation, ids)]]);
    }
    // One CALL per relation; `id IN $ids<i>` keeps each to the ids asked about it, and collect() gives
    // every id a row (an empty list) whatever the relation finds.
    const calls = entries.map(([relation], i) => {
      const spec: RelationPattern = RELATIONS[relation];
      return `CALL { WITH id WITH id WHERE id IN $ids${i}
        MATCH (n:${spec.from} {id: id})${spec.pattern}
        WITH x, ${spec.rank ?? 'count(*)'} AS rank
        ORDER BY ${spec.order}
        RETURN collect(x) AS related${i} }`;
    });
    const parameters: Record<string, string[]> = {};
    entries.forEach(([, ids], i) => (parameters[`ids${i}`] = [...new Set(ids)]));
    const allIds = [...new Set(entries.flatMap(([, ids]) => ids))];
    const cypher = `UNWIND $allIds AS id ${calls.join(' ')} RETURN id, ${entries.map((_, i) => `related${i}`).join(', ')}`;
    const result = await this.db.query(cypher, { ...parameters, allIds });
    const byRelation = new Map<RelationName, Map<string, NodeModel[]>>(entries.map(([relation, ids]) => [relation, new Map(ids.map((id) => [id, []]))]));
    for (const record of result.records) {
      const id = record.get('id') as string;
      entries.forEach(([relation], i) => {
        const byId = byRelation.get(relation)!;
        if (byId.has(id)) byId.set(id, (record.get(`related${i}`) as Node[]).map(toNodeModel));
      });
    }
    return byRelation;
  }
}
