/**
 * The reliability suite's own Neo4j: a fresh store in a temporary folder on its own Bolt port
 * (DIPLOGRAPH_RELIABILITY_NEO4J_PORT, or the first free one of 7733–7735), loaded with seed/articles/ so reads return real
 * data. Nothing here is shared with the integration suite's database, so these tests may kill it,
 * restart it and compare whole-graph dumps.
 */
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { projectRoot, type Neo4jConnection } from '../../src/config.ts';
import { expandInputs, readInputs } from '../../src/ingest/input-sources.ts';
import { ingestIntoDatabase } from '../../src/ingest/ingester.ts';
import { startNeo4jWithSchema } from './support/neo4j-instance.ts';
import { BOLT_PORTS, firstFreePort } from './support/ports.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    reliabilityNeo4j: Neo4jConnection & { boltPort: number; dataDir: string };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const requested = process.env['DIPLOGRAPH_RELIABILITY_NEO4J_PORT'];
  const boltPort = requested ? Number(requested) : await firstFreePort(BOLT_PORTS.shared);
  const instance = await startNeo4jWithSchema(boltPort);
  try {
    const db = instance.open();
    try {
      const summary = await ingestIntoDatabase(db, readInputs(await expandInputs([path.join(projectRoot, 'seed', 'articles')]), { maxBytes: 5_000_000 }));
      if (summary.new === 0) throw new Error(`seeding the reliability database loaded no article: ${JSON.stringify(summary.failed)}`);
    } finally {
      await db.close();
    }
  } catch (error) {
    await instance.dispose();
    throw error;
  }
  project.provide('reliabilityNeo4j', { uri: instance.uri, username: null, password: null, database: null, boltPort, dataDir: instance.dataDir });
  return () => instance.dispose();
}
