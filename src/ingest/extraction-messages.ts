/** What the ingest sends an extraction worker thread, and what comes back. */
import type { Article } from '../domain/article.ts';
import type { ErrorCode } from '../domain/errors.ts';
import type { Extraction } from '../domain/extraction.ts';

export interface ExtractionRequest {
  id: number;
  article: Article;
}

export type ExtractionReply =
  | { id: number; ok: true; extraction: Extraction }
  | { id: number; ok: false; code: ErrorCode | null; message: string };
