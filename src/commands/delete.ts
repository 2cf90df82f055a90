/** `diplograph delete ARTICLE_ID`: remove an article and every fact no other article supports. */
import type { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/connect.ts';
import { DiplographError, ErrorCode } from '../domain/errors.ts';
import { createLogger } from '../logger.ts';
import { IngestRepository } from '../repositories/ingest-repository.ts';

export function registerDeleteCommand(program: Command): void {
  program
    .command('delete')
    .description('Delete an article and every fact only it supported; people, places and meetings other articles report stay.')
    .argument('<articleId>', 'the article id (32 hex digits, as `extract --json` prints it)')
    .action(async (articleId: string) => {
      const config = loadConfig();
      const logger = createLogger(config.logLevel);
      const { database, startedEmbedded } = await openDatabase(config, { log: (line) => logger.info(line) });
      try {
        const counts = await new IngestRepository(database).deleteArticle(articleId);
        if (counts === null) throw new DiplographError(ErrorCode.NOT_FOUND, `no article with id ${articleId}`);
        process.stdout.write(`deleted article ${articleId}: ${counts.nodesDeleted} nodes and ${counts.relationshipsDeleted} relationships removed\n`);
      } finally {
        await database.close();
        if (startedEmbedded) await startedEmbedded.stop();
      }
    });
}
