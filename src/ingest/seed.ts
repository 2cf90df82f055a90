/** Seeding on first start: an empty database gets the articles of seed/articles/ before the API serves. */
import type { Database } from '../db/database.ts';
import type { Logger } from '../logger.ts';
import { IngestRepository } from '../repositories/ingest-repository.ts';
import { expandInputs, readInputs } from './input-sources.ts';
import { ingestIntoDatabase } from './ingester.ts';
import { formatSummary, type IngestSummary } from './ingest-summary.ts';

/** Ingests `seedDir` when the graph holds no Article; returns null when it did nothing. */
export async function seedIfEmpty(database: Database, seedDir: string, logger: Logger, maxBytes = 5 * 1024 * 1024): Promise<IngestSummary | null> {
  if (await new IngestRepository(database).hasArticles()) return null;
  const began = performance.now();
  const summary = await ingestIntoDatabase(database, readInputs(await expandInputs([seedDir]), { maxBytes }));
  logger.info(`seeded an empty database from ${seedDir}: ${formatSummary(summary, (performance.now() - began) / 1000).replace(/\n/g, '; ')}`);
  return summary;
}
