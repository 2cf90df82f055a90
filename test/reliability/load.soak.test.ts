/**
 * 60 seconds at concurrency 50 of the benchmark's read workload (bench/api) against a server process
 * while `diplograph ingest` writes 1,000 articles into the same database: zero failed requests, p99
 * reported, and the server's heap after garbage collection within 20% of where it started.
 */
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { afterAll, expect, inject, it } from 'vitest';
import { diplographWorkload } from '../../bench/api/diplograph-queries.ts';
import { pickParameters } from '../../bench/api/parameters.ts';
import { QUERY_NAMES } from '../../bench/api/workload.ts';
import { writeCorpus } from '../../bench/corpus/generate-corpus.ts';
import { projectRoot } from '../../src/config.ts';
import { openReliabilityDatabase } from './support/api-server.ts';
import { runCli } from './support/cli.ts';
import { freeHttpPort } from './support/ports.ts';

const SECONDS = 60;
const CONCURRENCY = 50;
let dir: string | undefined;

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

it(`serves ${SECONDS} s of reads at concurrency ${CONCURRENCY} during an ingest without a failure or a leak`, { timeout: 900_000 }, async () => {
  const { uri } = inject('reliabilityNeo4j');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-load-'));
  const corpus = path.join(dir, 'corpus.jsonl');
  await writeCorpus(corpus, 1_000, 31);
  const db = openReliabilityDatabase({ readTimeoutMs: 120_000 });
  const parameters = await pickParameters(db);
  await db.close();
  const workload = diplographWorkload(parameters);

  const server = fork(path.join(projectRoot, 'test', 'reliability', 'support', 'serve-for-load.ts'), [uri, String(await freeHttpPort())], {
    execArgv: ['--expose-gc', '--import', 'tsx'],
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  try {
    const [line] = (await once(server.stdout!, 'data')) as [Buffer];
    const url = line.toString().trim();
    const memory = async () => {
      server.send('gc');
      const [usage] = (await once(server, 'message')) as [NodeJS.MemoryUsage];
      return usage;
    };
    const post = async (body: unknown) => {
      const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const json = (await response.json()) as { data?: unknown; errors?: unknown[] };
      if (response.status !== 200 || json.errors) throw new Error(`HTTP ${response.status}: ${JSON.stringify(json.errors ?? json).slice(0, 300)}`);
      return json.data;
    };
    // Warm up so the start figure is of a server that has compiled its paths and filled its caches.
    for (const name of QUERY_NAMES) {
      let previous: unknown = null;
      for (const step of workload[name]) previous = await post(step(previous));
    }
    const start = await memory();

    const ingest = runCli(['ingest', corpus], { neo4jUri: uri, timeoutMs: 600_000 });
    const latencies: number[] = [];
    const failures: string[] = [];
    const deadline = performance.now() + SECONDS * 1000;
    let turn = 0;
    const client = async () => {
      while (performance.now() < deadline) {
        const name = QUERY_NAMES[turn++ % QUERY_NAMES.length]!;
        let previous: unknown = null;
        for (const step of workload[name]) {
          const began = performance.now();
          try {
            previous = await post(step(previous));
            latencies.push(performance.now() - began);
          } catch (error) {
            failures.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
            break;
          }
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, client));
    const ingested = await ingest;
    const end = await memory();

    latencies.sort((a, b) => a - b);
    const p = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
    process.stdout.write(
      `load: ${latencies.length} requests in ${SECONDS} s (${(latencies.length / SECONDS).toFixed(0)}/s), ${failures.length} failed, ` +
        `p50 ${p(0.5).toFixed(0)} ms, p99 ${p(0.99).toFixed(0)} ms; heap after GC ${(start.heapUsed / 2 ** 20).toFixed(1)} MB → ${(end.heapUsed / 2 ** 20).toFixed(1)} MB, ` +
        `rss ${(start.rss / 2 ** 20).toFixed(0)} → ${(end.rss / 2 ** 20).toFixed(0)} MB; ingest exit ${ingested.code}: ${ingested.stdout.split('\n')[0]}\n`,
    );
    expect(failures.slice(0, 5)).toEqual([]);
    expect(latencies.length).toBeGreaterThan(SECONDS * 5);
    expect(ingested.code).toBe(0);
    expect(end.heapUsed).toBeLessThan(start.heapUsed * 1.2);
  } finally {
    server.disconnect();
    await once(server, 'exit');
  }
});
