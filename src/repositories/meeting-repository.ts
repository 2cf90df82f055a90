/** Meetings by filter, a page at a time, and how many match. */
import neo4j from 'neo4j-driver';
import type { Database } from '../db/database.ts';
import type { MeetingModel, PageRequest } from '../domain/graph-model.ts';
import { entityListPage, entityListTotal } from './entity-event-lists.ts';
import { toMeeting, toNumber } from './node-mapper.ts';
import { PAGE_OF_MATCHING, relatedOfEach, toPageWithRelated, type ListItems, type PageWithRelated, type RelationFrom } from './relation-repository.ts';

export interface MeetingFilter {
  /** Every one of these people took part. */
  participants: string[];
  /** Every one of these countries was involved. */
  countries: string[];
  location: string | null;
  /** Inclusive ISO dates. */
  from: string | null;
  to: string | null;
  kind: string | null;
  plover: string | null;
}

export type MeetingOrder = 'DATE_ASC' | 'DATE_DESC';

/** Relations of each meeting on a page that can be read in the page's own statement. */
export type MeetingRelation = RelationFrom<'Meeting'>;

export type MeetingPage = PageWithRelated<MeetingModel>;

/**
 * Where the match starts: at the first participant, country or place the filter names (a seek on its
 * uniqueness constraint, then only that node's meetings), else at every meeting. Starting at every
 * meeting and testing each one made a person's page of meetings cost as much as the whole graph.
 * DISTINCT because one meeting has a PARTICIPANT (INVOLVES, HELD_IN) relationship per reporting sentence.
 * The meeting's label is not tested: only meetings have those relationships (DESIGN.md), and testing it on
 * each of them doubled the database hits of a busy anchor.
 */
function anchor(filter: MeetingFilter): string {
  if (filter.participants.length > 0) return 'MATCH (:Person {id: $participants[0]})<-[:PARTICIPANT]-(m) WITH DISTINCT m';
  if (filter.countries.length > 0) return 'MATCH (:Country {id: $countries[0]})<-[:INVOLVES]-(m) WITH DISTINCT m';
  if (filter.location !== null) return 'MATCH (:Location {id: $location})<-[:HELD_IN]-(m) WITH DISTINCT m';
  return 'MATCH (m:Meeting)';
}

/**
 * The rest of the filter for each meeting the anchor reached; absent values are null parameters. What the anchor
 * already holds is not asked again of every meeting (the busiest person's meetings each tested for that person).
 */
function conditions(filter: MeetingFilter): string {
  const anchoredOn = filter.participants.length > 0 ? 'participant' : filter.countries.length > 0 ? 'country' : filter.location !== null ? 'location' : null;
  return `
  WHERE ($from IS NULL OR m.date >= $from)
    AND ($to IS NULL OR m.date <= $to)
    AND ($kind IS NULL OR m.kind = $kind)
    AND ($plover IS NULL OR m.plover = $plover)
    ${anchoredOn === 'location' ? '' : 'AND ($location IS NULL OR EXISTS { (m)-[:HELD_IN]->(:Location {id: $location}) })'}
    AND all(p IN ${anchoredOn === 'participant' ? '$participants[1..]' : '$participants'} WHERE EXISTS { (m)-[:PARTICIPANT]->(:Person {id: p}) })
    AND all(c IN ${anchoredOn === 'country' ? '$countries[1..]' : '$countries'} WHERE EXISTS { (m)-[:INVOLVES]->(:Country {id: c}) })`;
}

const matchFiltered = (filter: MeetingFilter) => `${anchor(filter)} ${conditions(filter)}`;

// Undated meetings sort last either way.
const ORDER_BY: Record<MeetingOrder, string> = {
  DATE_ASC: 'ORDER BY m.date IS NULL, m.date ASC, m.id',
  DATE_DESC: 'ORDER BY m.date IS NULL, m.date DESC, m.id',
};

/**
 * The person whose list (entity-event-lists.ts) answers the filter alone: one participant and at most a date
 * range. Any other filter goes through the general match.
 */
