/** Limits, auth rules, error masking, timeouts and the operational endpoints, over real HTTP. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDriver } from '../../../src/db/driver.ts';
import { DiplographError, ErrorCode } from '../../../src/domain/errors.ts';
import { DEFAULT_LIMITS } from '../../../src/graphql/limits.ts';
import { CountingDatabase, openCountingDatabase, startTestApi, type TestApi } from './api-harness.ts';

const EDITOR_TOKEN = 'hardening-editor-token-0123456789';
const READ_TOKEN = 'hardening-read-token-0123456789ab';
const db = openCountingDatabase();
let open: TestApi;
let guarded: TestApi;
let noEditor: TestApi;

beforeAll(async () => {
  open = await startTestApi(db, { auth: { editorToken: EDITOR_TOKEN, readToken: null } });
  guarded = await startTestApi(db, { auth: { editorToken: EDITOR_TOKEN, readToken: READ_TOKEN } });
  noEditor = await startTestApi(db);
});

afterAll(async () => {
  await Promise.all([open?.close(), guarded?.close(), noEditor?.close()]);
  await db.close();
});

const codeOf = (body: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => body.errors?.[0]?.extensions?.['code'];

describe('limits', () => {
  it('refuses first above 100 with BAD_USER_INPUT instead of clamping', async () => {
    const { body } = await open.query(`{ meetings(first: 101) { totalCount } }`);
    expect(codeOf(body)).toBe('BAD_USER_INPUT');
    expect(body.errors![0]!.message).toContain('from 1 to 100, got 101');
  });

  it('refuses too deep, too many aliases and too many tokens without naming the limit', async () => {
    let deep = 'id';
    for (let i = 0; i < DEFAULT_LIMITS.maxDepth + 2; i++) deep = `previous { ${deep} }`;
    const aliases = Array.from({ length: DEFAULT_LIMITS.maxAliases + 5 }, (_, i) => `a${i}: health { nodeCount }`).join(' ');
    const tokens = `{ ${Array.from({ length: DEFAULT_LIMITS.maxTokens }, () => 'health { nodeCount }').join(' ')} }`;
    for (const query of [`{ meeting(id: "x") { ${deep} } }`, `{ ${aliases} }`, tokens]) {
      const { status, body } = await open.query(query);
      expect(status).toBe(400);
      expect(body.data ?? null).toBeNull();
      // The token count is checked by the parser, so that refusal is a parse failure.
      expect(codeOf(body)).toBe(query === tokens ? 'GRAPHQL_PARSE_FAILED' : 'GRAPHQL_VALIDATION_FAILED');
      const text = JSON.stringify(body);
      for (const limit of Object.values(DEFAULT_LIMITS)) expect(text).not.toContain(String(limit));
    }
  });

  it('lets the explorer page’s node-details query through', async () => {
    const { body } = await open.query(`query ExplorerNode($id: ID!) { node(id: $id) { __typename id
      ... on Entity { name aliases mentionCount articles(first: 5) { totalCount edges { node { id title source publishedAt url } } } }
      ... on Person { roles { title asOf country { id name } organization { id name } evidence { ...E } } }
      ... on Location { kind country { id name } }
      ... on Meeting { date kind plover cameo planned participants { id name } countries { id name } location { id name }
        statements { id text speaker { id name } } reportedIn { ...E } previous { id date kind } }
      ... on Statement { text kind date speaker { __typename id name } via { id name } meeting { id date kind } about { __typename id name } evidence { ...E } } } }
      fragment E on Evidence { sentence start end text article { id title source publishedAt url } }`, { id: 'person:nobody-here' });
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ node: null });
  });

  it('rejects batched requests and GET requests without a CSRF-safe header', async () => {
    const batch = await fetch(`${open.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify([{ query: '{ stats { nodes { name } } }' }, { query: '{ stats { nodes { name } } }' }]) });
    expect(batch.status).toBe(400);
    const csrf = await fetch(`${open.url}/graphql?query=${encodeURIComponent('{ stats { nodes { name } } }')}`);
    expect(csrf.status).toBe(400);
  });
});

describe('auth', () => {
  const mutation = `mutation { addAlias(id: "person:nobody-here", alias: "Nobody") { id } }`;

  it('refuses mutations without a token, with a wrong one, and on servers with no editor token', async () => {
    expect(codeOf((await open.query(mutation)).body)).toBe('UNAUTHENTICATED');
    expect(codeOf((await open.query(mutation, {}, { authorization: 'Bearer not-the-editor-token-at-all' })).body)).toBe('FORBIDDEN');
    expect(codeOf((await noEditor.query(mutation, {}, { authorization: `Bearer ${EDITOR_TOKEN}` })).body)).toBe('FORBIDDEN');
  });

  it('runs a mutation with the editor token', async () => {
    const { body } = await open.query(mutation, {}, { authorization: `Bearer ${EDITOR_TOKEN}` });
    // Reaching the service: the entity does not exist.
    expect(codeOf(body)).toBe('NOT_FOUND');
  });

  it('needs the read token for reads when one is configured', async () => {
    const anonymous = await guarded.query(`{ stats { nodes { name } } }`);
    expect(anonymous.status).toBe(401);
    expect(codeOf(anonymous.body)).toBe('UNAUTHENTICATED');
    const reader = await guarded.query(`{ stats { nodes { name } } }`, {}, { authorization: `Bearer ${READ_TOKEN}` });
    expect(reader.status).toBe(200);
    const readerMutates = await guarded.query(mutation, {}, { authorization: `Bearer ${READ_TOKEN}` });
    expect(codeOf(readerMutates.body)).toBe('FORBIDDEN');
  });
});

describe('errors', () => {
  it('masks internal errors as "Unexpected error." without a stack', async () => {
    // A database whose reads fail the way a bug would: a plain Error with internals in its message.
    class FailingDatabase extends CountingDatabase {
      override read<T>(): Promise<T> {
        return Promise.reject(new Error('secret internals at /srv/diplograph/src/repositories/x.ts:12'));
      }
    }
    const connection = inject('neo4j');
    const failing = new FailingDatabase(createDriver(connection), { database: connection.database, readTimeoutMs: 1000 });
    const api = await startTestApi(failing);
    try {
      const { body } = await api.query(`{ stats { nodes { name } } }`);
      expect(body.errors).toEqual([{ message: 'Unexpected error.', path: ['stats'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    } finally {
      await api.close();
      await failing.close();
    }
  });

  it('stops a read that exceeds the transaction timeout with TIMEOUT', async () => {
    // Neo4j enforces transaction timeouts from a monitor that wakes every couple of seconds, so the read
    // must run for longer than that by construction: counting a billion rows takes minutes.
    const slow = openCountingDatabase({ readTimeoutMs: 200 });
    try {
      const began = Date.now();
      // Both ways reads run: a transaction of several statements, and a single auto-commit query.
      const failures = await Promise.all([
        slow.read((tx) => tx.run('UNWIND range(1, 1000000000) AS x RETURN count(x) AS n')).catch((error: unknown) => error),
        slow.query('UNWIND range(1, 1000000000) AS x RETURN count(x) AS n').catch((error: unknown) => error),
      ]);
      for (const failure of failures) {
        expect(failure).toBeInstanceOf(DiplographError);
        expect(failure).toMatchObject({ code: ErrorCode.TIMEOUT, message: 'The query took too long and was stopped.' });
      }
      expect(Date.now() - began).toBeLessThan(30_000);
    } finally {
      await slow.close();
    }
  });
});

describe('operations', () => {
  it('serves GraphiQL from local assets at GET /graphql', async () => {
    const response = await fetch(`${open.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('Diplograph GraphiQL');
    expect(html).not.toMatch(/<script[^>]+src="https?:|<link[^>]+href="https?:/);
  });

  it('exposes request counts by operation and Neo4j time at /metrics', async () => {
    await open.query(`query MetricsProbe { stats { nodes { name count } } }`);
    const text = await (await fetch(`${open.url}/metrics`)).text();
    expect(text).toMatch(/diplograph_graphql_requests_total\{operation="MetricsProbe",outcome="ok"\} \d+/);
    expect(text).toContain('diplograph_graphql_request_duration_seconds_bucket');
  });
});
