/**
 * Faults on the suite's own Neo4j: a transient error in the middle of an article's write transaction,
 * four `diplograph ingest` processes racing over overlapping inputs, and the database killed with SIGKILL
 * under a running API server, which must answer DATABASE_UNAVAILABLE and /healthz 503 and recover by
 * itself once the database is back. (The 2,000-article kill during ingest is in kill-restart.soak.test.ts.)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import neo4j, { Neo4jError, type ManagedTransaction } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus/generate-corpus.ts';
import { Database, type Work } from '../../src/db/database.ts';
import { createDriver } from '../../src/db/driver.ts';
import { articleId } from '../../src/domain/article-id.ts';
import type { Article } from '../../src/domain/article.ts';
import type { ReadResult } from '../../src/extract/index.ts';
import { readArticles } from '../../src/extract/index.ts';
import { ingestIntoDatabase } from '../../src/ingest/ingester.ts';
import { CurationRepository } from '../../src/repositories/curation-repository.ts';
import { IngestRepository } from '../../src/repositories/ingest-repository.ts';
import { diffDumps, dumpGraph } from './support/graph-dump.ts';
import { openReliabilityDatabase, startApi } from './support/api-server.ts';
import { failureLines, runCli } from './support/cli.ts';
import { embeddedAt } from './support/neo4j-instance.ts';

/**
 * A Database whose first write transaction fails with a transient (deadlock) error right after a chosen
 * statement has run inside it, as Neo4j reports a deadlock mid-transaction; later attempts run normally.
 */
class TransientFaultDatabase extends Database {
  attempts = 0;
  faults = 0;

  constructor(private readonly failAfter: RegExp) {
    const connection = inject('reliabilityNeo4j');
    super(createDriver(connection), { database: null, readTimeoutMs: 30_000 });
  }

  override write<T>(work: Work<T>, timeoutMs?: number): Promise<T> {
    return super.write((tx) => {
      this.attempts += 1;
      return work(this.faulty(tx));
    }, timeoutMs);
  }

  private faulty(tx: ManagedTransaction): ManagedTransaction {
    const run = tx.run.bind(tx);
    const faulty = ((query: string, parameters?: Record<string, unknown>) => {
      const result = run(query, parameters);
      if (this.faults > 0 || !this.failAfter.test(query)) return result;
      this.faults += 1;
      return result.then(() => {
        throw new Neo4jError('ForsetiClient can not acquire ExclusiveLock: deadlock detected (injected)', 'Neo.TransientError.Transaction.DeadlockDetected', '50N00', 'deadlock');
      });
    }) as typeof tx.run;
    return Object.assign(Object.create(tx) as ManagedTransaction, { run: faulty });
  }
}

async function* asResults(articles: Article[]): AsyncGenerator<ReadResult> {
  for (const article of articles) yield { ok: true, article };
}

function article(body: string, title: string): Article {
  return { id: articleId(body, null), title, publishedAt: '2022-01-21', source: null, url: null, authors: [], photographers: [], body, origin: 'faults' };
}

async function count(db: Database, cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  return db.read(async (tx) => neo4j.integer.toNumber((await tx.run(cypher, params)).records[0]?.get(0) ?? 0));
}

let db: Database;

beforeAll(() => {
  db = openReliabilityDatabase({ readTimeoutMs: 60_000 });
});

afterAll(async () => {
  await db?.close();
});

