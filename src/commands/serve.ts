/**
 * `diplograph serve` (what `npm start` runs): opens the database (starting the embedded one unless
 * NEO4J_URI is set), sets up the schema, and serves the API until SIGINT or SIGTERM.
 */
import type { Command } from 'commander';
import path from 'node:path';
import { loadConfig, projectRoot } from '../config.ts';
import { openDatabase } from '../db/connect.ts';
import { createMetrics } from '../graphql/metrics.ts';
import { createApiIngester } from './api-ingester.ts';
import { createApiServer } from '../graphql/server.ts';
import { seedIfEmpty } from '../ingest/seed.ts';
import { createLogger } from '../logger.ts';
import { DyadCountRepository } from '../repositories/dyad-counts.ts';
import { SchemaRepository } from '../repositories/schema-repository.ts';
import { createServices } from '../services/services.ts';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Serve the GraphQL API (and the explorer page) on PORT, starting the embedded Neo4j unless NEO4J_URI is set.')
    .action(async () => {
      const config = loadConfig();
      const logger = createLogger(config.logLevel);
      const metrics = createMetrics({ defaultMetrics: true });
      const { database, startedEmbedded } = await openDatabase(config, {
        log: (line) => logger.info(line),
        onQueryTime: metrics.observeNeo4jQuery,
      });
      let stopping = false;
      const shutdown = async (reason: string, exitCode = 0) => {
        if (stopping) return;
        stopping = true;
        logger.info({ reason }, 'shutting down');
        await server?.close().catch((error: unknown) => logger.error({ err: error }, 'closing the server failed'));
        await database.close();
        if (startedEmbedded) await startedEmbedded.stop();
        process.exit(exitCode);
      };
      // Registered before the slow steps so Ctrl-C during start-up still stops the database we started.
      let server: Awaited<ReturnType<typeof createApiServer>> | undefined;
      process.once('SIGINT', () => void shutdown('SIGINT'));
      process.once('SIGTERM', () => void shutdown('SIGTERM'));

      try {
        await new SchemaRepository(database).ensureSchema();
        await new DyadCountRepository(database).countUncounted();
        if (config.seed) await seedIfEmpty(database, path.join(projectRoot, 'seed', 'articles'), logger, config.maxArticleBytes);
        server = await createApiServer({
          services: createServices(database, { maxArticleBytes: config.maxArticleBytes, ingester: createApiIngester(database) }),
          logger,
          development: config.development,
          auth: { editorToken: config.editorToken, readToken: config.readToken },
          metrics,
        });
        const url = await server.listen(config.port);
        logger.info(`Diplograph API at ${url}/graphql`);
      } catch (error) {
        // A failed start must not leave behind the database JVM it started.
        logger.error({ err: error }, 'start-up failed');
        process.stderr.write(`diplograph: start-up failed: ${error instanceof Error ? error.message : String(error)}\n`);
        await shutdown('start-up failed', 1);
      }
    });
}
