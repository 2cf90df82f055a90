/** Wires the ingest pipeline to a database: the repositories, the resolver and the extract stage. */
import type { Database } from '../db/database.ts';
import { extractArticle } from '../extract/index.ts';
import type { ReadResult } from '../extract/read/jsonl.ts';
import { EntityLookupRepository } from '../repositories/entity-lookup-repository.ts';
import { IngestRepository } from '../repositories/ingest-repository.ts';
import { ArticleResolver } from './article-resolver.ts';
import { ingestArticles, type IngestOptions } from './ingest-pipeline.ts';
import type { IngestSummary } from './ingest-summary.ts';

export function ingestIntoDatabase(database: Database, input: AsyncIterable<ReadResult>, options: IngestOptions = {}): Promise<IngestSummary> {
  return ingestArticles(
    input,
    { repository: new IngestRepository(database), resolver: new ArticleResolver(new EntityLookupRepository(database)), extract: extractArticle },
    options,
  );
}
