/**
 * Relay-style paging: `first` (default 20, at most 100; more is an error, never silently clamped) and
 * opaque `after` cursors. A cursor encodes the position of an item in its list.
 */
import type { Connection, Page, PageRequest } from '../domain/graph-model.ts';
import { DiplographError, ErrorCode } from '../domain/errors.ts';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

const CURSOR_PREFIX = 'cursor:';

export function encodeCursor(position: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${position}`, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): number {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const position = decoded.startsWith(CURSOR_PREFIX) ? Number(decoded.slice(CURSOR_PREFIX.length)) : Number.NaN;
  if (!Number.isSafeInteger(position) || position < 0) {
    throw new DiplographError(ErrorCode.BAD_USER_INPUT, `after: expected a cursor from a previous page, got ${JSON.stringify(cursor)}`);
  }
  return position;
}

/** Checks `first` against 1…`max`; `name` is the argument as the client wrote it. */
export function pageSize(first: number | null | undefined, name = 'first', max = MAX_PAGE_SIZE, fallback = DEFAULT_PAGE_SIZE): number {
  if (first === null || first === undefined) return fallback;
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw new DiplographError(ErrorCode.BAD_USER_INPUT, `${name}: expected a whole number from 1 to ${max}, got ${first}`);
  }
  return first;
}

export function pageRequest(args: { first?: number | null; after?: string | null }): PageRequest {
  const limit = pageSize(args.first);
  const offset = args.after === null || args.after === undefined ? 0 : decodeCursor(args.after) + 1;
  return { offset, limit };
}

export function toConnection<T>(page: Page<T>, count: () => Promise<number>): Connection<T> {
  let total: Promise<number> | undefined;
  // Memoised: totalCount asked for twice (aliases) runs one count query.
  return { ...page, totalCount: () => (total ??= count()) };
}
