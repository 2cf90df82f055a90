/**
 * `diplograph serve` as `npm start` runs it: its own embedded Neo4j, the API on a port, and a clean
 * shutdown on SIGINT that leaves no JVM behind.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.ts';
import { isAlive } from '../../src/db/embedded-neo4j.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-serve-'));
const apiPort = Number(process.env['DIPLOGRAPH_TEST_SERVE_PORT'] ?? 4517);
let child: ChildProcess | undefined;

afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  // After a failed assertion the server never got its SIGINT: end the JVM it started too.
  const pid = neo4jPid();
  if (pid !== null && isAlive(pid)) process.kill(pid, 'SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function neo4jPid(): number | null {
  try {
    return Number(fs.readFileSync(path.join(dataDir, 'neo4j', 'neo4j.pid'), 'utf8'));
  } catch {
    return null;
  }
}

describe('diplograph serve', () => {
  it('serves health from its own Neo4j and stops that Neo4j on SIGINT', async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(apiPort),
      DIPLOGRAPH_DATA_DIR: dataDir,
      DIPLOGRAPH_NEO4J_PORT: process.env['DIPLOGRAPH_TEST_SERVE_BOLT_PORT'] ?? '7696',
      DIPLOGRAPH_NEO4J_HEAP: '512m',
      DIPLOGRAPH_NEO4J_PAGECACHE: '64m',
      DIPLOGRAPH_SEED: 'false',
    };
    delete env['NEO4J_URI'];
    child = spawn(process.execPath, [path.join(projectRoot, 'bin', 'diplograph.js'), 'serve'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let log = '';
    child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));

    const deadline = Date.now() + 180_000;
    let body: { data?: { health?: { neo4jVersion: string; nodeCount: number } } } = {};
    while (Date.now() < deadline) {
      try {
        const response = await fetch(`http://127.0.0.1:${apiPort}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ health { neo4jVersion nodeCount } }' }),
        });
        body = (await response.json()) as typeof body;
        // A busy machine can answer the first health checks with a timeout; wait for a real answer.
        if (body.data?.health) break;
        await new Promise((resolve) => setTimeout(resolve, 500));
      } catch {
        if (child.exitCode !== null) throw new Error(`serve exited early:\n${log}`);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
    expect(body.data?.health?.neo4jVersion, JSON.stringify(body)).toMatch(/^5\.26\./);
    const pid = neo4jPid();
    expect(pid).not.toBeNull();
    expect(isAlive(Number(pid))).toBe(true);

    const exited = new Promise<number | null>((resolve) => child?.once('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(isAlive(Number(pid))).toBe(false);
  }, 240_000);
});

describe('diplograph serve when start-up fails', () => {
  it('exits with 1, says why, and stops the Neo4j it started', async () => {
    // The API port is taken, so start-up fails after the database is already running.
    const blocker = net.createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => blocker.once('listening', resolve));
    const takenPort = (blocker.address() as net.AddressInfo).port;
    const failingDir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-serve-fail-'));
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(takenPort),
      DIPLOGRAPH_DATA_DIR: failingDir,
      DIPLOGRAPH_NEO4J_PORT: process.env['DIPLOGRAPH_TEST_SERVE_FAIL_BOLT_PORT'] ?? '7695',
      DIPLOGRAPH_NEO4J_HEAP: '512m',
      DIPLOGRAPH_NEO4J_PAGECACHE: '64m',
      DIPLOGRAPH_SEED: 'false',
    };
    delete env['NEO4J_URI'];
    try {
      const failing = spawn(process.execPath, [path.join(projectRoot, 'bin', 'diplograph.js'), 'serve'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
      let log = '';
      failing.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
      const code = await new Promise<number | null>((resolve) => failing.once('exit', (exitCode) => resolve(exitCode)));
      expect(code).toBe(1);
      expect(log).toContain('start-up failed');
      expect(log).toContain('EADDRINUSE');
      const pidFile = path.join(failingDir, 'neo4j', 'neo4j.pid');
      expect(fs.existsSync(pidFile)).toBe(false);
      const jvms = fs.readdirSync('/proc').filter((entry) => /^\d+$/.test(entry) && isAlive(Number(entry)) && readCmdline(entry).includes(`--home-dir=${path.join(failingDir, 'neo4j')}`));
      expect(jvms).toEqual([]);
    } finally {
      blocker.close();
      fs.rmSync(failingDir, { recursive: true, force: true });
    }
  }, 240_000);
});

function readCmdline(pid: string): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
}
