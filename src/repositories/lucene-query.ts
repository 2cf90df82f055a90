/**
 * Builds Lucene queries for the full-text indexes from what a user typed. Every character with a
 * meaning in Lucene's syntax is escaped and the terms are lower-cased (so `AND`/`OR`/`NOT` are never
 * operators), then each term is matched exactly, as a prefix and fuzzily:
 * `Lavrof` → `(lavrof^4 OR lavrof*^2 OR lavrof~)`, which finds "Lavrov" (one edit away).
 */

// + - && || ! ( ) { } [ ] ^ " ~ * ? : \ / and the single & and | that form the two-character operators.
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLuceneTerm(term: string): string {
  return term.replace(LUCENE_SPECIAL, (char) => `\\${char}`);
}

/** Splits on whitespace; null when nothing searchable is left. */
export function fuzzyNameQuery(input: string): string | null {
  const terms = input
    .toLowerCase()
    .split(/\s+/)
    .filter((term) => term.length > 0)
    .slice(0, 8);
  if (terms.length === 0) return null;
  return terms
    .map((term) => {
      const escaped = escapeLuceneTerm(term);
      // Fuzzy matching of one- and two-letter terms matches nearly everything; match those exactly.
      return term.length <= 2 ? `(${escaped}^4 OR ${escaped}*^2)` : `(${escaped}^4 OR ${escaped}*^2 OR ${escaped}~)`;
    })
    .join(' OR ');
}
