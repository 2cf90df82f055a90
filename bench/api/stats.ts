/** Latency percentiles of one load run, and the median over repeated runs. */
import type { CpuPerRequest } from './process-cpu.ts';

export interface LoadFigures {
  /** Median latency, milliseconds. */
  p50Ms: number;
  p99Ms: number;
  /** Completed requests per second over the measured window. */
  rps: number;
  requests: number;
  /**
   * Requests the server was sent, counting those the end of the run cut off before their answer (autocannon stops
   * with up to one request in flight per connection, which the server and Neo4j still carry out). The CPU a run
   * cost is divided by these, not by `requests`: at 30 requests a second and 10 connections, the cut-off requests
   * were a third of a 1 s run's work. Absent where every request started was also completed.
   */
  sent?: number;
  /** Responses that were not HTTP 200 with data and no GraphQL errors (or driver calls that threw). */
  errors: number;
  /** CPU ms each request cost the processes involved; null where it could not be read. */
  cpuMsPerRequest?: CpuPerRequest | null;
}

/** The value below which `fraction` of the sorted samples fall (nearest rank). */
export function percentile(sorted: Float64Array, fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

/** Figures of one run from its latency samples (ms) and the length of the measured window (s). */
export function summarise(latenciesMs: number[], seconds: number, errors: number): LoadFigures {
  const sorted = Float64Array.from(latenciesMs).sort();
  return {
    p50Ms: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
    rps: latenciesMs.length / seconds,
    requests: latenciesMs.length,
    errors,
  };
}

/** The median of the finite values: a run that completed no request has no latency to contribute. */
function median(values: number[]): number {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Each figure is the median of that figure over the runs; requests and errors are summed. */
export function medianOfRuns(runs: readonly LoadFigures[]): LoadFigures {
  return {
    p50Ms: median(runs.map((run) => run.p50Ms)),
    p99Ms: median(runs.map((run) => run.p99Ms)),
    rps: median(runs.map((run) => run.rps)),
    requests: runs.reduce((sum, run) => sum + run.requests, 0),
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
    cpuMsPerRequest: medianCpu(runs.map((run) => run.cpuMsPerRequest ?? null)),
  };
}

/** Each process's median over the runs that measured CPU; null when none did. */
function medianCpu(runs: ReadonlyArray<CpuPerRequest | null>): CpuPerRequest | null {
  const measured = runs.filter((run): run is CpuPerRequest => run !== null);
  if (measured.length === 0) return null;
  const servers = measured.map((run) => run.server).filter((value): value is number => value !== null);
  return {
    loadGenerator: median(measured.map((run) => run.loadGenerator)),
    server: servers.length === 0 ? null : median(servers),
    database: median(measured.map((run) => run.database)),
    total: median(measured.map((run) => run.total)),
  };
}
