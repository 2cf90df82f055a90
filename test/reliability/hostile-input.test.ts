/**
 * Hostile and broken inputs through both ways in: `diplograph ingest` (a real child process) and the
 * ingestArticle mutation (a real HTTP server). Every input ends in a clear error naming it or in a safe
 * ingest; the process never crashes; nothing of a refused input is written; and once the accepted
 * articles are deleted again the graph is byte for byte what it was, so no input changed anything else.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../../src/config.ts';
import type { Database } from '../../src/db/database.ts';
import { readArticles } from '../../src/extract/index.ts';
import { CurationRepository } from '../../src/repositories/curation-repository.ts';
import { diffDumps, dumpGraph, type GraphDump } from './support/graph-dump.ts';
import { editor, leaks, openReliabilityDatabase, startApi, type RunningApi } from './support/api-server.ts';
import { failureLines, runCli, type CliRun } from './support/cli.ts';
import { HOSTILE_INPUTS, type HostileInput } from './support/hostile-inputs.ts';

let db: Database;
let baseline: GraphDump;
let dir: string;

beforeAll(async () => {
  db = openReliabilityDatabase({ readTimeoutMs: 60_000 });
  baseline = await dumpGraph(db);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-hostile-'));
  for (const input of HOSTILE_INPUTS) fs.writeFileSync(path.join(dir, input.name), input.content());
});

afterAll(async () => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  await db?.close();
});

async function storedArticles(ids: readonly string[]): Promise<Map<string, string>> {
  return db.read(async (tx) => {
    const result = await tx.run('UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.text AS text', { ids: [...ids] });
    return new Map(result.records.map((r) => [r.get('id') as string, r.get('text') as string]));
  });
}

async function relationshipsOf(ids: readonly string[]): Promise<number> {
  return db.read(async (tx) => {
    const result = await tx.run('MATCH ()-[r]->() WHERE r.articleId IN $ids RETURN count(r) AS n', { ids: [...ids] });
    return Number(result.records[0]?.get('n') ?? 0);
  });
}

/**
 * Deletes through the API's repository (the same removal `diplograph delete` runs), which must stay within Neo4j's
 * default transaction memory on the 10,000-quote article.
 */
async function expectGraphBackToBaseline(ids: readonly string[]): Promise<void> {
  const repository = new CurationRepository(db);
  for (const id of ids) expect(await repository.deleteArticle(id)).toBe(true);
  const after = await dumpGraph(db);
  expect(diffDumps(baseline, after)).toEqual({ added: [], removed: [] });
  expect(after.hash).toBe(baseline.hash);
}

