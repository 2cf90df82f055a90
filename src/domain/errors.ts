/**
 * The one set of error codes Diplograph reports, on the CLI and as GraphQL `extensions.code`.
 */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  TIMEOUT = 'TIMEOUT',
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  CONFIG_INVALID = 'CONFIG_INVALID',
  DATABASE_START_FAILED = 'DATABASE_START_FAILED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** An error meant for the user: its message says what was wrong and where. */
export class DiplographError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DiplographError';
    this.code = code;
  }
}

/** Ends an exhaustive switch: the compiler rejects a call that is reachable. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
