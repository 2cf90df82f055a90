/**
 * Abuse of the API over real HTTP: operations built to exhaust the server (depth, cost, alias, token and
 * directive bombs, circular fragments, huge pages and variables, batches, regex and Lucene search strings)
 * and mutations without the editor token. Each is refused with a clear error in bounded time, nothing
 * leaks, nothing in the graph changes, and the server answers normally afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { dumpGraph, type GraphDump } from './support/graph-dump.ts';
import { editor, leaks, openReliabilityDatabase, READ_TOKEN, startApi, type HttpAnswer, type RunningApi } from './support/api-server.ts';

const BOUND_MS = 5_000;
let db: Database;
let api: RunningApi;
let guarded: RunningApi;
let before: GraphDump;

beforeAll(async () => {
  db = openReliabilityDatabase();
  api = await startApi(db);
  guarded = await startApi(db, { readToken: READ_TOKEN });
  before = await dumpGraph(db);
});

afterAll(async () => {
  await api?.close();
  await guarded?.close();
  await db?.close();
});

function codes(answer: HttpAnswer): string[] {
  return (answer.json?.errors ?? []).map((error) => String(error.extensions?.['code']));
}

/** A refusal: no data, a client error code, a message, quickly, and nothing internal in the text. */
function expectRefused(answer: HttpAnswer, allowed: readonly string[]): void {
  expect(answer.status, answer.text.slice(0, 300)).toBeLessThan(500);
  expect(answer.json, `not JSON: ${answer.text.slice(0, 300)}`).not.toBeNull();
  expect(answer.json?.data ?? null).toBeNull();
  expect(answer.json?.errors?.length ?? 0).toBeGreaterThan(0);
  for (const error of answer.json?.errors ?? []) expect(error.message.length).toBeGreaterThan(0);
  expect(codes(answer).every((code) => allowed.includes(code)), `codes ${codes(answer).join(', ')}`).toBe(true);
  expect(leaks(answer.text)).toBeNull();
  expect(answer.ms).toBeLessThan(BOUND_MS);
}

const VALIDATION = ['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST'];

function nested(depth: number): string {
  let selection = 'id';
  for (let i = 0; i < depth; i += 1) selection = `meetings(first: 2) { edges { node { participants { ${selection} } } } }`;
  return `{ person(id: "person:sergey-lavrov") { ${selection} } }`;
}