function expectNoCrash(run: CliRun): void {
  expect(run.signal, run.stderr.slice(-2000)).toBeNull();
  expect([0, 1]).toContain(run.code);
  expect(run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(run.stderr).not.toMatch(/Unhandled|uncaught|FATAL|heap out of memory/i);
  expect(run.stdout).toMatch(/^\d+ articles in [\d.]+ s/m);
}

describe('diplograph ingest over a folder of hostile files', () => {
  let run: CliRun;
  const accepted: string[] = [];

  it(`reads all ${HOSTILE_INPUTS.length} files without crashing, in bounded time`, { timeout: 600_000 }, async () => {
    run = await runCli(['ingest', dir], { neo4jUri: inject('reliabilityNeo4j').uri, timeoutMs: 540_000 });
    expectNoCrash(run);
    expect(run.code).toBe(1);
  });

  it.each(HOSTILE_INPUTS.map((input) => [input.name, input] as const))('%s: a clear error naming it, or a safe ingest', async (_name, input: HostileInput) => {
    expect(run, 'the ingest run did not finish').toBeDefined();
    const file = path.join(dir, input.name);
    const failures = failureLines(run.stdout).filter((line) => line.startsWith(`failed: ${file}`));
    const read = [];
    for await (const result of readArticles(file, { maxBytes: DEFAULT_MAX_ARTICLE_BYTES })) read.push(result);
    const ids = read.flatMap((r) => (r.ok ? [r.article.id] : []));
    const stored = await storedArticles(ids);
    switch (input.cli) {
      case 'rejected':
        expect(failures.length, run.stdout.slice(-3000)).toBeGreaterThan(0);
        if (input.reason) expect(failures.join('\n')).toMatch(input.reason);
        expect(stored.size).toBe(0);
        break;
      case 'ingested':
        expect(failures).toEqual([]);
        expect(ids.length).toBeGreaterThan(0);
        expect([...stored.keys()].sort()).toEqual([...ids].sort());
        break;
      case 'either':
        expect(failures.length > 0 || stored.size > 0).toBe(true);
        break;
    }
    // A refused article leaves nothing: no node, no relationship carrying its id.
    const refused = ids.filter((id) => !stored.has(id));
    expect(await relationshipsOf(refused)).toBe(0);
    for (const reason of failures) expect(reason).toMatch(/^failed: \S.*: \S/);
    for (const [id, storedText] of stored) {
      input.storedText?.(storedText);
      accepted.push(id);
    }
  });

  it('ingests the good lines of a JSON Lines file around the broken ones, naming each broken line', () => {
    const file = path.join(dir, 'broken-lines.jsonl');
    const failures = failureLines(run.stdout).filter((line) => line.startsWith(`failed: ${file}`));
    expect(failures.map((line) => /broken-lines\.jsonl:(\d+)/.exec(line)?.[1])).toEqual(['2', '4', '6', '8']);
    expect(run.stdout).toMatch(/failed: .*broken-lines\.jsonl:2: .*JSON/);
  });

  it('keeps strings that look like Cypher as plain values', async () => {
    const names = await db.read(async (tx) => (await tx.run('MATCH (p:Person) WHERE p.name CONTAINS "DETACH DELETE" RETURN p.name AS name')).records.map((r) => r.get('name') as string));
    expect(names).toContain('"}) DETACH DELETE n //');
  });

  it('stdin: binary, empty and a missing path are refused by name', { timeout: 300_000 }, async () => {
    const uri = inject('reliabilityNeo4j').uri;
    const [binary, empty, missing] = await Promise.all([
      runCli(['ingest', '-'], { neo4jUri: uri, stdin: Buffer.from([0x00, 0xff, 0xfe, 0x00, 0x89, 0x50, 0x4e, 0x47]) }),
      runCli(['ingest', '-'], { neo4jUri: uri, stdin: '' }),
      runCli(['ingest', path.join(dir, 'no-such-file.txt')], { neo4jUri: uri }),
    ]);
    for (const r of [binary, empty, missing]) {
      expectNoCrash(r);
      expect(r.code).toBe(1);
    }
    expect(failureLines(binary.stdout).join('\n')).toMatch(/stdin/);
    expect(failureLines(empty.stdout).join('\n')).toMatch(/stdin: no input/);
    expect(failureLines(missing.stdout).join('\n')).toMatch(/no-such-file\.txt: no such file/);
  });

  it('leaves the graph as it was once the accepted articles are deleted', async () => {
    expect(accepted.length).toBeGreaterThan(5);
    await expectGraphBackToBaseline(accepted);
  });
});

describe('the ingestArticle mutation with the same inputs', () => {
  let api: RunningApi;
  const accepted: string[] = [];
  const withApi = HOSTILE_INPUTS.filter((input) => input.api !== null);

  beforeAll(async () => {
    api = await startApi(db);
  });
  afterAll(async () => {
    await api?.close();
  });

  const MUTATION = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { id text } } }`;

  it.each(withApi.map((input) => [input.name, input] as const))('%s: BAD_USER_INPUT or a safe ingest, never an internal error', { timeout: 120_000 }, async (_name, input: HostileInput) => {
    const answer = await api.query(MUTATION, { input: input.api }, editor);
    expect(answer.status, answer.text.slice(0, 400)).toBeLessThan(500);
    const errors = answer.json?.errors ?? [];
    // Only errors are searched for leaks: the stored text echoes inputs that look like Cypher on purpose.
    expect(leaks(JSON.stringify(errors))).toBeNull();
    const result = answer.json?.data?.['ingestArticle'] as { created: boolean; article: { id: string; text: string } } | null | undefined;
    const outcome = input.apiOutcome ?? input.cli;
    if (errors.length > 0) {
      expect(outcome, `refused: ${errors[0]?.message}`).not.toBe('ingested');
      expect(errors.map((e) => e.extensions?.['code'])).toEqual(['BAD_USER_INPUT']);
      expect(errors[0]?.message.length).toBeGreaterThan(10);
      if (input.reason && outcome === 'rejected') expect(errors[0]?.message).toMatch(input.reason);
    } else {
      expect(outcome, 'ingested an input that must be refused').not.toBe('rejected');
      expect(result?.article.id).toMatch(/^[0-9a-f]{32}$/);
      input.storedText?.(result?.article.text ?? '');
      accepted.push(result!.article.id);
    }
    const health = await api.query('{ health { nodeCount } }');
    expect(health.status).toBe(200);
  });

  it('answers a 50 MB mutation body with 413 and a JSON error, and keeps serving', { timeout: 120_000 }, async () => {
    const answer = await api.query(MUTATION, { input: { text: 'Lavrov met Blinken. '.repeat(2_621_440), format: 'TEXT' } }, editor);
    expect(answer.status).toBe(413);
    expect(answer.json?.errors?.[0]?.extensions?.['code']).toBe('BAD_REQUEST');
    expect((await api.query('{ health { nodeCount } }')).status).toBe(200);
  });

  it('did not pollute Object.prototype through a __proto__ key', () => {
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('deletes what it accepted through deleteArticle, leaving the graph as it was', async () => {
    expect(accepted.length).toBeGreaterThan(5);
    for (const id of new Set(accepted)) {
      const answer = await api.query('mutation($id: ID!) { deleteArticle(id: $id) }', { id }, editor);
      expect(answer.json?.data?.['deleteArticle']).toBe(true);
    }
    await expectGraphBackToBaseline([]);
  });
});
