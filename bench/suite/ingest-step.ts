/**
 * Ingest at one corpus size: the corpus from bench/corpus (the ingest benchmark's deterministic
 * generator, so both benchmarks read the same articles), ingested end to end into the query benchmark's
 * database; and, when asked, the ingest benchmark itself (bench/ingest/run.ts) for its figures,
 * among them the UNWIND limit: the same graph loaded as precomputed batches.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/config.ts';
import { Database } from '../../src/db/database.ts';
import { EmbeddedNeo4j } from '../../src/db/embedded-neo4j.ts';
import { readArticles } from '../../src/extract/index.ts';
import { ingestIntoDatabase } from '../../src/ingest/ingester.ts';
import { writeCorpus } from '../corpus/generate-corpus.ts';

export interface IngestFigures {
  articles: number;
  seconds: number;
  articlesPerSecond: number;
  failed: number;
  nodes: number;
  relationships: number;
}

export interface IngestBenchFigures {
  /** End-to-end and limit rates as bench/ingest/run.ts reports them; null when a line was not found. */
  endToEndPerSecond: number | null;
  limitPerSecond: number | null;
  ratio: number | null;
  /** Its whole report, for the JSON. */
  output: string;
}

/** The corpus file of `articles` articles, written once and shared with `npm run bench:ingest`. */
export async function corpusFile(articles: number): Promise<string> {
  const file = path.join(projectRoot, 'bench', 'results', `ingest-corpus-${articles}.jsonl`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file)) {
    const partial = `${file}.partial`;
    await writeCorpus(partial, articles);
    fs.renameSync(partial, file);
  }
  return file;
}

export async function graphCounts(db: Database): Promise<{ nodes: number; relationships: number }> {
  return db.read(async (tx) => {
    // Count store lookups, not scans: these read the counts Neo4j keeps.
    const nodes = await tx.run('MATCH (n) RETURN count(n) AS c');
    const relationships = await tx.run('MATCH ()-[r]->() RETURN count(r) AS c');
    return { nodes: Number(nodes.records[0]?.get('c')), relationships: Number(relationships.records[0]?.get('c')) };
  }, 120_000);
}

/**
 * `diplograph ingest`'s pipeline over the corpus, timed from the first read to the last commit. Its
 * reads (entity lookups) get a long timeout, as in `bench:ingest`: a slow lookup on a busy machine
 * should slow the figure down, not abort the run.
 */
export async function ingestCorpus(db: Database, corpus: string): Promise<IngestFigures> {
  const ingestDb = new Database(db.driver, { database: null, readTimeoutMs: 120_000 });
  const began = performance.now();
  const summary = await ingestIntoDatabase(ingestDb, readArticles(corpus));
  const seconds = (performance.now() - began) / 1000;
  const articles = summary.new + summary.updated + summary.unchanged;
  return { articles, seconds, articlesPerSecond: articles / seconds, failed: summary.failed.length, ...(await graphCounts(db)) };
}

const rate = (output: string, label: string): number | null => {
  const line = output.split('\n').find((l) => l.startsWith(label));
  const match = line ? /=\s*([\d.]+)\s*articles\/s/.exec(line) : null;
  return match ? Number(match[1]) : null;
};

/**
 * Runs bench/ingest/run.ts for `articles` as a child process. It keeps its database in
 * .diplograph/bench-ingest; when a database is already running there (someone's own `bench:ingest`),
 * this does not start a second one and says so.
 */
export async function runIngestBench(articles: number, port: number): Promise<IngestBenchFigures> {
  const busy = new EmbeddedNeo4j({ projectRoot, dataDir: path.join(projectRoot, '.diplograph', 'bench-ingest'), boltPort: port, heap: '1g', pageCache: '512m' });
  if (busy.status().running) {
    return { endToEndPerSecond: null, limitPerSecond: null, ratio: null, output: 'not run: the ingest benchmark database in .diplograph/bench-ingest is in use' };
  }
  const child = spawn(process.execPath, ['--import', 'tsx', path.join('bench', 'ingest', 'run.ts')], {
    cwd: projectRoot,
    env: { ...process.env, BENCH_ARTICLES: String(articles), BENCH_NEO4J_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) output += `\nexited with ${code}: ${errors.slice(-2000)}`;
  const ratioLine = /ratio\s+([\d.]+)/.exec(output);
  return {
    endToEndPerSecond: rate(output, 'end to end'),
    limitPerSecond: rate(output, 'database limit'),
    ratio: ratioLine ? Number(ratioLine[1]) : null,
    output: output.trim(),
  };
}
