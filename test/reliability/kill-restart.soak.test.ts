/**
 * SIGKILL to the Neo4j JVM in the middle of ingesting 2,000 generated articles (bench/corpus), a restart,
 * and the same ingest again: the final graph equals that of an uninterrupted run, compared as a canonical
 * dump without clock properties, by hash. Runs on its own Neo4j.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import neo4j from 'neo4j-driver';
import { afterAll, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/corpus/generate-corpus.ts';
import { diffDumps, dumpGraph } from './support/graph-dump.ts';
import { runCli } from './support/cli.ts';
import { startNeo4jWithSchema, type Neo4jInstance } from './support/neo4j-instance.ts';
import { BOLT_PORTS, firstFreePort } from './support/ports.ts';

const ARTICLES = 2_000;
let instance: Neo4jInstance | undefined;
let dir: string | undefined;

afterAll(async () => {
  await instance?.dispose();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

async function articleCount(instance: Neo4jInstance): Promise<number> {
  const db = instance.open();
  try {
    return await db.read(async (tx) => neo4j.integer.toNumber((await tx.run('MATCH (a:Article) RETURN count(a) AS n')).records[0]?.get('n') ?? 0));
  } finally {
    await db.close();
  }
}

async function wipe(instance: Neo4jInstance): Promise<void> {
  const db = instance.open();
  const session = db.driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS');
  } finally {
    await session.close();
    await db.close();
  }
}

it(`ends with the same graph after a kill during a ${ARTICLES}-article ingest as without one`, { timeout: 1_800_000 }, async () => {
  instance = await startNeo4jWithSchema(await firstFreePort(BOLT_PORTS.faults), { heap: '1g', pageCache: '256m' });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-kill-'));
  const corpus = path.join(dir, 'corpus.jsonl');
  await writeCorpus(corpus, ARTICLES, 77);
  const ingest = () => runCli(['ingest', corpus], { neo4jUri: instance!.uri, timeoutMs: 1_200_000 });

  const clean = await ingest();
  expect(clean.code, clean.stdout + clean.stderr).toBe(0);
  const stored = await articleCount(instance);
  const first = instance.open();
  const uninterrupted = await dumpGraph(first);
  await first.close();
  await wipe(instance);
  expect(await articleCount(instance)).toBe(0);

  let kills = 0;
  const interrupted = ingest();
  // Kill once a third of the articles are in: batches have committed and more are in flight.
  for (let i = 0; i < 2_400 && kills === 0; i += 1) {
    if ((await articleCount(instance)) >= stored / 3) {
      await instance.kill();
      kills += 1;
    } else await sleep(250);
  }
  expect(kills).toBe(1);
  const cut = await interrupted;
  expect(cut.signal).toBeNull();
  expect(cut.code).not.toBe(0);
  expect(cut.stderr + cut.stdout).toMatch(/unavailable|DATABASE_UNAVAILABLE|connect/i);
  expect(cut.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

  await instance.start();
  const partial = await articleCount(instance);
  expect(partial).toBeGreaterThan(0);
  expect(partial).toBeLessThan(stored);
  const resumed = await ingest();
  expect(resumed.code, resumed.stdout + resumed.stderr).toBe(0);

  const db = instance.open();
  const after = await dumpGraph(db);
  await db.close();
  process.stdout.write(`kill-restart: ${ARTICLES} articles, killed at ${partial} stored, ${uninterrupted.nodes.length} nodes and ${uninterrupted.relationships.length} relationships, hash ${after.hash.slice(0, 16)}\n`);
  expect(diffDumps(uninterrupted, after)).toEqual({ added: [], removed: [] });
  expect(after.hash).toBe(uninterrupted.hash);
});
