import { sha256Hex } from './sha256.ts';

/** NFC with every run of whitespace collapsed to one space and the ends trimmed: what the article id hashes. */
export function normaliseBody(body: string): string {
  // Only runs that are not already one plain space are replaced: the same result as replacing every `\s+`, without
  // rebuilding the string at each of the thousands of single spaces between words.
  return body.normalize('NFC').replace(/\s\s+|[^\S ]/g, ' ').trim();
}

/**
 * `Article.id`: the first 32 hex digits of the SHA-256 of the normalised body, followed by the URL when there
 * is one. The same text read from a .txt, a .json or over GraphQL gets the same id; re-wrapping lines does not change it.
 */
export function articleId(body: string, url: string | null): string {
  return sha256Hex(url ? `${normaliseBody(body)}\n${url.trim()}` : normaliseBody(body)).slice(0, 32);
}
