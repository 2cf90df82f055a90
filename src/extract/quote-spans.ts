/**
 * Quotation spans in the body. Straight and curly double quotes are paired within a paragraph; a quote still
 * open at the end of a paragraph runs on into the next paragraph's opening quote (the wire convention for
 * quotations over several paragraphs).
 */
export interface QuoteSpan {
  /** Offsets of the words inside the marks. */
  start: number;
  end: number;
  /** Offsets including the marks. */
  outerStart: number;
  outerEnd: number;
  paragraph: number;
  /** The quotation did not close in its paragraph. */
  runsOn: boolean;
}

export function findQuoteSpans(body: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let paragraph = 0;
  let paragraphStart = 0;
  while (paragraphStart <= body.length) {
    let paragraphEnd = body.indexOf('\n', paragraphStart);
    if (paragraphEnd < 0) paragraphEnd = body.length;
    let open: number | null = null;
    for (let i = paragraphStart; i < paragraphEnd; i += 1) {
      const mark = body[i];
      if (mark !== '"' && mark !== '“' && mark !== '”') continue;
      if (open === null) {
        if (mark !== '”') open = i;
      } else if (mark !== '“') {
        spans.push({ start: open + 1, end: i, outerStart: open, outerEnd: i + 1, paragraph, runsOn: false });
        open = null;
      }
    }
    if (open !== null && body.slice(open + 1, paragraphEnd).trim().split(/\s+/).length > 3) {
      spans.push({ start: open + 1, end: paragraphEnd, outerStart: open, outerEnd: paragraphEnd, paragraph, runsOn: true });
    }
    if (body.slice(paragraphStart, paragraphEnd).trim() !== '') paragraph += 1;
    paragraphStart = paragraphEnd + 1;
  }
  return spans;
}