describe('operation bombs are refused before they reach the database', () => {
  it('refuses a query nested deeper than the depth limit', async () => {
    expectRefused(await api.query(nested(6)), VALIDATION);
  });

  it('refuses a query whose lists multiply beyond the cost limit', async () => {
    const costly = `{ meetings(first: 100) { edges { node { participants { meetings(first: 100) { edges { node { participants { id } countries { id } } } } } } } } }`;
    expectRefused(await api.query(costly), VALIDATION);
  });

  it('refuses 500 aliases of one field', async () => {
    const aliases = Array.from({ length: 500 }, (_, i) => `a${i}: health { nodeCount }`).join(' ');
    expectRefused(await api.query(`{ ${aliases} }`), VALIDATION);
  });

  it('refuses a token bomb of 20,000 repeated fields', async () => {
    expectRefused(await api.query(`{ health { ${'nodeCount '.repeat(20_000)} } }`), VALIDATION);
  });

  it('refuses a directive bomb', async () => {
    expectRefused(await api.query(`{ health { nodeCount ${'@include(if: true) '.repeat(1_000)} } }`), VALIDATION);
  });

  it('refuses circular fragments', async () => {
    expectRefused(await api.query('query Q { ...A } fragment A on Query { ...B } fragment B on Query { ...A }'), VALIDATION);
  });

  it('refuses an introspection query that cycles through types', async () => {
    let selection = 'name';
    for (let i = 0; i < 12; i += 1) selection = `fields { type { ${selection} } }`;
    expectRefused(await api.query(`{ __schema { types { ${selection} } } }`), VALIDATION);
  });

  it('refuses a query of 2 MB of nested brackets without running out of stack', async () => {
    expectRefused(await api.query(`{ health ${'{ nodeCount '.repeat(100_000)}${'}'.repeat(100_000)} }`), VALIDATION);
  });

  it('refuses first: 1000000 inline and as a variable', async () => {
    expectRefused(await api.query('{ articles(first: 1000000) { totalCount } }'), VALIDATION);
    const asVariable = await api.query('query($n: Int) { articles(first: $n) { totalCount } }', { n: 1_000_000 });
    expectRefused(asVariable, VALIDATION);
    expect(asVariable.json?.errors?.[0]?.message).toMatch(/first|100/i);
  });

  it('refuses first: -1 and a neighbourhood of depth 50', async () => {
    expectRefused(await api.query('{ meetings(first: -1) { totalCount } }'), VALIDATION);
    expectRefused(await api.query('{ neighborhood(id: "country:US", depth: 50, limit: 100000) { nodes { id } } }'), VALIDATION);
  });

  it('refuses a batched HTTP request', async () => {
    const answer = await api.post([{ query: '{ health { nodeCount } }' }, { query: '{ stats { nodes { name count } } }' }]);
    expectRefused(answer, ['BAD_REQUEST']);
  });

  it('refuses 5 MB of variables the operation does not declare or cannot use', async () => {
    const huge = 'x'.repeat(5 * 1024 * 1024);
    const answer = await api.query('query($q: String!) { search(query: $q, first: 5) { score } }', { q: huge });
    expectRefused(answer, VALIDATION);
  });

  it('refuses a 100,000-element list variable', async () => {
    const types = Array.from({ length: 100_000 }, () => 'PERSON');
    const answer = await api.query('query($t: [EntityType!]) { search(query: "Lavrov", types: $t, first: 5) { score } }', { t: types });
    // Duplicates of a valid type are harmless; either a clean answer or a clear refusal, quickly.
    expect(answer.status).toBeLessThan(500);
    expect(codes(answer).filter((code) => !VALIDATION.includes(code))).toEqual([]);
    expect(answer.ms).toBeLessThan(BOUND_MS * 2);
  });
});

describe('search strings are data, never query syntax', () => {
  const HOSTILE_SEARCHES = [
    '(a+)+$',
    '((((((((((a*)*)*)*)*)*)*)*)*)*)*b',
    '/.*(a|aa)*b/',
    '*:*',
    'name:* OR aliases:*',
    '*a*b*c*d*e*f*g*h*i*j*',
    'Lavrov~~~~~~~~~~',
    'Lav?ov AND NOT (Blinken OR "Sergey',
    '[a TO z] {0 TO 9}',
    '\\',
    '"',
    '^^^^^^^^10000',
    'a'.repeat(10_000),
    'Lavrov '.repeat(1_000),
    '\u0000\u0001\u202e',
    '`}) DETACH DELETE n //',
  ];

  it.each(HOSTILE_SEARCHES.map((text) => [JSON.stringify(text.slice(0, 40)), text] as const))('search(%s) answers with hits or a clear error', async (_label, text) => {
    const answer = await api.query('query($q: String!) { search(query: $q, first: 10) { score entity { id name } } }', { q: text });
    expect(answer.status).toBeLessThan(500);
    expect(leaks(answer.text)).toBeNull();
    expect(answer.ms).toBeLessThan(BOUND_MS * 2);
    if (answer.json?.errors) expect(codes(answer).every((code) => code === 'BAD_USER_INPUT')).toBe(true);
    else expect(Array.isArray(answer.json?.data?.['search'])).toBe(true);
  });

  it('still finds Lavrov after the hostile searches', async () => {
    const answer = await api.query('{ search(query: "Lavrof", first: 5) { entity { id } } }');
    expect(JSON.stringify(answer.json?.data)).toContain('person:sergey-lavrov');
  });
});

