/**
 * Quotation marks before each offset of a body, counted once per article: counting them in the text before each
 * name and meeting word would be quadratic in a long paragraph. The last body counted is kept, since extraction
 * asks about one article many times in a row.
 */
let counted: { body: string; counts: Uint32Array } | null = null;

function quoteMarkCounts(body: string): Uint32Array {
  if (counted?.body === body) return counted.counts;
  const counts = new Uint32Array(body.length + 1);
  for (let i = 0; i < body.length; i += 1) {
    const unit = body.charCodeAt(i);
    counts[i + 1] = (counts[i] ?? 0) + (unit === 0x22 || unit === 0x201c || unit === 0x201d ? 1 : 0);
  }
  counted = { body, counts };
  return counts;
}

/** Whether `at` lies inside a quotation opened after `from` in its paragraph: an odd number of marks between. */
export function insideQuotation(body: string, at: number, from = 0): boolean {
  const lineStart = at > 0 ? body.lastIndexOf('\n', at - 1) + 1 : 0;
  const start = Math.min(Math.max(from, lineStart), at);
  const counts = quoteMarkCounts(body);
  return ((counts[at] ?? 0) - (counts[start] ?? 0)) % 2 === 1;
}