function listedPerson(filter: MeetingFilter): string | null {
  const [person, ...others] = filter.participants;
  if (person === undefined || others.length > 0 || filter.countries.length > 0) return null;
  return filter.location === null && filter.kind === null && filter.plover === null ? person : null;
}

export class MeetingRepository {
  constructor(private readonly db: Database) {}

  /**
   * A page of meetings. `include` names relations of each meeting (participants, countries, …) to
   * read in the same statement, for a client that asked for them: one round trip instead of two.
   */
  async find(filter: MeetingFilter, order: MeetingOrder, page: PageRequest, include: readonly MeetingRelation[] = []): Promise<MeetingPage> {
    const person = listedPerson(filter);
    if (person !== null && order === 'DATE_DESC') {
      const { page: items, related } = await this.listPage(person, filter, page, include, false);
      return { page: items, related };
    }
    const { calls, item } = relatedOfEach(include, 'm');
    const result = await this.db.query(
      `${matchFiltered(filter)} WITH m ${ORDER_BY[order]} SKIP $offset LIMIT $limit ${calls} RETURN collect(${item}) AS page`,
      {
        ...filter,
        offset: neo4j.int(page.offset),
        // One more than asked tells whether there is a next page.
        limit: neo4j.int(page.limit + 1),
      },
    );
    return toPageWithRelated(result.records[0]?.get('page') as ListItems | undefined, include, page, toMeeting);
  }

  /** `find` and `count` in one statement: the page and how many match, for a client asking for both. */
  async findWithTotal(
    filter: MeetingFilter,
    order: MeetingOrder,
    page: PageRequest,
    include: readonly MeetingRelation[] = [],
  ): Promise<MeetingPage & { total: number }> {
    const person = listedPerson(filter);
    if (person !== null && order === 'DATE_DESC') return this.listPage(person, filter, page, include);
    const { calls, item } = relatedOfEach(include, 'm');
    const result = await this.db.query(
      `${matchFiltered(filter)} WITH m ${ORDER_BY[order]}
       WITH collect(m) AS matching
       ${PAGE_OF_MATCHING('m', calls, item)}`,
      { ...filter, offset: neo4j.int(page.offset), limit: neo4j.int(page.limit + 1) },
    );
    const record = result.records[0];
    return { ...toPageWithRelated(record?.get('page') as ListItems | undefined, include, page, toMeeting), total: toNumber(record?.get('total')) };
  }

  async count(filter: MeetingFilter): Promise<number> {
    const person = listedPerson(filter);
    if (person !== null) {
      const { cypher, parameters } = entityListTotal('PARTICIPANT', person, filter.from, filter.to);
      return toNumber((await this.db.query(cypher, parameters)).records[0]?.get('total'));
    }
    const result = await this.db.query(`${matchFiltered(filter)} RETURN count(m) AS total`, { ...filter });
    return toNumber(result.records[0]?.get('total'));
  }

  /**
   * One person's meetings, newest first, from the person's list: the page read in index order and stopped
   * after it, the total summed from the day counts (0 without `withTotal`: a page alone does not read them). The same answer as the general match, which sorts and
   * counts every meeting of the person (at 100,000 articles, thousands for the busiest).
   */
  private async listPage(person: string, filter: MeetingFilter, page: PageRequest, include: readonly MeetingRelation[], withTotal = true): Promise<MeetingPage & { total: number }> {
    const { calls, item } = relatedOfEach(include, 'm');
    const { cypher, parameters } = entityListPage('PARTICIPANT', person, filter.from, filter.to, 'm', calls, item, withTotal);
    const result = await this.db.query(cypher, { ...parameters, offset: neo4j.int(page.offset), limit: neo4j.int(page.limit + 1) });
    const record = result.records[0];
    return { ...toPageWithRelated(record?.get('page') as ListItems | undefined, include, page, toMeeting), total: toNumber(record?.get('total')) };
  }
}
