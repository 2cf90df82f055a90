import { describe, expect, it } from 'vitest';
import { DiplographError } from '../../../src/domain/errors.ts';
import { encodeCursor, pageRequest, toConnection } from '../../../src/services/pagination.ts';

describe('pageRequest', () => {
  it('defaults to 20 from the start and continues after a cursor', () => {
    expect(pageRequest({})).toEqual({ offset: 0, limit: 20 });
    expect(pageRequest({ first: 5, after: encodeCursor(9) })).toEqual({ offset: 10, limit: 5 });
  });

  it('refuses more than 100, less than 1 and cursors it did not make', () => {
    expect(() => pageRequest({ first: 101 })).toThrow(/from 1 to 100, got 101/);
    expect(() => pageRequest({ first: 0 })).toThrow(DiplographError);
    expect(() => pageRequest({ after: 'bm9wZQ' })).toThrow(/expected a cursor from a previous page/);
  });

  it('counts once however often totalCount is asked', async () => {
    let counts = 0;
    const connection = toConnection({ items: [], offset: 0, hasNextPage: false }, async () => ++counts);
    await Promise.all([connection.totalCount(), connection.totalCount()]);
    expect(counts).toBe(1);
  });
});
