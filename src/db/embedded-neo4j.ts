/**
 * Starts and stops the embedded default database: the real Neo4j Community server, run from the jars
 * that `neo4j/pom.xml` fetches from Maven Central, as its own detached JVM speaking Bolt on 127.0.0.1.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DiplographError, ErrorCode } from '../domain/errors.ts';
import { createDriver } from './driver.ts';

export interface EmbeddedNeo4jOptions {
  projectRoot: string;
  dataDir: string;
  boltPort: number;
  heap: string;
  pageCache: string;
  /** JDK to run Neo4j with; null runs `java` from PATH. */
  javaHome?: string | null;
  /** How long `start` waits for Bolt to answer. */
  startTimeoutMs?: number;
  /** Where progress lines go (one line per step); defaults to stderr. */
  log?: (line: string) => void;
}

export interface EmbeddedStatus {
  running: boolean;
  pid: number | null;
  uri: string;
  home: string;
}

export interface StartResult extends EmbeddedStatus {
  /** True when a database started earlier was already running and is reused. */
  reused: boolean;
  startMs: number;
}

// Neo4j's own neo4j.conf passes these to the JVM on Java 17 (server.jvm.additional), less
// -XX:+AlwaysPreTouch: a local tool should not commit its whole heap at start.
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '-XX:FlightRecorderOptions=stackdepth=256',
  '-XX:+UnlockDiagnosticVMOptions',
  '-XX:+DebugNonSafepoints',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
];

const ENTRY_POINT = 'org.neo4j.server.CommunityEntryPoint';

export class EmbeddedNeo4j {
  private readonly options: Required<Omit<EmbeddedNeo4jOptions, 'log'>> & { log: (line: string) => void };

  constructor(options: EmbeddedNeo4jOptions) {
    this.options = {
      startTimeoutMs: 180_000,
      javaHome: null,
      log: (line) => process.stderr.write(`${line}\n`),
      ...options,
    };
  }

  get uri(): string {
    return `bolt://127.0.0.1:${this.options.boltPort}`;
  }

  /** The server's home: conf/, data/, logs/ and the pid file. */
  get home(): string {
    return path.join(this.options.dataDir, 'neo4j');
  }

  get libDir(): string {
    return path.join(this.options.projectRoot, 'neo4j', 'lib');
  }

  get consoleLog(): string {
    return path.join(this.home, 'logs', 'console.log');
  }

  private get pidFile(): string {
    return path.join(this.home, 'neo4j.pid');
  }

  private get mavenLog(): string {
    return path.join(this.options.dataDir, 'maven.log');
  }

  /** Fetches the Neo4j jars with Maven unless an earlier fetch completed. */
  ensureJars(): void {
    const marker = path.join(this.libDir, '.complete');
    if (fs.existsSync(marker)) return;
    fs.mkdirSync(this.options.dataDir, { recursive: true });
    this.options.log(`Fetching the Neo4j jars from Maven Central (first start only); Maven's output goes to ${this.mavenLog}`);
    const logFd = fs.openSync(this.mavenLog, 'w');
    try {
      const result = spawnSync(
        'mvn',
        ['-B', '-f', path.join(this.options.projectRoot, 'neo4j', 'pom.xml'), 'dependency:copy-dependencies'],
        { stdio: ['ignore', logFd, logFd] },
      );
      if (result.error) {
        throw new DiplographError(ErrorCode.DATABASE_START_FAILED, `could not run Maven (mvn): ${result.error.message}. Install Maven or set NEO4J_URI to an existing Neo4j.`);
      }
      if (result.status !== 0) {
        throw new DiplographError(ErrorCode.DATABASE_START_FAILED, `Maven could not fetch the Neo4j jars (exit ${result.status}); see ${this.mavenLog}`);
      }
    } finally {
      fs.closeSync(logFd);
    }
    fs.writeFileSync(marker, new Date().toISOString());
  }

  /** Writes conf/neo4j.conf from the template in `neo4j/`. */
  writeConfig(): void {
    const template = fs.readFileSync(path.join(this.options.projectRoot, 'neo4j', 'neo4j.conf.template'), 'utf8');
    const dirs = {
      DATA_DIR: path.join(this.home, 'data'),
      LOGS_DIR: path.join(this.home, 'logs'),
      RUN_DIR: path.join(this.home, 'run'),
      IMPORT_DIR: path.join(this.home, 'import'),
      PLUGINS_DIR: path.join(this.home, 'plugins'),
    };
    for (const dir of Object.values(dirs)) fs.mkdirSync(dir, { recursive: true });
    const values: Record<string, string> = {
      ...dirs,
      BOLT_PORT: String(this.options.boltPort),
      HEAP: this.options.heap,
      PAGECACHE: this.options.pageCache,
    };
    const conf = template.replace(/\{\{([A-Z_]+)\}\}/g, (_, key: string) => {
      const value = values[key];
      if (value === undefined) throw new Error(`neo4j.conf.template uses an unknown placeholder {{${key}}}`);
      return value;
    });
    fs.mkdirSync(path.join(this.home, 'conf'), { recursive: true });
    fs.writeFileSync(path.join(this.home, 'conf', 'neo4j.conf'), conf);
  }

