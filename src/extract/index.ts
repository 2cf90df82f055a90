/** The read and extract stages: readers at the I/O edge, then the pure `extractArticle`. */
export { extractArticle, EXTRACTOR_VERSION } from './extract-article.ts';
export { readArticles, readArticleFile, parseArticles, DEFAULT_MAX_BYTES, type ReadOptions } from './read/read-file.ts';
export type { ReadResult } from './read/jsonl.ts';
