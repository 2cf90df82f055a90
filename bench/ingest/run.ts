/**
 * `npm run bench:ingest`: generates a deterministic 10,000-article corpus (bench/corpus), ingests it end to
 * end (read, extract, resolve, load) into a fresh embedded Neo4j of its own, then measures the database's own
 * limit: the same resolved graph loaded as precomputed UNWIND batches into a fresh store, with no extraction
 * or resolution. Reports articles per second, the ratio of the two, and peak memory of Node and the JVM.
 * A benchmark, not a test. Its database lives in .diplograph/bench-ingest (BENCH_INGEST_DATA_DIR) on port
 * BENCH_NEO4J_PORT (7741), so a second run elsewhere needs both.
 */
import fs from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../../src/config.ts';
import { Database } from '../../src/db/database.ts';
import { createDriver } from '../../src/db/driver.ts';
import { EmbeddedNeo4j } from '../../src/db/embedded-neo4j.ts';
import { extractArticle, readArticles } from '../../src/extract/index.ts';
import { ArticleResolver, type ExtractedArticle } from '../../src/ingest/article-resolver.ts';
import type { EntityLookup } from '../../src/domain/entity-lookup.ts';
import type { ArticleGraph } from '../../src/domain/article-graph.ts';
import { defaultExtractionWorkers, ingestIntoDatabase } from '../../src/ingest/ingester.ts';
import { IngestRepository } from '../../src/repositories/ingest-repository.ts';
import { SchemaRepository } from '../../src/repositories/schema-repository.ts';
import { writeCorpus } from '../corpus/generate-corpus.ts';

const articles = Number(process.env['BENCH_ARTICLES'] ?? 10_000);
const batchSize = Number(process.env['BENCH_BATCH'] ?? 100);
const port = Number(process.env['BENCH_NEO4J_PORT'] ?? 7741);
// As `diplograph ingest` does unless told otherwise; BENCH_EXTRACTION_WORKERS=0 extracts on the main thread.
const extractionWorkers = Number(process.env['BENCH_EXTRACTION_WORKERS'] ?? defaultExtractionWorkers());
const results = path.join(projectRoot, 'bench', 'results');
const corpus = path.join(results, `ingest-corpus-${articles}.jsonl`);
const dataDir = path.resolve(projectRoot, process.env['BENCH_INGEST_DATA_DIR'] ?? path.join('.diplograph', 'bench-ingest'));

const embedded = new EmbeddedNeo4j({ projectRoot, dataDir, boltPort: port, heap: '1g', pageCache: '512m', log: (line) => process.stderr.write(`${line}\n`) });

/** A fresh, empty store: stop what runs there, remove its data, start again. */
async function freshDatabase(): Promise<{ db: Database; pid: number }> {
  await embedded.stop();
  fs.rmSync(path.join(embedded.home, 'data'), { recursive: true, force: true });
  const started = await embedded.start();
  const db = new Database(createDriver({ uri: embedded.uri, username: null, password: null, database: null }), { database: null, readTimeoutMs: 120_000 });
  await new SchemaRepository(db).ensureSchema();
  return { db, pid: started.pid ?? 0 };
}

/** Peak resident memory of a process, from /proc (VmHWM), in MB. */
function peakRssMb(pid: number): number {
  const match = /^VmHWM:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
}

async function counts(db: Database): Promise<{ nodes: number; relationships: number }> {
  return db.read(async (tx) => {
    const nodes = await tx.run('MATCH (n) RETURN count(n) AS c');
    const relationships = await tx.run('MATCH ()-[r]->() RETURN count(r) AS c');
    return { nodes: Number(nodes.records[0]?.get('c')), relationships: Number(relationships.records[0]?.get('c')) };
  });
}

await mkdir(results, { recursive: true });
if (!(await stat(corpus).then(() => true, () => false))) await writeCorpus(corpus, articles);

// 1. End to end.
let { db, pid } = await freshDatabase();
let nodePeak = process.memoryUsage().rss;
const sampler = setInterval(() => (nodePeak = Math.max(nodePeak, process.memoryUsage().rss)), 100);
let began = performance.now();
const summary = await ingestIntoDatabase(db, readArticles(corpus), { batchSize, extractionWorkers });
const endToEndSeconds = (performance.now() - began) / 1000;
clearInterval(sampler);
const endToEndNodePeak = Math.max(nodePeak, process.memoryUsage().rss) / (1024 * 1024);
const endToEndJvmPeak = peakRssMb(pid);
const endToEndGraph = await counts(db);
await db.close();

// 2. The graph the pipeline loaded, precomputed: resolving against an empty graph with the run's own pool is
// what the end-to-end run did, since the store only ever held what the run wrote.
const noGraph: EntityLookup = { personsBySurnames: async () => [], organizationsByKeys: async () => [], meetingsInRanges: async () => [] };
const resolver = new ArticleResolver(noGraph);
const batches: ArticleGraph[][] = [];
let pending: ExtractedArticle[] = [];
const seen = new Set<string>();
const flush = async () => {
  batches.push((await resolver.resolve(pending)).flatMap((r) => (r.ok ? [r.graph] : [])));
  pending = [];
};
for await (const result of readArticles(corpus)) {
  if (!result.ok || seen.has(result.article.id)) continue;
  seen.add(result.article.id);
  pending.push({ article: result.article, extraction: extractArticle(result.article) });
  if (pending.length >= batchSize) await flush();
}
if (pending.length > 0) await flush();

({ db, pid } = await freshDatabase());
const repository = new IngestRepository(db);
const now = new Date().toISOString();
began = performance.now();
for (const batch of batches) await repository.loadArticles(batch, [], now);
const limitSeconds = (performance.now() - began) / 1000;
const limitJvmPeak = peakRssMb(pid);
const limitGraph = await counts(db);
await db.close();
await embedded.stop();

const loaded = summary.new + summary.updated + summary.unchanged;
const endToEndRate = loaded / endToEndSeconds;
const limitRate = seen.size / limitSeconds;
process.stdout.write(
  [
    `corpus            ${corpus} (${articles} articles, batches of ${batchSize}, ${extractionWorkers} extraction worker thread(s))`,
    `end to end        ${loaded} articles in ${endToEndSeconds.toFixed(1)} s = ${endToEndRate.toFixed(0)} articles/s (target >= 150); ${summary.failed.length} failed`,
    `graph             ${endToEndGraph.nodes} nodes, ${endToEndGraph.relationships} relationships (limit run: ${limitGraph.nodes}, ${limitGraph.relationships})`,
    `database limit    ${seen.size} articles as precomputed UNWIND batches in ${limitSeconds.toFixed(1)} s = ${limitRate.toFixed(0)} articles/s`,
    `ratio             ${(endToEndRate / limitRate).toFixed(2)} of the limit (target >= 0.5)`,
    `peak memory       Node ${endToEndNodePeak.toFixed(0)} MB during the end-to-end run (process max ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB incl. the precomputed batches); Neo4j JVM ${endToEndJvmPeak.toFixed(0)} MB end to end, ${limitJvmPeak.toFixed(0)} MB for the limit run`,
    ...summary.failed.slice(0, 5).map((f) => `failed            ${f.origin}: ${f.reason}`),
  ].join('\n') + '\n',
);
