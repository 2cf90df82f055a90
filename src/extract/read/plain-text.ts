import * as chrono from 'chrono-node';
import type { Article } from '../../domain/article.ts';
import { articleId } from '../../domain/article-id.ts';
import { isCalendarDate } from '../../domain/calendar-date.ts';
import { parseByline, parseCreditLine, parseFiledFrom, parsePhotoCaption, reportStart } from './byline.ts';
import { parseDateline } from './dateline.ts';
import { badInput } from './errors.ts';
import { parseFrontMatter } from './front-matter.ts';
import { endsArticle, isPageNoise } from './page-noise.ts';

/** What a reader knows before the body is cleaned: metadata from JSON fields or HTML meta tags. */
export interface KnownMetadata {
  title?: string | null;
  publishedAt?: string | null;
  source?: string | null;
  url?: string | null;
  authors?: readonly string[];
}

/**
 * Reads a scraped plain-text article (see seeds/000_*.txt): front matter, page noise, headline, byline,
 * photo caption, then the body. The dateline stays in the body (extraction reads its place) but gives the source.
 */
export function parsePlainTextArticle(text: string, origin: string): Article {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const { frontMatter, lineCount } = parseFrontMatter(lines);
  return cleanArticleText(lines.slice(lineCount), origin, {
    title: frontMatter.title,
    publishedAt: frontMatter.date,
    source: frontMatter.source,
    url: frontMatter.url,
    authors: frontMatter.authors,
  }, true);
}

/**
 * Shared by every reader: drops page noise, takes headline and bylines from the head of the text when
 * `readHeader` is set, keeps photo captions in the body (their photographers as metadata), builds the Article.
 */
export function cleanArticleText(lines: readonly string[], origin: string, known: KnownMetadata, readHeader: boolean): Article {
  let title = known.title ?? null;
  let publishedAt = known.publishedAt ?? null;
  let source = known.source ?? null;
  const authors = [...(known.authors ?? [])];
  const photographers: string[] = [];
  const bodyLines: string[] = [];
  let inHeader = readHeader;
  let headlineRead = false;
  let longLineKept = false;

  for (const rawLine of lines) {
    const line = rawLine.trim();
    const photographer = parsePhotoCaption(line);
    if (photographer !== null) {
      // The caption stays in the body as a paragraph of its own; the header, if any, goes on after it.
      if (!photographers.includes(photographer)) photographers.push(photographer);
      bodyLines.push(line, '');
      continue;
    }
    if (inHeader) {
      if (line === '') continue;
      if (isPageNoise(line)) {
        publishedAt ??= timestampDate(line);
        continue;
      }
      // "Anil Giri Sharma" alone on a line, when the front matter names the author: a byline without "By".
      if (authors.includes(line)) continue;
      const byline = parseByline(line);
      if (byline) {
        addAuthors(authors, byline);
        continue;
      }
      // Under the headline only: a headline may read "Xi Jinping in Moscow".
      const filer = (headlineRead || title !== null) && line !== title ? parseFiledFrom(line) : null;
      if (filer !== null) {
        addAuthors(authors, [filer]);
        continue;
      }
      if (title === null && looksLikeHeadline(line)) {
        title = line;
        headlineRead = true;
        continue;
      }
      // The headline again when the front matter gave the title: it stays in the body as before, and the byline
      // under it ("By Oliver Brandt, Political Correspondent") is still header.
      if (!headlineRead && line === title) {
        headlineRead = true;
        bodyLines.push(line, '');
        continue;
      }
      inHeader = false;
    }
    // Past the header, page furniture is dropped line by line, the credits a report ends with ("Reporting by …;
    // Editing by …") name authors, and a "Read Next" that follows the report ends it.
    if (endsArticle(line) && bodyLines.some((kept) => kept.length > 80 && parsePhotoCaption(kept) === null)) break;
    if (isPageNoise(line)) continue;
    // "By Parisa Hafezi and Aziz El Yaakoubi" or "Shaun Walker in Geneva" under a second headline, above the report:
    // still a byline.
    const filer = longLineKept ? null : parseFiledFrom(line);
    const lateByline = longLineKept ? null : parseByline(line) ?? (filer === null ? null : [filer]);
    if (lateByline !== null) {
      addAuthors(authors, lateByline);
      continue;
    }
    // The credit line stays: the places reporters filed from are named in the text.
    addAuthors(authors, parseCreditLine(line) ?? []);
    longLineKept ||= line.length > 120;
    bodyLines.push(line);
  }

  const body = bodyLines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  if (body === '' || reportStart(body) === 0 && parsePhotoCaption(body.split('\n')[0] ?? '') !== null) throw badInput(origin, 'no article body after the headline, byline and captions');
  if (publishedAt !== null && !isCalendarDate(publishedAt)) throw badInput(origin, `publication date ${JSON.stringify(publishedAt)} is not a calendar date`);
  source ??= parseDateline(body.slice(reportStart(body, title)))?.source ?? null;
  const url = known.url ?? null;
  return { id: articleId(body, url), title, publishedAt, source, url, authors, photographers, body, origin };
}

function addAuthors(authors: string[], names: readonly string[]): void {
  for (const name of names) if (!authors.some((author) => author.toLowerCase() === name.toLowerCase())) authors.push(name);
}

// A headline is short and does not end like a sentence: "United States, Russia meet again over Ukraine…".
function looksLikeHeadline(line: string): boolean {
  return line.length <= 200 && line.split(/\s+/).length >= 3 && !/[.!?"”:]$/.test(line) && parseDateline(line) === null;
}

// "Jan. 21, 2022 / 7:26 AM" → "2022-01-21"
function timestampDate(line: string): string | null {
  // Without a year chrono would fill in today's: reading must not depend on the clock.
  if (!/\b\d{4}\b/.test(line)) return null;
  const date = chrono.parseDate(line);
  return date ? isoDate(date) : null;
}

export function isoDate(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}
