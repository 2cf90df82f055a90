import { describe, expect, it } from 'vitest';
import { cpuMsFromStat } from '../../../bench/api/process-cpu.ts';
import { medianOfRuns } from '../../../bench/api/stats.ts';

describe('CPU accounting of a bench run', () => {
  it('reads utime + stime, in ticks of 10 ms, from a /proc/PID/stat line', () => {
    // utime 250 and stime 50 ticks: 3 s of CPU.
    const stat = '16630 (node) S 1 16630 16630 0 -1 4194560 5000 0 0 0 250 50 0 0 20 0 11 0 8621378 1000 388';
    expect(cpuMsFromStat(stat)).toBe(3000);
  });

  it('counts fields from the last parenthesis, since a command name may hold spaces and parentheses', () => {
    const stat = '42 (my (odd) proc) R 1 42 42 0 -1 0 0 0 0 0 7 3 0 0 20 0 1 0 1 1 1';
    expect(cpuMsFromStat(stat)).toBe(100);
  });

  it('gives null for a line it cannot read', () => {
    expect(cpuMsFromStat('garbage')).toBeNull();
  });

  it('takes the median of each process over the runs that measured CPU', () => {
    const run = (p50Ms: number, server: number | null, total: number) => ({
      p50Ms,
      p99Ms: p50Ms * 2,
      rps: 100,
      requests: 400,
      errors: 0,
      cpuMsPerRequest: { loadGenerator: 0.1, server, database: 0.3, total },
    });
    const median = medianOfRuns([run(5, 0.5, 0.9), run(7, 0.7, 1.1), { ...run(6, 0.6, 1), cpuMsPerRequest: null }]);
    expect(median.cpuMsPerRequest).toEqual({ loadGenerator: 0.1, server: 0.6, database: 0.3, total: 1 });
    expect(median.p50Ms).toBe(6);
    const driver = medianOfRuns([run(2, null, 0.4), run(3, null, 0.6)]);
    expect(driver.cpuMsPerRequest?.server).toBeNull();
    expect(driver.cpuMsPerRequest?.total).toBe(0.5);
  });
});
