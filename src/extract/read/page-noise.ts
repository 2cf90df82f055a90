/**
 * Lines a scraper leaves around an article that are not part of it: section names, share buttons, timestamps.
 * Matched on the whole (trimmed) line only, so a sentence that merely contains "World News" is kept.
 */
const SECTION_NAMES = new Set(
  [
    'world news', 'world', 'top news', 'news', 'u.s. news', 'us news', 'politics', 'business', 'opinion',
    'trending', 'trending now', 'latest', 'latest news', 'breaking news', 'advertisement', 'share', 'share this',
    'share this article', 'tweet', 'email', 'print', 'comments', 'follow us', 'related', 'related articles',
    'read more', 'more stories', 'europe', 'asia', 'africa', 'americas', 'middle east', 'asia pacific',
    'defense news', 'diplomacy', 'international', 'home', 'menu', 'subscribe', 'sign in', 'log in',
  ],
);

// "Jan. 21, 2022 / 7:26 AM", "January 21, 2022", "21 January 2022 10:15 GMT", "Updated 7:26 AM ET"
const TIMESTAMP_LINE =
  /^(?:(?:updated|published|posted)\s*:?\s*)?(?:(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})|(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})|(?:\d{4}-\d{2}-\d{2}))?(?:\s*(?:\/|\||,|-|at)?\s*\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?$/;

/** True for a line that is scraped page furniture rather than article text. */
export function isPageNoise(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed === '') return false;
  if (SECTION_NAMES.has(trimmed.toLowerCase())) return true;
  if (/\d/.test(trimmed) && TIMESTAMP_LINE.test(trimmed)) return true;
  return false;
}
