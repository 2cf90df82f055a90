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
    'skip to content', 'image caption,', 'media caption,', '___', 'link copied!', 'share2', 'video ad feedback',
    'see more videos', 'reuse this content', 'click here to share on social media',
    'save articles to read later and create your own reading list.',
  ],
);

// "3 minute read", "Image source, Getty Images", "Our Standards: The Thomson Reuters Trust Principles.", "Acquire
// Licensing Rights, opens new tab", "Advertisement · Scroll to continue", "Copyright 2021 The Associated Press. All
// rights reserved. …", "© 2023 Reuters".
// "News|Russia-Ukraine crisis": a section's breadcrumb. "01:45 - Source: CNN": a video's length and source.
const FURNITURE_LINE =
  /^(?:[\p{L} -]{2,30}\|[\p{L} -]{2,40}|\d{1,2}:\d{2}\s+-\s+source:.{1,40}|\d{1,2}\s+min(?:ute)?s?\s+read|image source,.*|our standards:.*|acquire licensing rights.*|advertisement(?:\s*[·|•-]\s*.{0,40})?|copyright\b.*\ball rights reserved\b.*|©.{0,80})$/iu;

// "March 10, 2023 4:55 PM UTC Updated ago", "Updated 11:51 AM EST, Fri January 21, 2022", "Fri 21 Jan 2022 14.04 GMT",
// "Last modified on Fri 21 Jan 2022 17.30 GMT", "Published On 21 Jan 2022": nothing but the words of a date and a time.
const STAMP_WORD = /^(?:updated|published|posted|last|modified|on|at|ago|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?,?|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?|\d{1,4}(?:st|nd|rd|th)?,?|\d{1,2}[:.]\d{2}(?:[ap]m)?,?|[ap]\.?m\.?,?|[,|/·•–—-]+)$/i;
const TIME_ZONE = /^\(?[A-Z]{2,4}\)?,?$/;

function isStampLine(line: string): boolean {
  if (line.length > 90 || !/\b(?:19|20)\d{2}\b|\b\d{1,2}[:.]\d{2}\b/.test(line)) return false;
  return line.split(/\s+/).every((word) => STAMP_WORD.test(word) || TIME_ZONE.test(word));
}

/**
 * Lines after which a page shows other stories, not more of this one: "Read Next", "More on this story", "Related
 * Topics".
 */
const ARTICLE_END = new Set(['read next', 'explore more on these topics', 'more on this story', 'related topics', 'related stories', 'related articles', 'more stories', 'most read', 'recommended', 'up next']);

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
  return FURNITURE_LINE.test(trimmed) || isStampLine(trimmed);
}
