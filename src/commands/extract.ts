import type { Command } from 'commander';
import type { Extraction } from '../domain/extraction.ts';
import { DiplographError, ErrorCode } from '../domain/errors.ts';
import { extractArticle, readArticles, DEFAULT_MAX_BYTES } from '../extract/index.ts';

/**
 * `diplograph extract FILE… --json`: read and extract, no database. One JSON object for one article, an
 * array for several. Any bad input fails the command (exit 1) with the file and the reason on stderr.
 */
export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description('Extract people, roles, places, organizations, meetings and statements from articles (no database needed)')
    .argument('<files...>', 'article files: .txt, .json, .jsonl or .html')
    .option('--json', 'print the extraction as JSON (the only output format)', true)
    .option('--max-bytes <n>', 'largest file accepted, in bytes', String(DEFAULT_MAX_BYTES))
    .action(async (files: string[], options: { maxBytes: string }) => {
      const maxBytes = Number(options.maxBytes);
      if (!Number.isInteger(maxBytes) || maxBytes <= 0) {
        throw new DiplographError(ErrorCode.BAD_USER_INPUT, `--max-bytes must be a positive integer, got ${JSON.stringify(options.maxBytes)}`);
      }
      const extractions: Extraction[] = [];
      for (const file of files) {
        for await (const result of readArticles(file, { maxBytes })) {
          if (!result.ok) throw result.error;
          extractions.push(extractArticle(result.article));
        }
      }
      const output = extractions.length === 1 ? extractions[0] : extractions;
      process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
    });
}
