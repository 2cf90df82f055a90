import { createHash } from 'node:crypto';

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
  const hash = createHash('sha256');
  hash.update(normaliseBody(body));
  if (url) hash.update(`\n${url.trim()}`);
  return hash.digest('hex').slice(0, 32);
}
