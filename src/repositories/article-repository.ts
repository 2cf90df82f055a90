/** Articles by filter, a page at a time, and how many match. */
import neo4j, { type Node } from 'neo4j-driver';
import type { Database } from '../db/database.ts';
import type { ArticleModel, Page, PageRequest } from '../domain/graph-model.ts';
import { toArticle, toNumber } from './node-mapper.ts';

export interface ArticleFilter {
  /** Only articles with a MENTIONS relationship to this entity. */
  mentions: string | null;
  source: string | null;
  from: string | null;
  to: string | null;
}

const MATCH_FILTERED = `
  MATCH (a:Article)
  WHERE ($from IS NULL OR a.publishedAt >= $from)
    AND ($to IS NULL OR a.publishedAt <= $to)
    AND ($source IS NULL OR toLower(a.source) = toLower($source))
    AND ($mentions IS NULL OR EXISTS { (a)-[:MENTIONS]->(x) WHERE x.id = $mentions })`;

export class ArticleRepository {
  constructor(private readonly db: Database) {}

  /** Newest first. */
  async find(filter: ArticleFilter, page: PageRequest): Promise<Page<ArticleModel>> {
    const result = await this.db.query(`${MATCH_FILTERED} RETURN a ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id SKIP $offset LIMIT $limit`, {
      ...filter,
      offset: neo4j.int(page.offset),
      limit: neo4j.int(page.limit + 1),
    });
    const articles = result.records.map((record) => toArticle(record.get('a') as Node));
    return { items: articles.slice(0, page.limit), offset: page.offset, hasNextPage: articles.length > page.limit };
  }

  async count(filter: ArticleFilter): Promise<number> {
    const result = await this.db.query(`${MATCH_FILTERED} RETURN count(a) AS total`, { ...filter });
    return toNumber(result.records[0]?.get('total'));
  }
}
