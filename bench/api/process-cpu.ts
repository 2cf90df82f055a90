/**
 * CPU time of the processes a measurement runs on: the load generator (this process), the server under
 * test and Neo4j. At concurrency 10 on a small machine all three compete for the same cores, so a
 * target's latency follows the CPU one request costs across them; the bench reports that cost per
 * request beside the latencies to show where the time goes.
 */
import fs from 'node:fs';

/** /proc reports process times in USER_HZ ticks, which Linux fixes at 100 a second for user space. */
const TICKS_PER_SECOND = 100;

/** User + system CPU time of a process so far, in ms; null where /proc cannot tell (not Linux, gone). */
export function processCpuMs(pid: number): number | null {
  if (pid === process.pid) {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1000;
  }
  try {
    return cpuMsFromStat(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * utime + stime from a /proc/PID/stat line. The command name (field 2) is in parentheses and may hold
 * spaces, so fields are counted from the last ')': `16630 (node) S 1 … utime stime …`.
 */
export function cpuMsFromStat(stat: string): number | null {
  const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After the name: state is field 3, utime field 14, stime field 15 (proc(5)).
  const utime = Number(rest[11]);
  const stime = Number(rest[12]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime)) return null;
  return ((utime + stime) * 1000) / TICKS_PER_SECOND;
}

export interface CpuPerRequest {
  /** The process sending the requests: autocannon's, or the one running the driver calls. */
  loadGenerator: number;
  /** The GraphQL server; null for the driver target, which has none. */
  server: number | null;
  database: number;
  total: number;
}

export interface CpuProcesses {
  server: number | null;
  database: number;
}

/** Reads the processes' CPU before a run; the returned function gives each one's ms per request after it. */
export function startCpuMeter(processes: CpuProcesses): (requests: number) => CpuPerRequest | null {
  const pids = [process.pid, processes.server, processes.database];
  const before = pids.map((pid) => (pid === null ? 0 : processCpuMs(pid)));
  return (requests) => {
    if (requests === 0 || before.some((value) => value === null)) return null;
    const after = pids.map((pid) => (pid === null ? 0 : processCpuMs(pid)));
    if (after.some((value) => value === null)) return null;
    const per = after.map((value, index) => ((value ?? 0) - (before[index] ?? 0)) / requests);
    const [loadGenerator = 0, server = 0, database = 0] = per;
    return { loadGenerator, server: processes.server === null ? null : server, database, total: loadGenerator + server + database };
  };
}

/**
 * Waits until processes have gone quiet: each used no more than `idleShare` of one core over the same `windowMs`
 * window, for at most `maxMs`. Neo4j keeps working after a heavy run (garbage collection, freeing query memory);
 * without this pause that work lands in the next run's CPU and latency, and the targets take turns in a fixed order,
 * so it would always land on the same one. All of them are watched in the same window: one window after another, one
 * per process, cost at least three quarters of a second before every run.
 */
export async function waitForQuiet(pids: readonly number[], options: { windowMs?: number; idleShare?: number; maxMs?: number } = {}): Promise<number> {
  const windowMs = options.windowMs ?? 250;
  const idleShare = options.idleShare ?? 0.1;
  const began = performance.now();
  const deadline = began + (options.maxMs ?? 5_000);
  while (performance.now() < deadline) {
    const before = pids.map(processCpuMs);
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    const after = pids.map(processCpuMs);
    if (before.some((value) => value === null) || after.some((value) => value === null)) break;
    if (after.every((value, index) => (value ?? 0) - (before[index] ?? 0) <= windowMs * idleShare)) break;
  }
  return performance.now() - began;
}
