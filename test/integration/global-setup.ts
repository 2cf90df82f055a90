/**
 * Gives integration tests a real Neo4j: the server at NEO4J_URI when set, otherwise an embedded one
 * with its own data folder and Bolt port (never the data of a running `npm start`).
 */
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig, projectRoot, type Neo4jConnection } from '../../src/config.ts';
import { Database } from '../../src/db/database.ts';
import { createDriver } from '../../src/db/driver.ts';
import { EmbeddedNeo4j } from '../../src/db/embedded-neo4j.ts';
import { SchemaRepository } from '../../src/repositories/schema-repository.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
  }
}


export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = loadConfig();
  let connection: Neo4jConnection;
  let started: EmbeddedNeo4j | null = null;
  if (config.external !== null) {
    connection = config.external;
  } else {
    const boltPort = Number(process.env['DIPLOGRAPH_TEST_NEO4J_PORT'] ?? 7688);
    const embedded = new EmbeddedNeo4j({
      projectRoot,
      // One folder per port, so test runs on different ports never share a store.
      dataDir: path.join(projectRoot, '.diplograph', `test-${boltPort}`),
      boltPort,
      heap: '1g',
      pageCache: '256m',
    });
    const result = await embedded.start();
    if (!result.reused) started = embedded;
    connection = { uri: embedded.uri, username: null, password: null, database: null };
  }
  const database = new Database(createDriver(connection), { database: connection.database, readTimeoutMs: 30_000 });
  await new SchemaRepository(database).ensureSchema();
  await database.close();
  project.provide('neo4j', connection);
  return async () => {
    if (started) await started.stop();
  };
}
