import type { Article } from '../../../src/domain/article.ts';
import { articleId } from '../../../src/domain/article-id.ts';
import { extractArticle } from '../../../src/extract/index.ts';
import type { Extraction } from '../../../src/domain/extraction.ts';

/** An article with just a body and a publication date, as the readers would hand it over. */
export function article(body: string, publishedAt: string | null = '2022-01-21', extra: Partial<Article> = {}): Article {
  return { id: articleId(body, null), title: null, publishedAt, source: null, url: null, authors: [], photographers: [], body, origin: 'test', ...extra };
}

export function extract(body: string, publishedAt: string | null = '2022-01-21', extra: Partial<Article> = {}): Extraction {
  return extractArticle(article(body, publishedAt, extra));
}
