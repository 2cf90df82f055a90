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
    // Share buttons, one a line: "Share", "Copy", "Link copied", "Facebook", "X", "Reddit", …
    'copy', 'link copied', 'copy link', 'facebook', 'x', 'twitter', 'reddit', 'linkedin', 'pinterest', 'flipboard',
    'whatsapp', 'telegram', 'published', 'updated', 'listen', 'listen to this article', 'skip to main content',
    'skip to content', 'image caption,', 'media caption,', '___',
  ],
);

// "3 minute read", "Image source, Getty Images", "Our Standards: The Thomson Reuters Trust Principles.", "Acquire
// Licensing Rights, opens new tab", "Advertisement · Scroll to continue", "Copyright 2021 The Associated Press. All
// rights reserved. …", "© 2023 Reuters".
const FURNITURE_LINE =
  /^(?:\d{1,2}\s+min(?:ute)?s?\s+read|image source,.*|our standards:.*|acquire licensing rights.*|advertisement(?:\s*[·|•-]\s*.{0,40})?|copyright\b.*\ball rights reserved\b.*|©.{0,80})$/i;

// "March 10, 2023 4:55 PM UTC Updated ago": a date and a time, and a few words that are no sentence.
const STAMPED_LINE = /^(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})\s*[,|/·-]?\s*\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?(?:\s+(?:[Uu]pdated|[Pp]ublished)\b[^.]{0,20})?$/;

/**
 * Lines after which a page shows other stories, not more of this one: "Read Next", "More on this story", "Related
 * Topics".
 */
const ARTICLE_END = new Set(['read next', 'more on this story', 'related topics', 'related stories', 'related articles', 'more stories', 'most read', 'recommended', 'up next']);

/** True for a line after which the page holds other stories' teasers rather than this article. */
export function endsArticle(line: string): boolean {
  return ARTICLE_END.has(line.trim().toLowerCase());
}

// "Jan. 21, 2022 / 7:26 AM", "January 21, 2022", "21 January 2022 10:15 GMT", "Updated 7:26 AM ET"
const TIMESTAMP_LINE =
  /^(?:(?:updated|published|posted)\s*:?\s*)?(?:(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})|(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})|(?:\d{4}-\d{2}-\d{2}))?(?:\s*(?:\/|\||,|-|at)?\s*\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?$/;

/** True for a line that is scraped page furniture rather than article text. */
export function isPageNoise(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed === '') return false;
  if (SECTION_NAMES.has(trimmed.toLowerCase())) return true;
  if (/\d/.test(trimmed) && TIMESTAMP_LINE.test(trimmed)) return true;
  return FURNITURE_LINE.test(trimmed) || STAMPED_LINE.test(trimmed);
}
