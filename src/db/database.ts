/**
 * The one handle repositories use: a driver bound to a database name, with read and write
 * transactions that time out and report failures with Diplograph's error codes.
 */
import { Neo4jError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { DiplographError, ErrorCode } from '../domain/errors.ts';

export type Work<T> = (tx: ManagedTransaction) => Promise<T>;

export interface DatabaseOptions {
  /** Name of the database, or null for the server's default. */
  database: string | null;
  /** Transaction timeout of reads, in milliseconds. */
  readTimeoutMs: number;
  /** Called with the duration of every transaction, for metrics. */
  onQueryTime?: (kind: 'read' | 'write', ms: number) => void;
}

export class Database {
  readonly driver: Driver;
  private readonly options: DatabaseOptions;

  constructor(driver: Driver, options: DatabaseOptions) {
    this.driver = driver;
    this.options = options;
  }

  /** Runs `work` in a read transaction, retried on transient errors, bounded by the read timeout. */
  async read<T>(work: Work<T>, timeoutMs = this.options.readTimeoutMs): Promise<T> {
    return this.run('read', work, timeoutMs);
  }

  /** Runs `work` in one write transaction: all of it commits or none of it does. */
  async write<T>(work: Work<T>, timeoutMs?: number): Promise<T> {
    return this.run('write', work, timeoutMs);
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async run<T>(kind: 'read' | 'write', work: Work<T>, timeoutMs: number | undefined): Promise<T> {
    const session = this.driver.session(this.options.database ? { database: this.options.database } : {});
    const began = performance.now();
    try {
      const config = timeoutMs !== undefined ? { timeout: timeoutMs } : {};
      return kind === 'read' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } catch (error) {
      throw translateNeo4jError(error);
    } finally {
      this.options.onQueryTime?.(kind, performance.now() - began);
      await session.close();
    }
  }
}

/** Turns driver failures users can act on into DiplographErrors; anything else passes through unchanged. */
export function translateNeo4jError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (error.code === 'ServiceUnavailable' || error.code === 'SessionExpired') {
    return new DiplographError(ErrorCode.DATABASE_UNAVAILABLE, 'The database is unavailable; try again shortly.', { cause: error });
  }
  if (/TransactionTimedOut|TransactionTimedOutClientConfiguration/.test(error.code)) {
    return new DiplographError(ErrorCode.TIMEOUT, 'The query took too long and was stopped.', { cause: error });
  }
  return error;
}
