/** Statements by filter, a page at a time, and how many match. */
import neo4j from 'neo4j-driver';
import type { Database } from '../db/database.ts';
import type { PageRequest, StatementModel } from '../domain/graph-model.ts';
import { entityListPage, entityListTotal } from './entity-event-lists.ts';
import { callFindEntityById } from './node-lookup.ts';
import { toNumber, toStatement } from './node-mapper.ts';
import { PAGE_OF_MATCHING, relatedOfEach, toPageWithRelated, type ListItems, type PageWithRelated, type RelationFrom } from './relation-repository.ts';

export interface StatementFilter {
  speaker: string | null;
  /** About every one of these entities. */
  about: string[];
  /** Case-insensitive substring of the statement text. */
  text: string | null;
  from: string | null;
  to: string | null;
}

/**
 * Where the match starts: at the speaker or the first subject the filter names (found by id under each
 * entity label, a seek on each uniqueness constraint), else at every statement. Starting at every
 * statement and testing each one made a page cost as much as the whole graph.
 * DISTINCT because one statement has a SAID_BY (ABOUT) relationship per reporting sentence. The statement's
 * label is not tested: only statements have those relationships (DESIGN.md), and testing it on each of the
 * 38,722 ABOUT relationships of the busiest country at 100k articles was half the page's database hits.
 */
function anchor(filter: StatementFilter): string {
  if (filter.speaker !== null) return `WITH $speaker AS anchorId ${callFindEntityById('anchorId', 'anchor')} MATCH (anchor)<-[:SAID_BY]-(s) WITH DISTINCT s`;
  if (filter.about.length > 0) return `WITH $about[0] AS anchorId ${callFindEntityById('anchorId', 'anchor')} MATCH (anchor)<-[:ABOUT]-(s) WITH DISTINCT s`;
  return 'MATCH (s:Statement)';
}

/**
 * The rest of the filter, for each statement the anchor reached. What the anchor already holds is not asked again:
 * for a busy country, testing every statement about it for being about it was a third of the page's cost.
 */
function conditions(filter: StatementFilter): string {
  const speakerChecked = filter.speaker !== null;
  const firstSubjectChecked = !speakerChecked && filter.about.length > 0;
  return `
  WHERE ($from IS NULL OR s.date >= $from)
    AND ($to IS NULL OR s.date <= $to)
    AND ($text IS NULL OR toLower(s.text) CONTAINS toLower($text))
    ${speakerChecked ? '' : 'AND ($speaker IS NULL OR EXISTS { (s)-[:SAID_BY]->(x) WHERE x.id = $speaker })'}
    AND all(a IN ${firstSubjectChecked ? '$about[1..]' : '$about'} WHERE EXISTS { (s)-[:ABOUT]->(x) WHERE x.id = a })`;
}

const matchFiltered = (filter: StatementFilter) => `${anchor(filter)} ${conditions(filter)}`;

// Undated statements last.
const NEWEST_FIRST = 'ORDER BY s.date IS NULL, s.date DESC, s.id';

/** Relations of each statement on a page that can be read in the page's own statement. */
export type StatementRelation = RelationFrom<'Statement'>;

export type StatementPage = PageWithRelated<StatementModel>;

/** An entity's list of statements (entity-event-lists.ts): what it said, or what was said about it. */
interface ListedEntity {
  kind: 'SAID_BY' | 'ABOUT';
  entity: string;
}

/**
 * The list that answers the filter alone: one speaker, or one subject, and at most a date range. Any other
 * filter goes through the general match.
 */
function listedEntity(filter: StatementFilter): ListedEntity | null {
  if (filter.text !== null) return null;
  const [subject, ...others] = filter.about;
  if (filter.speaker !== null) return subject === undefined ? { kind: 'SAID_BY', entity: filter.speaker } : null;
  return subject !== undefined && others.length === 0 ? { kind: 'ABOUT', entity: subject } : null;
}

export class StatementRepository {
  constructor(private readonly db: Database) {}

  /**
   * A page of statements, newest first. `include` names relations of each statement (speaker, …) to
   * read in the same statement, for a client that asked for them: one round trip instead of two.
   */
  async find(filter: StatementFilter, page: PageRequest, include: readonly StatementRelation[] = []): Promise<StatementPage> {
    const listed = listedEntity(filter);
    if (listed !== null) {
      const { page: items, related } = await this.listPage(listed, filter, page, include, false);
      return { page: items, related };
    }
    const { calls, item } = relatedOfEach(include, 's');
    const result = await this.db.query(`${matchFiltered(filter)} WITH s ${NEWEST_FIRST} SKIP $offset LIMIT $limit ${calls} RETURN collect(${item}) AS page`, {
      ...filter,
      offset: neo4j.int(page.offset),
      limit: neo4j.int(page.limit + 1),
    });
    return toPageWithRelated(result.records[0]?.get('page') as ListItems | undefined, include, page, toStatement);
  }

  /**
   * `find` and `count` in one statement: the page and how many match, for a client asking for both. The
   * statements are matched once, counted and cut into the page; matching them twice, once to count and once
   * for the page, read a busy country's statements twice.
   */
  async findWithTotal(filter: StatementFilter, page: PageRequest, include: readonly StatementRelation[] = []): Promise<StatementPage & { total: number }> {
    const listed = listedEntity(filter);
    if (listed !== null) return this.listPage(listed, filter, page, include);
    const { calls, item } = relatedOfEach(include, 's');
    const result = await this.db.query(
      `${matchFiltered(filter)} WITH s ${NEWEST_FIRST}
       WITH collect(s) AS matching
       ${PAGE_OF_MATCHING('s', calls, item)}`,
      { ...filter, offset: neo4j.int(page.offset), limit: neo4j.int(page.limit + 1) },
    );
    const record = result.records[0];
    return { ...toPageWithRelated(record?.get('page') as ListItems | undefined, include, page, toStatement), total: toNumber(record?.get('total')) };
  }

  async count(filter: StatementFilter): Promise<number> {
    const listed = listedEntity(filter);
    if (listed !== null) {
      const { cypher, parameters } = entityListTotal(listed.kind, listed.entity, filter.from, filter.to);
      return toNumber((await this.db.query(cypher, parameters)).records[0]?.get('total'));
    }
    const result = await this.db.query(`${matchFiltered(filter)} RETURN count(s) AS total`, { ...filter });
    return toNumber(result.records[0]?.get('total'));
  }

  /**
   * The statements by or about one entity, newest first, from its list: the page read in index order and stopped
   * after it, the total summed from the day counts (0 without `withTotal`: a page alone does not read them). The same answer as the general match, which sorts and
   * counts every statement about the entity (at 100,000 articles, tens of thousands for the busiest country), or
   * walks every SAID_BY of the speaker (one per reporting sentence).
   */
  private async listPage(listed: ListedEntity, filter: StatementFilter, page: PageRequest, include: readonly StatementRelation[], withTotal = true): Promise<StatementPage & { total: number }> {
    const { calls, item } = relatedOfEach(include, 's');
    const { cypher, parameters } = entityListPage(listed.kind, listed.entity, filter.from, filter.to, 's', calls, item, withTotal);
    const result = await this.db.query(cypher, { ...parameters, offset: neo4j.int(page.offset), limit: neo4j.int(page.limit + 1) });
    const record = result.records[0];
    return { ...toPageWithRelated(record?.get('page') as ListItems | undefined, include, page, toStatement), total: toNumber(record?.get('total')) };
  }
}
