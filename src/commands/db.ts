/** `diplograph db start | stop | status`: the embedded Neo4j server. */
import type { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { embeddedNeo4j } from '../db/connect.ts';

export function registerDbCommand(program: Command): void {
  const db = program.command('db').description('Start, stop or inspect the embedded Neo4j database (unused when NEO4J_URI is set).');

  db.command('start')
    .description('Start the embedded Neo4j (fetching its jars on first use) and wait until it answers on Bolt.')
    .action(async () => {
      const result = await embeddedNeo4j(loadConfig()).start();
      const verb = result.reused ? 'already running' : `started in ${(result.startMs / 1000).toFixed(1)} s`;
      process.stdout.write(`Neo4j ${verb}: pid ${result.pid}, ${result.uri}, home ${result.home}\n`);
    });

  db.command('stop')
    .description('Stop the embedded Neo4j this project started.')
    .action(async () => {
      const stopped = await embeddedNeo4j(loadConfig()).stop();
      process.stdout.write(stopped ? 'Neo4j stopped\n' : 'Neo4j was not running\n');
    });

  db.command('status')
    .description('Say whether the embedded Neo4j is running, with its pid and Bolt URI.')
    .action(() => {
      const status = embeddedNeo4j(loadConfig()).status();
      process.stdout.write(status.running ? `running: pid ${status.pid}, ${status.uri}\n` : `not running (${status.uri})\n`);
    });
}
