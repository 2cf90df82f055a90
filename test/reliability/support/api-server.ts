/**
 * The real API server (Express + Apollo, the same assembly `diplograph serve` uses, with the
 * ingestArticle mutation wired to the ingest pipeline) on a free loopback port of the reliability
 * range, plus a small client that never throws on a non-JSON answer so tests can assert on it.
 */
import { pino } from 'pino';
import { inject } from 'vitest';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../../../src/config.ts';
import { createApiIngester } from '../../../src/commands/api-ingester.ts';
import { Database } from '../../../src/db/database.ts';
import { createDriver } from '../../../src/db/driver.ts';
import { createApiServer, type ApiServer } from '../../../src/graphql/server.ts';
import { createServices } from '../../../src/services/services.ts';
import { freeHttpPort } from './ports.ts';

export const EDITOR_TOKEN = 'reliability-editor-token-0123456789';
export const READ_TOKEN = 'reliability-read-token-0123456789';

/** The reliability suite's Neo4j from global-setup.ts. */
export function openReliabilityDatabase(options: { readTimeoutMs?: number } = {}): Database {
  const connection = inject('reliabilityNeo4j');
  return new Database(createDriver(connection), { database: null, readTimeoutMs: options.readTimeoutMs ?? 5_000 });
}

export interface HttpAnswer {
  status: number;
  /** The raw body text, to search for leaked stack traces or Cypher. */
  text: string;
  json: GraphQLBody | null;
  ms: number;
}

export interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

export interface RunningApi {
  url: string;
  server: ApiServer;
  post(body: unknown, headers?: Record<string, string>): Promise<HttpAnswer>;
  query(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<HttpAnswer>;
  close(): Promise<void>;
}

export async function startApi(db: Database, options: { readToken?: string | null; maxArticleBytes?: number } = {}): Promise<RunningApi> {
  const server = await createApiServer({
    services: createServices(db, { ingester: createApiIngester(db), maxArticleBytes: options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES }),
    logger: pino({ level: 'silent' }),
    development: false,
    auth: { editorToken: EDITOR_TOKEN, readToken: options.readToken ?? null },
  });
  const url = await server.listen(await freeHttpPort(), '127.0.0.1');
  const post = async (body: unknown, headers: Record<string, string> = {}): Promise<HttpAnswer> => {
    const began = performance.now();
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
      signal: AbortSignal.timeout(60_000),
    });
    const text = await response.text();
    let json: GraphQLBody | null = null;
    try {
      json = JSON.parse(text) as GraphQLBody;
    } catch {
      json = null;
    }
    return { status: response.status, text, json, ms: performance.now() - began };
  };
  return {
    url,
    server,
    post,
    query: (query, variables = {}, headers = {}) => post({ query, variables }, headers),
    close: () => server.close(),
  };
}

export const editor = { authorization: `Bearer ${EDITOR_TOKEN}` };

/** Text that must never reach a client: stack frames, source paths, Cypher, driver class names. */
export const LEAK_PATTERNS: readonly RegExp[] = [
  /\bat [\w.<>]+ \(/, // a stack frame
  /\/work\/|node_modules|\.ts:\d+/,
  /\b(MATCH|MERGE|UNWIND|DETACH DELETE|RETURN)\b[^"]*\(/, // Cypher text
  /Neo4jError|Neo\.ClientError|Neo\.TransientError|Neo\.DatabaseError/,
  /stacktrace/i,
];

export function leaks(text: string): string | null {
  for (const pattern of LEAK_PATTERNS) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return null;
}
