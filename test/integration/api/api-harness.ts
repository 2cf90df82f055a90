/**
 * Starts the real API server on a free port over the test database and posts GraphQL to it. The
 * database counts every Cypher statement its transactions run, so tests can bound query counts.
 */
import type { QueryResult } from 'neo4j-driver';
import { pino } from 'pino';
import { inject } from 'vitest';
import { Database, type Work } from '../../../src/db/database.ts';
import { createDriver } from '../../../src/db/driver.ts';
import type { AuthConfig } from '../../../src/graphql/auth.ts';
import { createApiServer, type ApiServer } from '../../../src/graphql/server.ts';
import { createServices, type ServiceOptions } from '../../../src/services/services.ts';

/** A Database that counts the statements it runs: auto-commit queries and `tx.run` calls in transactions. */
export class CountingDatabase extends Database {
  statements = 0;

  override read<T>(work: Work<T>, timeoutMs?: number): Promise<T> {
    return super.read((tx) => work(this.counting(tx)), timeoutMs);
  }

  override write<T>(work: Work<T>, timeoutMs?: number): Promise<T> {
    return super.write((tx) => work(this.counting(tx)), timeoutMs);
  }

  override query(cypher: string, parameters?: Record<string, unknown>, timeoutMs?: number): Promise<QueryResult> {
    this.statements += 1;
    return super.query(cypher, parameters, timeoutMs);
  }

  private counting(tx: Parameters<Work<unknown>>[0]): Parameters<Work<unknown>>[0] {
    const run = tx.run.bind(tx);
    const counted: typeof tx.run = (...args: Parameters<typeof tx.run>) => {
      this.statements += 1;
      return run(...args);
    };
    return Object.assign(Object.create(tx) as typeof tx, { run: counted });
  }
}

export function openCountingDatabase(options: { readTimeoutMs?: number } = {}): CountingDatabase {
  const connection = inject('neo4j');
  return new CountingDatabase(createDriver(connection), { database: connection.database, readTimeoutMs: options.readTimeoutMs ?? 30_000 });
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  body: { data?: T | null; errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }> };
}

export interface TestApi {
  url: string;
  server: ApiServer;
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export async function startTestApi(
  db: Database,
  options: { auth?: AuthConfig; services?: ServiceOptions; development?: boolean } = {},
): Promise<TestApi> {
  const server = await createApiServer({
    services: createServices(db, options.services ?? {}),
    logger: pino({ level: 'silent' }),
    development: options.development ?? false,
    ...(options.auth ? { auth: options.auth } : {}),
  });
  const url = await server.listen(0, '127.0.0.1');
  return {
    url,
    server,
    async query<T>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as GraphQLResponse<T>['body'] };
    },
    close: () => server.close(),
  };
}
