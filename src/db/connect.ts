/**
 * Opens the database the configuration names: a server at NEO4J_URI, or the embedded one, started
 * (or reused) for the caller.
 */
import type { Config } from '../config.ts';
import { projectRoot } from '../config.ts';
import { Database } from './database.ts';
import { createDriver } from './driver.ts';
import { EmbeddedNeo4j } from './embedded-neo4j.ts';

export interface OpenedDatabase {
  database: Database;
  /** The embedded server when this call started it, so the caller can stop it on exit; null otherwise. */
  startedEmbedded: EmbeddedNeo4j | null;
}

export function embeddedNeo4j(config: Config, log?: (line: string) => void): EmbeddedNeo4j {
  return new EmbeddedNeo4j({
    projectRoot,
    dataDir: config.dataDir,
    boltPort: config.embeddedBoltPort,
    heap: config.embeddedHeap,
    pageCache: config.embeddedPageCache,
    javaHome: config.javaHome,
    ...(log ? { log } : {}),
  });
}

export async function openDatabase(
  config: Config,
  options: { onQueryTime?: (kind: 'read' | 'write', ms: number) => void; log?: (line: string) => void } = {},
): Promise<OpenedDatabase> {
  const dbOptions = { readTimeoutMs: config.readTimeoutMs, ...(options.onQueryTime ? { onQueryTime: options.onQueryTime } : {}) };
  if (config.external !== null) {
    const driver = createDriver(config.external);
    return { database: new Database(driver, { ...dbOptions, database: config.external.database }), startedEmbedded: null };
  }
  const embedded = embeddedNeo4j(config, options.log);
  const started = await embedded.start();
  const driver = createDriver({ uri: embedded.uri, username: null, password: null, database: null });
  return { database: new Database(driver, { ...dbOptions, database: null }), startedEmbedded: started.reused ? null : embedded };
}
