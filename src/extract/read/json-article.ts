import type { Article } from '../../domain/article.ts';
import { badInput } from './errors.ts';
import { cleanArticleText } from './plain-text.ts';
import { isWebUrl } from './web-url.ts';

/**
 * An article as a JSON object: `{title, text|body, publishedAt|date, url, source, authors}`.
 * `authors` may be an array or one string; `author` is accepted too.
 */
export function articleFromJson(value: unknown, origin: string): Article {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw badInput(origin, `expected a JSON object with a "text" or "body" field, got ${describe(value)}`);
  }
  const record = value as Record<string, unknown>;
  const body = stringField(record, ['text', 'body', 'content'], origin);
  if (body === null || body.trim() === '') throw badInput(origin, 'no body: expected a non-empty "text" or "body" string');
  const publishedAt = stringField(record, ['publishedAt', 'date', 'published'], origin);
  const isoDate = publishedAt === null ? null : /^\d{4}-\d{2}-\d{2}/.exec(publishedAt)?.[0] ?? null;
  if (publishedAt !== null && isoDate === null) {
    throw badInput(origin, `"publishedAt" must start with a YYYY-MM-DD date, got ${JSON.stringify(publishedAt)}`);
  }
  const url = stringField(record, ['url'], origin);
  if (url !== null && url !== '' && !isWebUrl(url)) throw badInput(origin, `"url" must be an http or https address, got ${JSON.stringify(url.slice(0, 200))}`);
  return cleanArticleText(body.split(/\r\n|\r|\n/), origin, {
    title: stringField(record, ['title', 'headline'], origin),
    publishedAt: isoDate,
    source: stringField(record, ['source'], origin),
    url: url === '' ? null : url,
    authors: authorsField(record, origin),
  }, false);
}

function stringField(record: Record<string, unknown>, keys: readonly string[], origin: string): string | null {
  for (const key of keys) {
    const value = record[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') throw badInput(origin, `"${key}" must be a string, got ${describe(value)}`);
    return value;
  }
  return null;
}

function authorsField(record: Record<string, unknown>, origin: string): string[] {
  const value = record['authors'] ?? record['author'];
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return value === '' ? [] : [value];
  if (Array.isArray(value) && value.every((item): item is string => typeof item === 'string')) return value;
  throw badInput(origin, `"authors" must be a string or an array of strings, got ${describe(value)}`);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? `the string ${JSON.stringify(value.slice(0, 40))}` : `a ${typeof value}`;
}

/** Parses a whole JSON document: one article object or an array of them. */
export function articlesFromJsonText(text: string, origin: string): Article[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw badInput(origin, `invalid JSON at line ${jsonErrorLine(text, error)}`);
  }
  if (Array.isArray(value)) {
    if (value.length === 0) throw badInput(origin, 'the JSON array holds no articles');
    return value.map((item, index) => articleFromJson(item, `${origin}[${index}]`));
  }
  return [articleFromJson(value, origin)];
}

/** Line of a JSON.parse failure, from the "position N" V8 puts in its message (line 1 when it gives none). */
function jsonErrorLine(text: string, error: unknown): number {
  const position = error instanceof Error ? /position (\d+)/.exec(error.message)?.[1] : undefined;
  if (position === undefined) return 1;
  return text.slice(0, Number(position)).split('\n').length;
}
