/** Articles: listing, ingesting one through the pipeline, deleting one with what only it reported. */
import type { ArticleConnectionModel, IngestResultModel } from '../domain/graph-model.ts';
import { isCalendarDate } from '../domain/calendar-date.ts';
import { DiplographError, ErrorCode } from '../domain/errors.ts';
import type { ArticleFilter, ArticleRepository } from '../repositories/article-repository.ts';
import type { CurationRepository } from '../repositories/curation-repository.ts';
import type { NodeRepository } from '../repositories/node-repository.ts';
import { pageRequest, toConnection } from './pagination.ts';
import type { Paging } from './meeting-service.ts';

export type { ArticleFilter };

export const EMPTY_ARTICLE_FILTER: ArticleFilter = { mentions: null, source: null, from: null, to: null };

export interface IngestArticleInput {
  text: string;
  title: string | null;
  url: string | null;
  /** ISO date or date-time, as the client sent it. */
  publishedAt: string | null;
  source: string | null;
  format: 'TEXT' | 'HTML' | 'JSON';
}

/** What the pipeline reports about one article; counts are of what it extracted, new or not. */
export interface IngestOutcome {
  articleId: string;
  created: boolean;
  meetings: number;
  statements: number;
  entities: number;
}

/** Runs the ingest pipeline on one article; supplied by whoever builds the services. */
export type ArticleIngester = (input: IngestArticleInput) => Promise<IngestOutcome>;

export class ArticleService {
  constructor(
    private readonly articles: ArticleRepository,
    private readonly nodes: NodeRepository,
    private readonly curation: CurationRepository,
    private readonly ingester: ArticleIngester | null,
    private readonly maxArticleBytes: number,
  ) {}

  async articlesPage(filter: ArticleFilter, paging: Paging): Promise<ArticleConnectionModel> {
    const page = await this.articles.find(filter, pageRequest(paging));
    return toConnection(page, () => this.articles.count(filter));
  }

  async ingest(input: IngestArticleInput): Promise<IngestResultModel> {
    if (!this.ingester) throw new DiplographError(ErrorCode.FORBIDDEN, 'Ingesting through the API is not available on this server.');
    const bytes = Buffer.byteLength(input.text, 'utf8');
    if (bytes > this.maxArticleBytes) {
      throw new DiplographError(ErrorCode.BAD_USER_INPUT, `text: expected at most ${this.maxArticleBytes} bytes, got ${bytes}`);
    }
    if (input.text.trim() === '') throw new DiplographError(ErrorCode.BAD_USER_INPUT, 'text: expected the article text, got an empty string');
    if (
      input.publishedAt !== null &&
      (!/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(input.publishedAt) || !isCalendarDate(input.publishedAt.slice(0, 10)))
    ) {
      throw new DiplographError(ErrorCode.BAD_USER_INPUT, `publishedAt: expected an ISO date or date-time, got ${JSON.stringify(input.publishedAt)}`);
    }
    const outcome = await this.ingester(input);
    const article = (await this.nodes.findByIds([outcome.articleId])).get(outcome.articleId);
    if (article?.label !== 'Article') throw new Error(`ingest reported article ${outcome.articleId}, which is not in the graph`);
    return { article, created: outcome.created, meetings: outcome.meetings, statements: outcome.statements, entities: outcome.entities };
  }

  deleteArticle(id: string): Promise<boolean> {
    return this.curation.deleteArticle(id);
  }
}
