import type { ArticleMeta } from './extraction.ts';

/**
 * An article as the read stage hands it to extraction: the metadata of the `extract --json` contract
 * (`id` is the hash of the normalised body, and URL when there is one; `publishedAt` an ISO date or
 * null) plus the body text facts are found in.
 */
export interface Article extends ArticleMeta {
  /** Photographers named in `Photo by X/AGENCY` captions. */
  photographers: string[];
  /** The body text. Evidence spans are character offsets into this string. */
  body: string;
  /** Where the article came from, for error messages and progress ("seed/articles/a.txt", "stdin:12"). */
  origin: string;
}
