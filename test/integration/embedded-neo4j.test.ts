import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config.ts';
import { createDriver } from '../../src/db/driver.ts';
import { EmbeddedNeo4j, isAlive } from '../../src/db/embedded-neo4j.ts';

// A second embedded server of its own, so stopping it cannot disturb the shared test database.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-embedded-'));
const embedded = new EmbeddedNeo4j({
  projectRoot,
  dataDir,
  boltPort: Number(process.env['DIPLOGRAPH_TEST_LIFECYCLE_PORT'] ?? 7697),
  heap: '512m',
  pageCache: '64m',
  log: () => undefined,
});

afterAll(async () => {
  await embedded.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('the embedded Neo4j', () => {
  it('starts a real Neo4j 5.26 that answers on Bolt, and records its pid', async () => {
    const result = await embedded.start();
    expect(result.reused).toBe(false);
    expect(result.pid).toBeGreaterThan(0);
    expect(fs.readFileSync(`/proc/${result.pid}/cmdline`, 'utf8')).toContain('org.neo4j.server.CommunityEntryPoint');
    const driver = createDriver({ uri: embedded.uri, username: null, password: null, database: null });
    try {
      const info = await driver.getServerInfo();
      expect(info.agent).toMatch(/^Neo4j\/5\.26\./);
    } finally {
      await driver.close();
    }
    expect(embedded.status()).toMatchObject({ running: true, pid: result.pid });
  });

  it('reuses the running server on a second start', async () => {
    const first = embedded.status();
    const second = await embedded.start();
    expect(second.reused).toBe(true);
    expect(second.pid).toBe(first.pid);
  });

  it('stops only the process it started, and leaves no JVM behind', async () => {
    const pid = embedded.status().pid;
    expect(pid).not.toBeNull();
    expect(await embedded.stop()).toBe(true);
    expect(isAlive(Number(pid))).toBe(false);
    expect(embedded.status().running).toBe(false);
    expect(await embedded.stop()).toBe(false);
  });

  it('writes a config with Bolt on loopback, HTTP off and data under its own folder', () => {
    const conf = fs.readFileSync(path.join(embedded.home, 'conf', 'neo4j.conf'), 'utf8');
    expect(conf).toContain(`server.bolt.listen_address=127.0.0.1:${embedded.uri.split(':').at(-1)}`);
    expect(conf).toContain('server.http.enabled=false');
    expect(conf).toContain(`server.directories.data=${path.join(dataDir, 'neo4j', 'data')}`);
  });
});

describe('the embedded Neo4j on a port another process holds', () => {
  it('refuses to start, naming the port and the setting that changes it', async () => {
    const server = net.createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const port = (server.address() as net.AddressInfo).port;
    const other = new EmbeddedNeo4j({ projectRoot, dataDir, boltPort: port, heap: '512m', pageCache: '64m', log: () => undefined });
    try {
      await expect(other.start()).rejects.toThrow(`port ${port} on 127.0.0.1 is already in use by another process; stop it or choose another port with DIPLOGRAPH_NEO4J_PORT`);
      expect(other.status().running).toBe(false);
    } finally {
      server.close();
    }
  });
});
