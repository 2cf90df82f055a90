/**
 * Forms compared by eval: case, accents, quotes, dashes, dots and "the" do not matter ("U.N." = "UN", "The Kremlin" =
 * "Kremlin"), nor a pontiff's, monarch's or royal's title before a name: the gold calls the same man "Pope Francis" in
 * one article and "Francis" in another ("Sultan Ibrahim", "Prince William"), and the title is a role of its own.
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[.’']/g, '')
    .replace(/[-‐–—_]/g, ' ')
    .replace(/^the\s+/, '')
    .replace(/^(?:pope|king|queen|emperor|empress|sultan|emir|crown prince|prince|princess)\s+(?=\S)/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Quote text compared as words: punctuation, ellipses, quote marks and spacing do not matter. */
export function normaliseQuote(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .split(/\s+/)
    .filter((word) => word !== '');
}

/** Token F1 of two quotes; 0.9 and above is the same quotation (a dropped comma-word or "..." join aside). */
export function quoteSimilarity(a: string, b: string): number {
  const left = normaliseQuote(a);
  const right = normaliseQuote(b);
  if (left.length === 0 || right.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const word of left) counts.set(word, (counts.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of right) {
    const count = counts.get(word) ?? 0;
    if (count > 0) {
      shared += 1;
      counts.set(word, count - 1);
    }
  }
  const precision = shared / right.length;
  const recall = shared / left.length;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}
