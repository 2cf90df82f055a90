import { describe, expect, it } from 'vitest';
import { warmUp } from '../../../bench/api/query-bench.ts';
import type { LoadFigures } from '../../../bench/api/stats.ts';

function slices(rates: number[]): { slice: (seconds: number) => Promise<LoadFigures>; lengths: number[] } {
  const lengths: number[] = [];
  let next = 0;
  return {
    lengths,
    slice: (seconds) => {
      lengths.push(seconds);
      const rps = rates[next] ?? Number.NaN;
      next += 1;
      return Promise.resolve({ p50Ms: 1, p99Ms: 1, rps, requests: rps * seconds, errors: 0 });
    },
  };
}

describe('warmUp', () => {
  it('runs slices until two in a row agree within 10%, and at least three', async () => {
    const { slice, lengths } = slices([100, 105, 300, 600, 640, 900]);
    expect(await warmUp(slice, 2, 10)).toEqual([100, 105, 300, 600, 640]);
    expect(lengths).toEqual([2, 2, 2, 2, 2]);
  });

  it('stops at the most slices it is allowed', async () => {
    const { slice } = slices([100, 200, 400, 800, 1600]);
    expect(await warmUp(slice, 1, 4)).toEqual([100, 200, 400, 800]);
  });
});
