/**
 * A private Neo4j for one reliability test file: the project's embedded server on its own Bolt port
 * with its data in a fresh temporary folder, so killing it or filling it never touches anyone else's
 * database. `kill()` is the fault: SIGKILL to the JVM, no shutdown hooks, no checkpoint.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { projectRoot } from '../../../src/config.ts';
import { Database } from '../../../src/db/database.ts';
import { createDriver } from '../../../src/db/driver.ts';
import { EmbeddedNeo4j, isAlive } from '../../../src/db/embedded-neo4j.ts';
import { SchemaRepository } from '../../../src/repositories/schema-repository.ts';

export interface Neo4jInstance {
  uri: string;
  boltPort: number;
  /** The temporary folder holding the store; removed by `dispose`. */
  dataDir: string;
  /** Starts the server (again, after `kill`) and waits for Bolt; resolves with the JVM's pid. */
  start(): Promise<number>;
  /** SIGKILLs the JVM and waits until it is gone. */
  kill(): Promise<void>;
  /** A Database on this server; the caller closes it. */
  open(options?: { readTimeoutMs?: number }): Database;
  /** Stops the server and removes its folder. */
  dispose(): Promise<void>;
}

export async function createNeo4jInstance(boltPort: number, options: { heap?: string; pageCache?: string } = {}): Promise<Neo4jInstance> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `diplograph-reliability-${boltPort}-`));
  const embedded = new EmbeddedNeo4j({
    projectRoot,
    dataDir,
    boltPort,
    heap: options.heap ?? '768m',
    pageCache: options.pageCache ?? '128m',
    startTimeoutMs: 240_000,
    log: () => undefined,
  });
  const instance: Neo4jInstance = {
    uri: embedded.uri,
    boltPort,
    dataDir,
    async start() {
      await embedded.start();
      const pid = embedded.runningPid();
      if (pid === null) throw new Error(`Neo4j on port ${boltPort} started but its pid file names no running JVM`);
      return pid;
    },
    async kill() {
      const pid = embedded.runningPid();
      if (pid === null) return;
      process.kill(pid, 'SIGKILL');
      for (let i = 0; i < 200 && isAlive(pid); i += 1) await sleep(50);
      if (isAlive(pid)) throw new Error(`Neo4j (pid ${pid}) survived SIGKILL for 10 s`);
    },
    open(openOptions = {}) {
      return new Database(createDriver({ uri: embedded.uri, username: null, password: null, database: null }), {
        database: null,
        readTimeoutMs: openOptions.readTimeoutMs ?? 30_000,
      });
    },
    async dispose() {
      try {
        await embedded.stop(30_000);
      } finally {
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
  return instance;
}

/** Starts a fresh instance with the graph model's constraints and indexes in place. */
export async function startNeo4jWithSchema(boltPort: number, options: { heap?: string; pageCache?: string } = {}): Promise<Neo4jInstance> {
  const instance = await createNeo4jInstance(boltPort, options);
  try {
    await instance.start();
    const db = instance.open();
    try {
      await new SchemaRepository(db).ensureSchema();
    } finally {
      await db.close();
    }
  } catch (error) {
    await instance.dispose();
    throw error;
  }
  return instance;
}

/** The server of an existing data folder (the suite's shared one), to kill and start again. */
export function embeddedAt(dataDir: string, boltPort: number): EmbeddedNeo4j {
  return new EmbeddedNeo4j({ projectRoot, dataDir, boltPort, heap: '768m', pageCache: '128m', startTimeoutMs: 240_000, log: () => undefined });
}
