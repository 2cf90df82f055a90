/** Articles: listing, ingesting one through the pipeline, deleting one with what only it reported. */
import type { ArticleConnectionModel, IngestResultModel } from '../domain/graph-model.ts';
import { DiplographError, ErrorCode } from '../domain/errors.ts';
import type { ArticleFilter, ArticleRepository } from '../repositories/article-repository.ts';
import type { CurationRepository } from '../repositories/curation-repository.ts';
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

/** Runs the ingest pipeline on one article; supplied by whoever builds the services. */
export type ArticleIngester = (input: IngestArticleInput) => Promise<IngestResultModel>;

export class ArticleService {
  constructor(
    private readonly articles: ArticleRepository,
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
    if (input.publishedAt !== null && !/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(input.publishedAt)) {
      throw new DiplographError(ErrorCode.BAD_USER_INPUT, `publishedAt: expected an ISO date or date-time, got ${JSON.stringify(input.publishedAt)}`);
    }
    return this.ingester(input);
  }

  deleteArticle(id: string): Promise<boolean> {
    return this.curation.deleteArticle(id);
  }
}
