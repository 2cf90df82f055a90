import type { Command } from 'commander';
import { DiplographError, ErrorCode } from '../domain/errors.ts';
import type { Split } from '../eval/gold.ts';
import { formatReport, runEval } from '../eval/run-eval.ts';

/** `diplograph eval [--split dev|heldout|all] [--json]`: extraction scored against seed/gold/. */
export function registerEvalCommand(program: Command): void {
  program
    .command('eval')
    .description('Score extraction against the gold annotations: precision, recall and F1 per kind')
    .option('--split <split>', 'dev, heldout or all', 'dev')
    .option('--gold <dir>', 'folder of gold annotations', 'seed/gold')
    .option('--articles <dir>', 'folder of the annotated articles', 'seed/articles')
    .option('--json', 'print the scores as JSON')
    .option('--verbose', 'list missed and extra items per article')
    .action(async (options: { split: string; gold: string; articles: string; json?: boolean; verbose?: boolean }) => {
      if (options.split !== 'dev' && options.split !== 'heldout' && options.split !== 'all') {
        throw new DiplographError(ErrorCode.BAD_USER_INPUT, `--split must be dev, heldout or all, got ${JSON.stringify(options.split)}`);
      }
      const report = await runEval({ goldDir: options.gold, articlesDir: options.articles, split: options.split as Split });
      if (options.json) {
        const output = options.verbose ? report : { split: report.split, articles: report.articles, metrics: report.metrics };
        process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
      } else process.stdout.write(`${formatReport(report, options.verbose === true)}\n`);
    });
}