describe('malformed HTTP requests get a JSON error, not an HTML stack trace', () => {
  it('answers a body that is not JSON with 400 and a GraphQL error', async () => {
    const answer = await api.post('{"query": "{ health { nodeCount }"');
    expect(answer.status).toBe(400);
    expectRefused(answer, ['BAD_REQUEST']);
  });

  it('answers a body over the size limit with 413 and a GraphQL error', async () => {
    const answer = await api.post(JSON.stringify({ query: '{ health { nodeCount } }', variables: { x: 'a'.repeat(8 * 1024 * 1024) } }));
    expect(answer.status).toBe(413);
    expectRefused(answer, ['BAD_REQUEST']);
  });

  it('refuses a text/plain POST as a possible cross-site request forgery', async () => {
    const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ health { nodeCount } }"}' });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/Cross-Site Request Forgery/);
  });

  it('refuses a mutation sent with GET', async () => {
    const response = await fetch(`${api.url}/graphql?query=${encodeURIComponent('mutation { deleteArticle(id: "x") }')}`, { headers: { 'apollo-require-preflight': '1' } });
    expect(response.status).toBe(405);
  });
});

describe('mutations without the editor token are refused and change nothing', () => {
  const MUTATIONS = [
    ['deleteArticle', 'mutation { deleteArticle(id: "x") }'],
    ['ingestArticle', 'mutation { ingestArticle(input: { text: "Russian Foreign Minister Sergey Lavrov met Antony Blinken in Geneva." }) { created } }'],
    ['mergeEntities', 'mutation { mergeEntities(keep: "country:US", merge: "country:RU") { id } }'],
    ['addAlias', 'mutation { addAlias(id: "country:US", alias: "Hacked") { id } }'],
  ] as const;

  it.each(MUTATIONS)('%s without a token: UNAUTHENTICATED', async (_name, mutation) => {
    expectRefused(await api.query(mutation), ['UNAUTHENTICATED']);
  });

  it.each(MUTATIONS)('%s with a wrong token: FORBIDDEN', async (_name, mutation) => {
    expectRefused(await api.query(mutation, {}, { authorization: 'Bearer not-the-editor-token-at-all' }), ['FORBIDDEN']);
    expectRefused(await api.query(mutation, {}, { authorization: `Bearer ${editor.authorization.slice(7, -1)}` }), ['FORBIDDEN']);
  });

  it.each(MUTATIONS)('%s with the read token: FORBIDDEN', async (_name, mutation) => {
    expectRefused(await guarded.query(mutation, {}, { authorization: `Bearer ${READ_TOKEN}` }), ['FORBIDDEN']);
  });

  it('refuses a token in another scheme, and reads without a token where a read token is set', async () => {
    expectRefused(await api.query(MUTATIONS[0][1], {}, { authorization: `Basic ${editor.authorization.slice(7)}` }), ['UNAUTHENTICATED']);
    const read = await guarded.query('{ health { nodeCount } }');
    expect(read.status).toBe(401);
    expect(codes(read)).toEqual(['UNAUTHENTICATED']);
  });

  it('left the graph exactly as it was, and the server still answers', async () => {
    const after = await dumpGraph(db);
    expect(after.hash).toBe(before.hash);
    const health = await api.query('{ health { nodeCount } }');
    expect(health.status).toBe(200);
    expect(health.json?.data?.['health']).toMatchObject({ nodeCount: before.nodes.length });
  });
});

describe('operations the schema cannot run', () => {
  it('refuses a subscription with a validation error, not an internal one', async () => {
    const answer = await api.query('subscription { x }');
    expectRefused(answer, ['GRAPHQL_VALIDATION_FAILED']);
    expect(answer.json?.errors?.[0]?.message).toMatch(/[Ss]ubscriptions are not supported/);
  });
});