  /** The pid of the server this project started, if that process still runs. */
  runningPid(): number | null {
    let pid: number;
    try {
      pid = Number(fs.readFileSync(this.pidFile, 'utf8').trim());
    } catch {
      return null;
    }
    return Number.isInteger(pid) && pid > 0 && this.isOurProcess(pid) ? pid : null;
  }

  status(): EmbeddedStatus {
    const pid = this.runningPid();
    return { running: pid !== null, pid, uri: this.uri, home: this.home };
  }

  /**
   * Starts the server detached and waits until Bolt answers. A server this project started earlier
   * with the same home is reused.
   */
  async start(): Promise<StartResult> {
    const began = Date.now();
    const existing = this.runningPid();
    if (existing !== null) {
      await this.waitForBolt(existing, began);
      return { ...this.status(), reused: true, startMs: Date.now() - began };
    }
    // Another server on our port would answer the connectivity check in place of the one we start.
    if (await portInUse(this.options.boltPort)) {
      throw new DiplographError(
        ErrorCode.DATABASE_START_FAILED,
        `port ${this.options.boltPort} on 127.0.0.1 is already in use by another process; stop it or choose another port with DIPLOGRAPH_NEO4J_PORT`,
      );
    }
    this.ensureJars();
    this.writeConfig();
    fs.mkdirSync(path.dirname(this.consoleLog), { recursive: true });
    const out = fs.openSync(this.consoleLog, 'a');
    const java = this.options.javaHome ? path.join(this.options.javaHome, 'bin', 'java') : 'java';
    const child = spawn(
      java,
      [
        `-Xms${this.options.heap}`,
        `-Xmx${this.options.heap}`,
        ...JVM_FLAGS,
        '-cp',
        `${this.libDir}/*`,
        ENTRY_POINT,
        `--home-dir=${this.home}`,
        `--config-dir=${path.join(this.home, 'conf')}`,
      ],
      { detached: true, stdio: ['ignore', out, out] },
    );
    fs.closeSync(out);
    const spawnError = await new Promise<Error | null>((resolve) => {
      child.once('error', resolve);
      child.once('spawn', () => resolve(null));
    });
    if (spawnError !== null || child.pid === undefined) {
      throw new DiplographError(ErrorCode.DATABASE_START_FAILED, `could not run Java (${java}): ${spawnError?.message ?? 'no pid'}. Install Java 17 or 21, or set NEO4J_URI.`);
    }
    child.unref();
    fs.writeFileSync(this.pidFile, String(child.pid));
    try {
      await this.waitForBolt(child.pid, began);
    } catch (error) {
      this.killQuietly(child.pid);
      throw error;
    }
    return { ...this.status(), reused: false, startMs: Date.now() - began };
  }

  /** Stops the server this project started (and only that one). Resolves false when none ran. */
  async stop(timeoutMs = 60_000): Promise<boolean> {
    const pid = this.runningPid();
    if (pid === null) {
      fs.rmSync(this.pidFile, { force: true });
      return false;
    }
    process.kill(pid, 'SIGTERM');
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline && isAlive(pid)) await sleep(200);
    if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    while (isAlive(pid)) await sleep(50);
    fs.rmSync(this.pidFile, { force: true });
    return true;
  }

  private async waitForBolt(pid: number, began: number): Promise<void> {
    const deadline = began + this.options.startTimeoutMs;
    const driver = createDriver({ uri: this.uri, username: null, password: null, database: null });
    try {
      for (;;) {
        if (!isAlive(pid)) {
          throw new DiplographError(ErrorCode.DATABASE_START_FAILED, `Neo4j exited during start; see ${this.consoleLog} and ${path.join(this.home, 'logs', 'debug.log')}`);
        }
        try {
          await driver.verifyConnectivity();
          return;
        } catch {
          if (Date.now() > deadline) {
            throw new DiplographError(ErrorCode.DATABASE_START_FAILED, `Neo4j did not answer on ${this.uri} within ${Math.round(this.options.startTimeoutMs / 1000)} s; see ${this.consoleLog}`);
          }
          await sleep(250);
        }
      }
    } finally {
      await driver.close();
    }
  }

  /** True when pid is a Neo4j JVM whose home is ours, so a reused pid number never kills a stranger. */
  private isOurProcess(pid: number): boolean {
    try {
      const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      return cmdline.includes(ENTRY_POINT) && cmdline.includes(`--home-dir=${this.home}`);
    } catch {
      return isAlive(pid) && process.platform !== 'linux';
    }
  }

  private killQuietly(pid: number): void {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
    fs.rmSync(this.pidFile, { force: true });
  }
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** True while `pid` runs; a zombie (exited, not yet reaped by its parent) counts as gone. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A killed child we spawned stays a zombie until reaped; /proc tells the two apart on Linux.
  try {
    return !/^State:\s+Z/m.test(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return true;
  }
}
