/** An article as the read stage hands it to extraction: metadata plus the body text facts are found in. */
export interface Article {
  /** Hash of the normalised body (and URL when there is one); see `articleId`. */
  id: string;
  title: string | null;
  /** ISO date `YYYY-MM-DD`, or null when the input states none. */
  publishedAt: string | null;
  source: string | null;
  url: string | null;
  authors: string[];
  /** Photographers named in `Photo by X/AGENCY` captions. */
  photographers: string[];
  /** The body text. Evidence spans are character offsets into this string. */
  body: string;
  /** Where the article came from, for error messages and progress ("seed/articles/a.txt", "stdin:12"). */
  origin: string;
}
