/**
 * Only http(s) addresses are kept as an article's URL: the explorer links to it, and a `javascript:` or
 * `data:` URL taken from a hostile page or record would run in the reader's browser.
 */
export function isWebUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}
