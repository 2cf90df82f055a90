/**
 * Runs the query workload against the three targets: warm-up, then at each concurrency `runs` rounds in
 * which every target gets one run in turn (interleaved, so drift in the machine's load spreads over all
 * three instead of favouring whichever ran first), and keeps the median of the runs. Each run starts once the
 * database and servers are idle again, so the work a heavy run leaves behind is not counted to the next; and
 * each round starts with another target, so what waiting leaves over falls on each in turn.
 */
import type { Database } from '../../src/db/database.ts';
import { diplographWorkload } from './diplograph-queries.ts';
import { driverWorkload } from './driver-queries.ts';
import { loadDriver } from './driver-load.ts';
import { loadHttp } from './http-load.ts';
import { neo4jGraphqlWorkload } from './neo4j-graphql-queries.ts';
import type { WorkloadParameters } from './parameters.ts';
import { startCpuMeter, waitForQuiet } from './process-cpu.ts';
import { medianOfRuns, type LoadFigures } from './stats.ts';
import { QUERY_NAMES, TARGETS, type QueryName, type Target } from './workload.ts';

export interface QueryBenchOptions {
  db: Database;
  parameters: WorkloadParameters;
  /** GraphQL endpoints of the running servers. */
  diplographUrl: string;
  neo4jGraphqlUrl: string;
  /** Processes whose CPU each run accounts for: the database and the two servers. */
  pids: { database: number; diplograph: number; neo4jGraphql: number };
  concurrencies: readonly number[];
  runs: number;
  seconds: number;
  /** Length of one warm-up slice at concurrency 10. */
  warmupSeconds: number;
  /** Most warm-up slices per question and target (see `warmUp`). */
  maxWarmupSlices: number;
  /** The window in which the database and the servers must be idle before and after each run (`waitForQuiet`). */
  quietWindowMs: number;
  queries?: readonly QueryName[];
  log: (line: string) => void;
}

export interface QueryFigures extends LoadFigures {
  query: QueryName;
  target: Target;
  concurrency: number;
  /** Each run's figures, before the median. */
  runs: LoadFigures[];
  /** Up to three error descriptions, when there were errors. */
  errorSamples: string[];
}

export async function runQueryBench(options: QueryBenchOptions): Promise<QueryFigures[]> {
  const diplograph = diplographWorkload(options.parameters);
  const neo4jGraphql = neo4jGraphqlWorkload(options.parameters);
  const driver = driverWorkload(options.db, options.parameters);

  const load = (query: QueryName, target: Target, concurrency: number, seconds: number, onError: (e: string) => void): Promise<LoadFigures> => {
    switch (target) {
      case 'diplograph':
        return loadHttp({ url: options.diplographUrl, steps: diplograph[query], connections: concurrency, seconds, onError });
      case 'neo4jGraphql':
        return loadHttp({ url: options.neo4jGraphqlUrl, steps: neo4jGraphql[query], connections: concurrency, seconds, onError });
      case 'driver':
        return loadDriver({ steps: driver[query], concurrency, seconds, onError });
    }
  };
  const serverPid: Record<Target, number | null> = { diplograph: options.pids.diplograph, neo4jGraphql: options.pids.neo4jGraphql, driver: null };
  const quiet = { windowMs: options.quietWindowMs };
  const measure = async (query: QueryName, target: Target, concurrency: number, seconds: number, onError: (e: string) => void): Promise<LoadFigures> => {
    // The database and both servers settle after the run before, whichever target it was.
    await waitForQuiet([options.pids.database, options.pids.diplograph, options.pids.neo4jGraphql], quiet);
    const cpu = startCpuMeter({ server: serverPid[target], database: options.pids.database });
    const figures = await load(query, target, concurrency, seconds, onError);
    // The requests a run cut off are still carried out; their CPU is counted once they are done, and divided
    // among all the requests sent.
    const server = serverPid[target];
    await waitForQuiet(server === null ? [options.pids.database] : [server, options.pids.database], quiet);
    return { ...figures, cpuMsPerRequest: cpu(figures.sent ?? figures.requests) };
  };

  const figures: QueryFigures[] = [];
  for (const query of options.queries ?? QUERY_NAMES) {
    for (const target of TARGETS) {
      const slices = await warmUp((seconds) => measure(query, target, 10, seconds, () => undefined), options.warmupSeconds, options.maxWarmupSlices);
      options.log(`  ${query.padEnd(17)} ${target.padEnd(12)} warm after ${slices.map((rps) => rps.toFixed(0)).join(', ')} rps`);
    }
    for (const concurrency of options.concurrencies) {
      const runs = new Map<Target, LoadFigures[]>(TARGETS.map((target) => [target, []]));
      const samples = new Map<Target, string[]>(TARGETS.map((target) => [target, []]));
      for (let run = 0; run < options.runs; run += 1) {
        for (const target of turnOrder(run)) {
          const errors = samples.get(target) ?? [];
          runs.get(target)?.push(await measure(query, target, concurrency, options.seconds, (e) => errors.length < 3 && errors.push(e)));
        }
      }
      for (const target of TARGETS) {
        const targetRuns = runs.get(target) ?? [];
        const median = medianOfRuns(targetRuns);
        figures.push({ ...median, query, target, concurrency, runs: targetRuns, errorSamples: samples.get(target) ?? [] });
        options.log(
          `  ${query.padEnd(17)} ${target.padEnd(12)} c=${String(concurrency).padEnd(2)} p50 ${median.p50Ms.toFixed(2).padStart(8)} ms  p99 ${median.p99Ms.toFixed(2).padStart(8)} ms  ${median.rps.toFixed(0).padStart(6)} rps${median.errors > 0 ? `  ${median.errors} ERRORS: ${samples.get(target)?.[0] ?? ''}` : ''}`,
        );
      }
    }
  }
  return figures;
}

/** Slices whose throughput lies within this share of the slice before count as warm. */
const STEADY_SHARE = 0.1;

/**
 * Runs warm-up slices until two in a row agree on throughput within STEADY_SHARE (after at least three), or
 * `maxSlices` have run; resolves with each slice's requests per second. A freshly started Neo4j keeps compiling
 * (its JIT compiler threads took 30–60% of its CPU through the first minute of load on a 300-article graph) and
 * Node's optimiser the servers', so a fixed short warm-up left that work in whichever runs came first.
 */
export async function warmUp(slice: (seconds: number) => Promise<LoadFigures>, seconds: number, maxSlices: number): Promise<number[]> {
  const rates: number[] = [];
  while (rates.length < maxSlices) {
    rates.push((await slice(seconds)).rps);
    const [before, last] = rates.slice(-2);
    if (rates.length >= 3 && before !== undefined && last !== undefined && Math.abs(last - before) <= STEADY_SHARE * before) break;
  }
  return rates;
}

/**
 * The targets in the order round `round` runs them. Rounds go alternately forwards and backwards through the
 * targets, each pair of rounds starting one further on, so no target always runs right after the same other one
 * (a plain rotation would always put diplograph right after neo4jGraphql).
 */
export function turnOrder(round: number): Target[] {
  const order = round % 2 === 0 ? [...TARGETS] : [...TARGETS].reverse();
  const shift = Math.floor(round / 2) % order.length;
  return [...order.slice(shift), ...order.slice(0, shift)];
}
