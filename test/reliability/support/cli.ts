/** Runs the real `diplograph` command in a child process, against a given Neo4j, with a time limit. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../../../src/config.ts';

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export function runCli(
  args: readonly string[],
  options: { neo4jUri: string; env?: Record<string, string>; stdin?: Buffer | string; timeoutMs?: number },
): Promise<CliRun> {
  const began = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(projectRoot, 'bin', 'diplograph.js'), ...args], {
      cwd: projectRoot,
      env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', NEO4J_URI: options.neo4jUri, LOG_LEVEL: 'warn', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 300_000);
    child.once('error', reject);
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: performance.now() - began });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.stdin ?? '');
  });
}

/** `failed: <origin>: <reason>` lines of an ingest summary. */
export function failureLines(stdout: string): string[] {
  return stdout.split('\n').filter((line) => line.startsWith('failed: '));
}
