/**
 * A schema-driven fuzzer over real HTTP: thousands of operations (valid ones and damaged ones) from a fixed
 * fast-check seed. No answer may be an internal error, a 5xx, or text with a stack frame, a source path or
 * Cypher; the server keeps answering throughout and the graph is unchanged (mutations go without a token).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { diffDumps, dumpGraph, type GraphDump } from './support/graph-dump.ts';
import { leaks, openReliabilityDatabase, startApi, type RunningApi } from './support/api-server.ts';
import { invalidOperation, loadSchema, validOperation, type FuzzOperation } from './support/operation-arbitrary.ts';

// 2,500 here keeps `npm test` short; api-fuzz.soak.test.ts runs 10,000 (set FUZZ_RUNS to override).
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 2_500);
const CONCURRENCY = 8;
const SEED = 20_220_121;

let db: Database;
let api: RunningApi;
let before: GraphDump;

beforeAll(async () => {
  db = openReliabilityDatabase();
  api = await startApi(db);
  before = await dumpGraph(db);
});

afterAll(async () => {
  await api?.close();
  await db?.close();
});

interface Finding {
  operation: FuzzOperation;
  problem: string;
  answer: string;
}

describe('a fuzzer of operations generated from the schema', () => {
  it(`sends ${RUNS} operations and gets no internal error, no leak, no 5xx`, { timeout: 900_000 }, async () => {
    const schema = loadSchema();
    const operations = fc.sample(fc.oneof(validOperation(schema), invalidOperation(schema)), { numRuns: RUNS, seed: SEED });
    expect(operations).toHaveLength(RUNS);
    expect(operations.filter((op) => op.intended === 'valid').length).toBeGreaterThan(RUNS / 3);
    const findings: Finding[] = [];
    const outcome = { data: 0, clientErrors: 0 };
    let next = 0;
    const began = performance.now();
    const worker = async () => {
      while (next < operations.length) {
        const operation = operations[next++]!;
        if (next % 1000 === 0) process.stdout.write(`fuzz: ${next} sent, ${findings.length} findings, ${Math.round(performance.now() - began)} ms\n`);
        const answer = await api.query(operation.query, operation.variables);
        const codes = (answer.json?.errors ?? []).map((e) => String(e.extensions?.['code']));
        const leaked = leaks(answer.text);
        let problem: string | null = null;
        if (answer.json === null) problem = `not JSON (HTTP ${answer.status})`;
        else if (answer.status >= 500) problem = `HTTP ${answer.status}`;
        else if (codes.includes('INTERNAL_SERVER_ERROR') || answer.text.includes('Unexpected error')) problem = 'internal error';
        else if (leaked !== null) problem = `leaked ${JSON.stringify(leaked)}`;
        if (problem !== null) findings.push({ operation, problem, answer: answer.text.slice(0, 400) });
        else if (codes.length === 0) outcome.data += 1;
        else outcome.clientErrors += 1;
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    for (const f of findings.slice(0, 30)) process.stdout.write(`FINDING ${f.problem}: ${f.operation.query.slice(0, 300)} ${JSON.stringify(f.operation.variables).slice(0, 200)} => ${f.answer.slice(0, 300)}\n`);
    expect(findings.slice(0, 5)).toEqual([]);
    // Both kinds really ran: a fuzzer whose every operation fails validation proves little.
    expect(outcome.data).toBeGreaterThan(RUNS / 10);
    expect(outcome.clientErrors).toBeGreaterThan(RUNS / 10);
    process.stdout.write(`fuzz: ${RUNS} operations in ${Math.round(performance.now() - began)} ms, ${outcome.data} answered with data, ${outcome.clientErrors} refused with a client error\n`);
  });

  it('left the server up and the graph unchanged', async () => {
    const health = await api.query('{ health { nodeCount } }');
    expect(health.status).toBe(200);
    const after = await dumpGraph(db);
    expect(diffDumps(before, after)).toEqual({ added: [], removed: [] });
    expect(after.hash).toBe(before.hash);
  });
});
