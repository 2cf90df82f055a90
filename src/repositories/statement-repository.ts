/** Statements by filter, a page at a time, and how many match. */
import neo4j, { type Node } from 'neo4j-driver';
import type { Database } from '../db/database.ts';
import type { Page, PageRequest, StatementModel } from '../domain/graph-model.ts';
import { callFindEntityById } from './node-lookup.ts';
import { toNumber, toStatement } from './node-mapper.ts';

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
 * DISTINCT because one statement has a SAID_BY (ABOUT) relationship per reporting sentence.
 */
function anchor(filter: StatementFilter): string {
  if (filter.speaker !== null) return `WITH $speaker AS anchorId ${callFindEntityById('anchorId', 'anchor')} MATCH (anchor)<-[:SAID_BY]-(s:Statement) WITH DISTINCT s`;
  if (filter.about.length > 0) return `WITH $about[0] AS anchorId ${callFindEntityById('anchorId', 'anchor')} MATCH (anchor)<-[:ABOUT]-(s:Statement) WITH DISTINCT s`;
  return 'MATCH (s:Statement)';
}

const CONDITIONS = `
  WHERE ($from IS NULL OR s.date >= $from)
    AND ($to IS NULL OR s.date <= $to)
    AND ($text IS NULL OR toLower(s.text) CONTAINS toLower($text))
    AND ($speaker IS NULL OR EXISTS { (s)-[:SAID_BY]->(x) WHERE x.id = $speaker })
    AND all(a IN $about WHERE EXISTS { (s)-[:ABOUT]->(x) WHERE x.id = a })`;

const matchFiltered = (filter: StatementFilter) => `${anchor(filter)} ${CONDITIONS}`;

export class StatementRepository {
  constructor(private readonly db: Database) {}

  /** Newest first; undated statements last. */
  async find(filter: StatementFilter, page: PageRequest): Promise<Page<StatementModel>> {
    const result = await this.db.read((tx) =>
      tx.run(`${matchFiltered(filter)} RETURN s ORDER BY s.date IS NULL, s.date DESC, s.id SKIP $offset LIMIT $limit`, {
        ...filter,
        offset: neo4j.int(page.offset),
        limit: neo4j.int(page.limit + 1),
      }),
    );
    const statements = result.records.map((record) => toStatement(record.get('s') as Node));
    return { items: statements.slice(0, page.limit), offset: page.offset, hasNextPage: statements.length > page.limit };
  }

  /** `find` and `count` in one statement: the page and how many match, for a client asking for both. */
  async findWithTotal(filter: StatementFilter, page: PageRequest): Promise<{ page: Page<StatementModel>; total: number }> {
    const result = await this.db.read((tx) =>
      tx.run(
        `CALL { ${matchFiltered(filter)} RETURN count(s) AS total }
         CALL { ${matchFiltered(filter)} WITH s ORDER BY s.date IS NULL, s.date DESC, s.id SKIP $offset LIMIT $limit RETURN collect(s) AS page }
         RETURN total, page`,
        { ...filter, offset: neo4j.int(page.offset), limit: neo4j.int(page.limit + 1) },
      ),
    );
    const record = result.records[0];
    const statements = ((record?.get('page') as Node[] | undefined) ?? []).map(toStatement);
    return {
      page: { items: statements.slice(0, page.limit), offset: page.offset, hasNextPage: statements.length > page.limit },
      total: toNumber(record?.get('total')),
    };
  }

  async count(filter: StatementFilter): Promise<number> {
    const result = await this.db.read((tx) => tx.run(`${matchFiltered(filter)} RETURN count(s) AS total`, { ...filter }));
    return toNumber(result.records[0]?.get('total'));
  }
}
