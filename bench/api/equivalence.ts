/**
 * Checks that the driver form of each question runs the same Cypher as a GraphQL request to Diplograph:
 * both run once against a Database that records every statement, the GraphQL one through the real
 * Apollo server in this process, and the two lists of statements (as multisets) are compared.
 */
import type { ManagedTransaction, QueryResult } from 'neo4j-driver';
import { Database, type Work } from '../../src/db/database.ts';
import { createApiServer } from '../../src/graphql/server.ts';
import { createLogger } from '../../src/logger.ts';
import { createServices } from '../../src/services/services.ts';
import { checkGraphQLResponse } from './http-load.ts';
import { driverWorkload } from './driver-queries.ts';
import { diplographWorkload } from './diplograph-queries.ts';
import type { WorkloadParameters } from './parameters.ts';
import { QUERY_NAMES, type QueryName } from './workload.ts';

export interface EquivalenceResult {
  query: QueryName;
  same: boolean;
  /** Statements the GraphQL request ran, whitespace collapsed, in the order they started. */
  graphqlStatements: string[];
  driverStatements: string[];
}

export interface RecordedStatement {
  query: string;
  params: Record<string, unknown>;
}

/** A Database that notes every statement run through it (text with whitespace collapsed, and parameters). */
export class RecordingDatabase extends Database {
  readonly statements: string[] = [];
  readonly recorded: RecordedStatement[] = [];

  override read<T>(work: Work<T>, timeoutMs?: number): Promise<T> {
    return super.read((tx) => work(this.withRecording(tx)), timeoutMs);
  }

  override query(query: string, params: Record<string, unknown> = {}, timeoutMs?: number): Promise<QueryResult> {
    this.record(query, params);
    return super.query(query, params, timeoutMs);
  }

  override write<T>(work: Work<T>, timeoutMs?: number): Promise<T> {
    return super.write((tx) => work(this.withRecording(tx)), timeoutMs);
  }

  private withRecording(tx: ManagedTransaction): ManagedTransaction {
    return new Proxy(tx, {
      get: (target, property, receiver) => {
        if (property !== 'run') return Reflect.get(target, property, receiver) as unknown;
        return (query: string, params?: Record<string, unknown>) => {
          this.record(query, params ?? {});
          return target.run(query, params);
        };
      },
    });
  }

  private record(query: string, params: Record<string, unknown>): void {
    this.statements.push(query.replace(/\s+/g, ' ').trim());
    this.recorded.push({ query, params });
  }
}

const sorted = (statements: readonly string[]) => [...statements].sort();

export async function checkEquivalence(db: Database, parameters: WorkloadParameters): Promise<EquivalenceResult[]> {
  const recording = new RecordingDatabase(db.driver, { database: null, readTimeoutMs: 60_000 });
  const server = await createApiServer({ services: createServices(recording), logger: createLogger('silent'), development: false });
  const base = await server.listen(0, '127.0.0.1');
  const graphql = diplographWorkload(parameters);
  const driver = driverWorkload(recording, parameters);
  const results: EquivalenceResult[] = [];
  try {
    for (const query of QUERY_NAMES) {
      recording.statements.length = 0;
      let previous: unknown = null;
      for (const step of graphql[query]) {
        const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(step(previous)) });
        const outcome = checkGraphQLResponse(response.status, await response.text());
        if ('error' in outcome) throw new Error(`${query}: ${outcome.error}`);
        previous = outcome.data;
      }
      const graphqlStatements = [...recording.statements];

      recording.statements.length = 0;
      previous = null;
      for (const step of driver[query]) previous = await step(previous);
      const driverStatements = [...recording.statements];

      const same = JSON.stringify(sorted(graphqlStatements)) === JSON.stringify(sorted(driverStatements));
      results.push({ query, same, graphqlStatements, driverStatements });
    }
  } finally {
    await server.close();
  }
  return results;
}
