/**
 * `diplograph serve` as `npm start` runs it: its own embedded Neo4j, the API on a port, and a clean
 * shutdown on SIGINT that leaves no JVM behind.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
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
        break;
      } catch {
        if (child.exitCode !== null) throw new Error(`serve exited early:\n${log}`);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
    expect(body.data?.health?.neo4jVersion).toMatch(/^5\.26\./);
    const pid = neo4jPid();
    expect(pid).not.toBeNull();
    expect(isAlive(Number(pid))).toBe(true);

    const exited = new Promise<number | null>((resolve) => child?.once('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(isAlive(Number(pid))).toBe(false);
  }, 240_000);
});
