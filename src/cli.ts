/**
 * The `diplograph` command. Each sub-command lives in `src/commands/<name>.ts` and registers itself here.
 */
import { Command } from 'commander';
import { DiplographError } from './domain/errors.ts';
import { registerDbCommand } from './commands/db.ts';
import { registerServeCommand } from './commands/serve.ts';
import { registerExtractCommand } from './commands/extract.ts';
import { registerEvalCommand } from './commands/eval.ts';
import { registerIngestCommand } from './commands/ingest.ts';
import { registerDeleteCommand } from './commands/delete.ts';

const program = new Command('diplograph')
  .description('Turn news about diplomacy into a Neo4j knowledge graph and serve it over GraphQL.')
  .showHelpAfterError();

registerServeCommand(program);
registerDbCommand(program);
registerExtractCommand(program);
registerEvalCommand(program);
registerIngestCommand(program);
registerDeleteCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof DiplographError) {
    process.stderr.write(`diplograph: ${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
