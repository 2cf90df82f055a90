import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article } from '../../domain/article.ts';
import { badInput } from './errors.ts';
import { cleanArticleText } from './plain-text.ts';
import { isWebUrl } from './web-url.ts';

/**
 * The main text of an HTML page, found by Readability (scripts, navigation and asides dropped), one paragraph
 * a line. Title, byline, date, URL and site name come from Readability and the page's meta tags.
 */
export function articleFromHtml(html: string, origin: string): Article {
  const { document } = parseHTML(html);
  const meta = (selector: string): string | null => document.querySelector(selector)?.getAttribute('content')?.trim() || null;
  const declaredUrl = meta('meta[property="og:url"]') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const url = declaredUrl !== null && isWebUrl(declaredUrl) ? declaredUrl : null;
  const published =
    meta('meta[property="article:published_time"]') ?? meta('meta[name="date"]') ?? document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;

  const parsed = new Readability(document as unknown as Document).parse();
  if (!parsed?.content) throw badInput(origin, 'no article body found in the HTML page');
  const { document: content } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
  const blocks = Array.from(content.querySelectorAll('p, h2, h3, h4, li, blockquote, pre') as ArrayLike<Element>)
    .filter((element) => !element.querySelector('p, li'))
    .map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((text) => text !== '');
  const paragraphs = blocks.length > 0 ? blocks : [(parsed.textContent ?? '').trim()];

  return cleanArticleText(paragraphs.flatMap((paragraph) => [paragraph, '']), origin, {
    title: parsed.title?.trim() || null,
    publishedAt: published ? /^\d{4}-\d{2}-\d{2}/.exec(published)?.[0] ?? null : null,
    source: parsed.siteName?.trim() || meta('meta[property="og:site_name"]'),
    url,
    authors: parsed.byline ? [parsed.byline.replace(/^by\s+/i, '').trim()] : [],
  }, false);
}
