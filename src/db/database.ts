/**
 * The one handle repositories use: a driver bound to a database name, with read and write
 * transactions that time out and report failures with Diplograph's error codes.
 */
import neo4j, { Neo4jError, type Driver, type ManagedTransaction, type QueryResult, type Session } from 'neo4j-driver';
import { DiplographError, ErrorCode } from '../domain/errors.ts';

export type Work<T> = (tx: ManagedTransaction) => Promise<T>;

/** How long `query` retries a statement that failed with a retryable error: the driver's transaction retry time. */
export const READ_RETRY_MS = 10_000;
const FIRST_RETRY_DELAY_MS = 1_000;

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

  /**
   * Runs one read statement as an auto-commit query, bounded by the read timeout and retried on
   * retryable errors (a leader switch, a lost connection) for up to READ_RETRY_MS, as `read` is.
   *
   * For a single statement this is one round trip to the server (RUN and PULL), where a transaction
   * function takes two (BEGIN, RUN and PULL, then COMMIT): at 10 concurrent requests that second
   * round trip was a fifth of an API request's time. Reads that need several statements to see one
   * snapshot use `read`.
   */
  async query(cypher: string, parameters: Record<string, unknown> = {}, timeoutMs = this.options.readTimeoutMs): Promise<QueryResult> {
    const began = performance.now();
    let delay = FIRST_RETRY_DELAY_MS;
    try {
      for (;;) {
        const session = this.session(neo4j.session.READ);
        try {
          return await withoutCallerStack(() => session.run(cypher, parameters, { timeout: timeoutMs }));
        } catch (error) {
          const elapsed = performance.now() - began;
          if (!Neo4jError.isRetryable(error) || elapsed + delay > READ_RETRY_MS) throw translateNeo4jError(error);
        } finally {
          await session.close();
        }
        // Jittered like the driver's own retries, so clients that failed together do not retry together.
        await new Promise((resolve) => setTimeout(resolve, delay * (0.8 + Math.random() * 0.4)));
        delay *= 2;
      }
    } finally {
      this.options.onQueryTime?.('read', performance.now() - began);
    }
  }

  /** Runs `work` in one write transaction: all of it commits or none of it does. */
  async write<T>(work: Work<T>, timeoutMs?: number): Promise<T> {
    return this.run('write', work, timeoutMs);
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async run<T>(kind: 'read' | 'write', work: Work<T>, timeoutMs: number | undefined): Promise<T> {
    const session = this.session(kind === 'read' ? neo4j.session.READ : neo4j.session.WRITE);
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

  private session(defaultAccessMode: typeof neo4j.session.READ | typeof neo4j.session.WRITE): Session {
    return this.driver.session({ defaultAccessMode, ...(this.options.database ? { database: this.options.database } : {}) });
  }
}

/**
 * Runs `start` (which creates a driver Result) with stack traces switched off. neo4j-driver formats a
 * stack trace for every Result it creates, to attach to a later failure; under tsx each frame is mapped
 * through source maps, which took 7% of the API's CPU. A failed query is reported by its Neo4j code and
 * message (see translateNeo4jError), so the call site's trace is not worth that. The Result is created
 * synchronously, so the limit is restored before any other code runs.
 */
function withoutCallerStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
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
