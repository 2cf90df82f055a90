/** `diplograph ingest PATH…`: read, extract, resolve and load articles into the graph. */
import type { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/connect.ts';
import { DiplographError, ErrorCode } from '../domain/errors.ts';
import { expandInputs, estimateArticles, readInputs } from '../ingest/input-sources.ts';
import { defaultExtractionWorkers, ingestIntoDatabase } from '../ingest/ingester.ts';
import { formatSummary } from '../ingest/ingest-summary.ts';
import { createProgressReporter } from '../ingest/progress-reporter.ts';
import { createLogger } from '../logger.ts';
import { DyadCountRepository } from '../repositories/dyad-counts.ts';
import { SchemaRepository } from '../repositories/schema-repository.ts';

const INGEST_READ_TIMEOUT_MS = 60_000;

export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description('Load articles into the graph: files, folders (recursively), glob patterns, JSON Lines, or - for stdin.')
    .argument('<paths...>', 'files, folders, globs or -')
    .option('--batch-size <n>', 'articles per write transaction', '100')
    .option('--extraction-workers <n>', 'worker threads that extract (0: on the main thread)', String(defaultExtractionWorkers()))
    .action(async (paths: string[], options: { batchSize: string; extractionWorkers: string }) => {
      const batchSize = Number(options.batchSize);
      if (!Number.isInteger(batchSize) || batchSize < 1) throw new DiplographError(ErrorCode.BAD_USER_INPUT, `--batch-size ${options.batchSize}: expected a positive whole number`);
      const extractionWorkers = Number(options.extractionWorkers);
      if (!Number.isInteger(extractionWorkers) || extractionWorkers < 0 || extractionWorkers > 64) {
        throw new DiplographError(ErrorCode.BAD_USER_INPUT, `--extraction-workers ${options.extractionWorkers}: expected a whole number from 0 to 64`);
      }
      const config = loadConfig();
      const logger = createLogger(config.logLevel);
      const inputs = await expandInputs(paths);
      // DIPLOGRAPH_READ_TIMEOUT_MS bounds the API's reads. The ingest's own lookups grow with the graph and
      // run against a cold cache; one over 5 s used to abort the whole run, so they get a minute at least.
      const ingestConfig = { ...config, readTimeoutMs: Math.max(config.readTimeoutMs, INGEST_READ_TIMEOUT_MS) };
      const { database, startedEmbedded } = await openDatabase(ingestConfig, { log: (line) => logger.info(line) });
      const began = performance.now();
      let failed = false;
      try {
        await new SchemaRepository(database).ensureSchema();
        await new DyadCountRepository(database).countUncounted();
        const progress = createProgressReporter({ terminal: process.stderr.isTTY === true, total: await estimateArticles(inputs.files), log: (line) => logger.info(line) });
        const summary = await ingestIntoDatabase(database, readInputs(inputs, { maxBytes: config.maxArticleBytes }), { batchSize, extractionWorkers, onProgress: (s) => progress.update(s) });
        progress.stop();
        process.stdout.write(`${formatSummary(summary, (performance.now() - began) / 1000)}\n`);
        failed = summary.failed.length > 0;
      } finally {
        await database.close();
        if (startedEmbedded) await startedEmbedded.stop();
      }
      if (failed) process.exitCode = 1;
    });
}