describe('a transient error in the middle of a write', () => {
  it('is retried, and the article is written exactly once: the same graph as a write without the fault', async () => {
    const body = 'Russian Foreign Minister Sergey Lavrov met Secretary of State Antony Blinken in Vienna on Thursday for talks on arms control. "The talks were useful," Lavrov told reporters after the meeting, according to Reuters.';
    const subject = article(body, 'transient fault');
    const before = await dumpGraph(db);

    const faulty = new TransientFaultDatabase(/MERGE \(p:Person/);
    const summary = await ingestIntoDatabase(faulty, asResults([subject]));
    await faulty.close();
    expect(summary.failed).toEqual([]);
    expect(summary.new).toBe(1);
    expect(faulty.faults).toBe(1);
    expect(faulty.attempts).toBeGreaterThanOrEqual(2);
    const withFault = await dumpGraph(db);
    expect(await count(db, 'MATCH (a:Article {id: $id}) RETURN count(a)', { id: subject.id })).toBe(1);
    expect(await count(db, 'MATCH ()-[r]->() WHERE r.articleId = $id WITH type(r) AS t, startNode(r) AS s, endNode(r) AS e, r.sentence AS se, r.start AS st, count(*) AS n WHERE n > 1 RETURN count(*)', { id: subject.id })).toBe(0);

    expect(await new CurationRepository(db).deleteArticle(subject.id)).toBe(true);
    expect((await dumpGraph(db)).hash).toBe(before.hash);

    const clean = await ingestIntoDatabase(db, asResults([subject]));
    expect(clean.new).toBe(1);
    const withoutFault = await dumpGraph(db);
    expect(diffDumps(withoutFault, withFault)).toEqual({ added: [], removed: [] });
    await new CurationRepository(db).deleteArticle(subject.id);
  });
});

describe('four ingest processes over overlapping inputs', () => {
  let dir: string;
  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('leave no duplicate node for any key and lose no article', { timeout: 600_000 }, async () => {
    const before = await dumpGraph(db);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-concurrent-'));
    const corpus = [...generateCorpus(160, 8)].map((a) => JSON.stringify(a));
    // Each process gets 100 articles; any two share at least 40, so they race to create the same
    // people, places and meetings.
    const files = [0, 20, 40, 60].map((offset, i) => {
      const file = path.join(dir, `part-${i}.jsonl`);
      fs.writeFileSync(file, `${corpus.slice(offset, offset + 100).join('\n')}\n`);
      return file;
    });
    const uri = inject('reliabilityNeo4j').uri;
    // Two of them extract on a worker thread, two on their main thread: both ways load the same facts.
    const runs = await Promise.all(
      files.map((file, i) => runCli(['ingest', '--batch-size', '10', '--extraction-workers', String(i % 2), file], { neo4jUri: uri, timeoutMs: 540_000 })),
    );
    for (const run of runs) {
      expect(run.signal, run.stderr.slice(-1000)).toBeNull();
      expect(failureLines(run.stdout), run.stdout.slice(-1000)).toEqual([]);
      expect(run.code).toBe(0);
    }
    const ids = new Set<string>();
    for (const file of files) for await (const result of readArticles(file)) if (result.ok) ids.add(result.article.id);
    expect(ids.size).toBe(160);
    expect(await count(db, 'UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN count(a)', { ids: [...ids] })).toBe(160);
    // Every node has a key: `id`, or `key` for the dyad counts.
    expect(await count(db, 'MATCH (n) WITH labels(n) AS l, coalesce(n.id, n.key) AS id, count(*) AS c WHERE c > 1 RETURN count(*)')).toBe(0);
    expect(await count(db, 'MATCH (s)-[r]->(t) WHERE r.articleId IS NOT NULL WITH s, t, type(r) AS ty, r.articleId AS a, r.sentence AS se, r.start AS st, count(*) AS c WHERE c > 1 RETURN count(*)')).toBe(0);

    // `diplograph delete`'s way: it recomputes surviving entities' aliases from the articles that remain.
    const repository = new IngestRepository(db);
    for (const id of ids) await repository.deleteArticle(id);
    const after = await dumpGraph(db);
    expect(diffDumps(before, after)).toEqual({ added: [], removed: [] });
  });
});

describe('the database killed under a running API', () => {
  it('answers DATABASE_UNAVAILABLE and /healthz 503 while it is down, and recovers without a restart', { timeout: 600_000 }, async () => {
    const { dataDir, boltPort } = inject('reliabilityNeo4j');
    const server = embeddedAt(dataDir, boltPort);
    const apiDb = openReliabilityDatabase();
    const api = await startApi(apiDb);
    const PERSON = '{ person(id: "person:sergey-lavrov") { name } }';
    try {
      expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
      expect((await api.query(PERSON)).json?.data).toEqual({ person: { name: 'Sergey Lavrov' } });

      const pid = server.runningPid();
      expect(pid).not.toBeNull();
      process.kill(pid!, 'SIGKILL');
      for (let i = 0; i < 200 && server.runningPid() !== null; i += 1) await sleep(50);

      const down = await api.query(PERSON);
      expect(down.status).toBeLessThan(500);
      expect(down.json?.errors?.map((e) => e.extensions?.['code'])).toEqual(['DATABASE_UNAVAILABLE']);
      // Within the driver's retry window (10 s) plus a connection attempt, not minutes.
      expect(down.ms).toBeLessThan(30_000);
      const healthBegan = performance.now();
      const health = await fetch(`${api.url}/healthz`);
      expect(health.status).toBe(503);
      const healthMs = performance.now() - healthBegan;
      expect(healthMs).toBeLessThan(30_000);
      process.stdout.write(`outage: DATABASE_UNAVAILABLE after ${Math.round(down.ms)} ms, /healthz 503 after ${Math.round(healthMs)} ms\n`);

      const restarted = performance.now();
      await server.start();
      let recovered = false;
      for (let i = 0; i < 60 && !recovered; i += 1) {
        const answer = await api.query(PERSON);
        recovered = JSON.stringify(answer.json?.data) === JSON.stringify({ person: { name: 'Sergey Lavrov' } });
        if (!recovered) await sleep(1_000);
      }
      expect(recovered).toBe(true);
      process.stdout.write(`outage: recovered ${Math.round(performance.now() - restarted)} ms after the restart began\n`);
      expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    } finally {
      await api.close();
      await apiDb.close();
      if (server.runningPid() === null) await server.start();
    }
  });
});
