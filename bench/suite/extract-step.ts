/** Extraction throughput, from the extraction benchmark (bench/extract/run.ts) run as a child process. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../../src/config.ts';

export interface ExtractFigures {
  megabytes: number;
  /** MB of article text per second of wall clock, and per second of this process's CPU time. */
  mbPerSecond: number | null;
  mbPerCpuSecond: number | null;
  output: string;
}

export async function runExtractBench(megabytes: number): Promise<ExtractFigures> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join('bench', 'extract', 'run.ts')], {
    cwd: projectRoot,
    env: { ...process.env, BENCH_MB: String(megabytes) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  // e.g. "throughput    1.42 MB/s wall clock, 1.61 MB per CPU second (goal >= 1 on one core)"
  const match = /throughput\s+([\d.]+) MB\/s wall clock, ([\d.]+) MB per CPU second/.exec(output);
  return {
    megabytes,
    mbPerSecond: match ? Number(match[1]) : null,
    mbPerCpuSecond: match ? Number(match[2]) : null,
    output: code === 0 ? output.trim() : `exited with ${code}: ${output.trim()}`,
  };
}
