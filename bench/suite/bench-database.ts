/**
 * The benchmark's own embedded Neo4j: one data folder per corpus size under .diplograph/bench, and a
 * Bolt port of its own (7721 unless BENCH_NEO4J_PORT says otherwise), so it never meets the databases
 * that development and tests use.
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/config.ts';
import { Database } from '../../src/db/database.ts';
import { createDriver } from '../../src/db/driver.ts';
import { EmbeddedNeo4j } from '../../src/db/embedded-neo4j.ts';
import { DyadCountRepository } from '../../src/repositories/dyad-counts.ts';
import { SchemaRepository } from '../../src/repositories/schema-repository.ts';

export interface BenchDatabase {
  embedded: EmbeddedNeo4j;
  db: Database;
  uri: string;
  pid: number;
  /** True when an earlier run's graph was kept (`--reuse`) rather than started empty. */
  reused: boolean;
}

export function benchDataDir(articles: number): string {
  return path.join(projectRoot, '.diplograph', 'bench', `articles-${articles}`);
}

/** Marks a data folder as holding the complete graph of a corpus, for `--reuse`. */
function loadedMarker(embedded: EmbeddedNeo4j): string {
  return path.join(embedded.home, 'loaded.json');
}

export function markLoaded(database: BenchDatabase, corpus: string): void {
  fs.writeFileSync(loadedMarker(database.embedded), JSON.stringify({ corpus, at: new Date().toISOString() }));
}

/**
 * Starts the database for `articles`. Empty unless `reuse` is set and a completed load of the same
 * corpus is there. Heap and page cache match `diplograph serve`'s defaults.
 */
export async function openBenchDatabase(articles: number, port: number, corpus: string, reuse: boolean, log: (line: string) => void): Promise<BenchDatabase> {
  const embedded = new EmbeddedNeo4j({ projectRoot, dataDir: benchDataDir(articles), boltPort: port, heap: '1g', pageCache: '512m', log });
  await embedded.stop();
  let reused = false;
  try {
    const marker = JSON.parse(fs.readFileSync(loadedMarker(embedded), 'utf8')) as { corpus?: string };
    reused = reuse && marker.corpus === corpus;
  } catch {
    reused = false;
  }
  if (!reused) {
    fs.rmSync(path.join(embedded.home, 'data'), { recursive: true, force: true });
    fs.rmSync(loadedMarker(embedded), { force: true });
  }
  const started = await embedded.start();
  const db = new Database(createDriver({ uri: embedded.uri, username: null, password: null, database: null }), { database: null, readTimeoutMs: 5_000 });
  await new SchemaRepository(db).ensureSchema();
  await new DyadCountRepository(db).countUncounted();
  return { embedded, db, uri: embedded.uri, pid: started.pid ?? 0, reused };
}

export async function closeBenchDatabase(database: BenchDatabase): Promise<void> {
  await database.db.close();
  await database.embedded.stop();
}

/** Peak resident memory of a process so far (VmHWM), in MB; NaN where /proc cannot tell. */
export function peakRssMb(pid: number): number {
  try {
    const match = /^VmHWM:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}
