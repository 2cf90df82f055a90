/** Times every Cypher statement of an ingest run, to find the slow ones: `tsx bench/ingest/profile-queries.ts PATH…`. */
import type { ManagedTransaction } from 'neo4j-driver';
import { Database, type Work } from '../../src/db/database.ts';
import { createDriver } from '../../src/db/driver.ts';
import { expandInputs, readInputs } from '../../src/ingest/input-sources.ts';
import { ingestIntoDatabase } from '../../src/ingest/ingester.ts';

const timings = new Map<string, { count: number; ms: number }>();

function timed(tx: ManagedTransaction): ManagedTransaction {
  return new Proxy(tx, {
    get(target, property, receiver) {
      if (property !== 'run') return Reflect.get(target, property, receiver) as unknown;
      return async (query: string, params?: Record<string, unknown>) => {
        const began = performance.now();
        const result = await target.run(query, params);
        const key = query.trim().replace(/\s+/g, ' ').slice(0, 90);
        const entry = timings.get(key) ?? { count: 0, ms: 0 };
        entry.count += 1;
        entry.ms += performance.now() - began;
        timings.set(key, entry);
        return result;
      };
    },
  });
}

class TimedDatabase extends Database {
  override read<T>(work: Work<T>, timeoutMs?: number): Promise<T> {
    return super.read((tx) => work(timed(tx)), timeoutMs);
  }
  override write<T>(work: Work<T>, timeoutMs?: number): Promise<T> {
    return super.write((tx) => work(timed(tx)), timeoutMs);
  }
}

const uri = process.env['NEO4J_URI'] ?? 'bolt://127.0.0.1:7741';
const db = new TimedDatabase(createDriver({ uri, username: null, password: null, database: null }), { database: null, readTimeoutMs: 60_000 });
const summary = await ingestIntoDatabase(db, readInputs(await expandInputs(process.argv.slice(2)), { maxBytes: 5_000_000 }));
await db.close();
console.log(summary.new, summary.unchanged, summary.failed.length);
for (const [query, { count, ms }] of [...timings].sort((a, b) => b[1].ms - a[1].ms).slice(0, 15)) console.log(`${ms.toFixed(0).padStart(7)} ms ${String(count).padStart(5)}× ${query}`);
