/**
 * The only reader of `process.env`. Every value is validated once at start; a wrong one stops the
 * program with one line naming the variable, the value and what is allowed.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DiplographError, ErrorCode } from './domain/errors.ts';

export interface Neo4jConnection {
  uri: string;
  username: string | null;
  password: string | null;
  database: string | null;
}

export interface Config {
  /** HTTP port of the API and explorer. */
  port: number;
  /** A server the user points at; when null the embedded database is started. */
  external: Neo4jConnection | null;
  /** Where the embedded database keeps its data, logs, pid and config. */
  dataDir: string;
  /** Bolt port of the embedded database. */
  embeddedBoltPort: number;
  /** Heap and page cache of the embedded database, e.g. "1g", "512m". */
  embeddedHeap: string;
  embeddedPageCache: string;
  /** JDK that runs the embedded database (JAVA_HOME); null uses `java` on PATH. */
  javaHome: string | null;
  editorToken: string | null;
  readToken: string | null;
  /** Transaction timeout of every read, in milliseconds. */
  readTimeoutMs: number;
  /** Largest article a reader accepts, in bytes. */
  maxArticleBytes: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Development mode shows stack traces in GraphQL errors. */
  development: boolean;
  /** Whether `serve` ingests seed/articles/ into an empty database (DIPLOGRAPH_SEED=false turns it off). */
  seed: boolean;
}

/**
 * 256 KB: ten times a long news article. Extraction time grows faster than linearly with article length
 * (a single 1 MB line takes minutes), so a larger default lets one input stall an ingest or the API.
 */
export const DEFAULT_MAX_ARTICLE_BYTES = 256 * 1024;

/** The project folder: where `neo4j/` and `seed/` live. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

type Env = Readonly<Record<string, string | undefined>>;

function invalid(name: string, value: string, allowed: string): DiplographError {
  return new DiplographError(ErrorCode.CONFIG_INVALID, `${name}=${JSON.stringify(value)} is not valid: expected ${allowed}`);
}

function readPort(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < 1 || value > 65535) throw invalid(name, raw, 'a port number from 1 to 65535');
  return value;
}

function readPositiveInt(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw invalid(name, raw, 'a positive whole number');
  return Number(raw);
}

function readMemory(env: Env, name: string, fallback: string): string {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+[mg]$/i.test(raw)) throw invalid(name, raw, 'a size such as 512m or 2g');
  return raw.toLowerCase();
}

function readBoolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw !== 'true' && raw !== 'false') throw invalid(name, raw, 'true or false');
  return raw === 'true';
}

function readOptional(env: Env, name: string): string | null {
  const raw = env[name];
  return raw === undefined || raw === '' ? null : raw;
}

function readToken(env: Env, name: string): string | null {
  const raw = readOptional(env, name);
  if (raw !== null && raw.length < 16) throw invalid(name, '…', 'a token of at least 16 characters');
  return raw;
}

const NEO4J_SCHEMES = ['neo4j', 'neo4j+s', 'neo4j+ssc', 'bolt', 'bolt+s', 'bolt+ssc'];
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

function readExternal(env: Env): Neo4jConnection | null {
  const uri = readOptional(env, 'NEO4J_URI');
  if (uri === null) return null;
  const scheme = /^([a-z0-9+]+):\/\//.exec(uri)?.[1];
  if (scheme === undefined || !NEO4J_SCHEMES.includes(scheme)) {
    throw invalid('NEO4J_URI', uri, `a URI with one of the schemes ${NEO4J_SCHEMES.join(', ')}`);
  }
  return {
    uri,
    username: readOptional(env, 'NEO4J_USERNAME'),
    password: readOptional(env, 'NEO4J_PASSWORD'),
    database: readOptional(env, 'NEO4J_DATABASE'),
  };
}

/** Reads and validates the configuration; throws a CONFIG_INVALID DiplographError on a bad value. */
export function loadConfig(env: Env = process.env): Config {
  const logLevel = env['LOG_LEVEL'] ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) throw invalid('LOG_LEVEL', logLevel, LOG_LEVELS.join(', '));
  const dataDir = readOptional(env, 'DIPLOGRAPH_DATA_DIR');
  return {
    port: readPort(env, 'PORT', 4000),
    external: readExternal(env),
    dataDir: path.resolve(projectRoot, dataDir ?? '.diplograph'),
    embeddedBoltPort: readPort(env, 'DIPLOGRAPH_NEO4J_PORT', 7687),
    embeddedHeap: readMemory(env, 'DIPLOGRAPH_NEO4J_HEAP', '1g'),
    embeddedPageCache: readMemory(env, 'DIPLOGRAPH_NEO4J_PAGECACHE', '512m'),
    javaHome: readOptional(env, 'JAVA_HOME'),
    editorToken: readToken(env, 'DIPLOGRAPH_EDITOR_TOKEN'),
    readToken: readToken(env, 'DIPLOGRAPH_READ_TOKEN'),
    readTimeoutMs: readPositiveInt(env, 'DIPLOGRAPH_READ_TIMEOUT_MS', 5000),
    maxArticleBytes: readPositiveInt(env, 'DIPLOGRAPH_MAX_ARTICLE_BYTES', DEFAULT_MAX_ARTICLE_BYTES),
    logLevel: logLevel as Config['logLevel'],
    development: env['NODE_ENV'] === 'development',
    seed: readBoolean(env, 'DIPLOGRAPH_SEED', true),
  };
}
