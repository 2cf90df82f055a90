/**
 * The two GraphQL servers under test, each its own Node process so that neither shares an event loop
 * with the load generator: Diplograph's real `diplograph serve`, and the @neo4j/graphql server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { projectRoot } from '../../src/config.ts';

export interface RunningServer {
  name: string;
  /** The GraphQL endpoint. */
  url: string;
  /** Its process, for CPU accounting. */
  pid: number;
  stop(): Promise<void>;
}

export interface ServerOptions {
  neo4jUri: string;
  port: number;
  /**
   * When set, the server runs with --cpu-prof and writes its profiles on stop into a folder of its own
   * under this one: one file per thread, named by Node (a fixed --cpu-prof-name would let the loader
   * thread's profile overwrite the main thread's).
   */
  cpuProfileDir?: string | null;
  logFile: string;
  /** The environment variable that sets `port`, named when the port is taken. */
  portVariable: string;
}

async function waitForHealth(child: ChildProcess, name: string, base: string, logFile: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode} during start; see ${logFile}`);
    try {
      const response = await fetch(`${base}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`${name} did not answer on ${base}/healthz within 120 s; see ${logFile}`);
}

/**
 * V8 flags both API servers run with: the young generation `npm start` gives Diplograph (see README, "Running in
 * production"). A GraphQL server allocates short-lived objects for every request; with V8's default 16 MB
 * semi-spaces, scavenges took 15% of Diplograph's CPU under load. @neo4j/graphql gets the same, so the throughput
 * comparison is of the libraries, not of their heap settings.
 */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=64'];

/**
 * Fails when something already answers on the port: a server left over from an interrupted run would answer the
 * health check in the new one's place while the new one exits on EADDRINUSE, and the run would measure the old one.
 */
async function assertPortFree(name: string, port: number, variable: string): Promise<void> {
  const inUse = await new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
  if (inUse) throw new Error(`port ${port} for ${name} is already in use (a server left from an interrupted run?); stop that process or set ${variable}`);
}

async function start(name: string, args: string[], env: NodeJS.ProcessEnv, options: ServerOptions): Promise<RunningServer> {
  await assertPortFree(name, options.port, options.portVariable);
  fs.mkdirSync(path.dirname(options.logFile), { recursive: true });
  const log = fs.openSync(options.logFile, 'w');
  const profile = options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.join(options.cpuProfileDir, `${name}-${Date.now()}`)}`] : [];
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, ...profile, ...args], { cwd: projectRoot, env, stdio: ['ignore', log, log] });
  fs.closeSync(log);
  const base = `http://127.0.0.1:${options.port}`;
  try {
    await waitForHealth(child, name, base, options.logFile);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    name,
    url: `${base}/graphql`,
    pid: child.pid ?? 0,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      // A profile is written on a clean exit; give it time before forcing one.
      const forced = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      // A pending 30 s timer would keep the bench process alive after its report.
      clearTimeout(forced);
    },
  };
}

/** Diplograph as users run it, against the bench database: no seeding, warnings-only logs. */
export function startDiplograph(options: ServerOptions): Promise<RunningServer> {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    HOME: process.env['HOME'],
    NEO4J_URI: options.neo4jUri,
    PORT: String(options.port),
    DIPLOGRAPH_SEED: 'false',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
  };
  return start('diplograph', [path.join('bin', 'diplograph.js'), 'serve'], env, options);
}

export function startNeo4jGraphql(options: ServerOptions): Promise<RunningServer> {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    HOME: process.env['HOME'],
    BENCH_NEO4J_URI: options.neo4jUri,
    BENCH_PORT: String(options.port),
    NODE_ENV: 'production',
  };
  return start('neo4j-graphql', ['--import', 'tsx', path.join('bench', 'neo4j-graphql', 'server.ts')], env, options);
}
