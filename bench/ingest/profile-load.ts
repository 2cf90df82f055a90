/**
 * Database work of ingest, independent of how loaded the machine is: `node --import tsx bench/ingest/profile-load.ts`.
 * Ingests the first PROFILE_WARM articles of the bench corpus into a fresh store of its own (port
 * PROFILE_NEO4J_PORT, 7751; .diplograph/bench-ingest-profile), then ingests the next PROFILE_ARTICLES with every
 * statement PROFILEd, and reports db hits and rows per article, per statement and per operator, and where Node
 * spent its time (extraction, resolution lookups, load); then deletes PROFILE_DELETES (20) of those articles, as
 * updating by URL does first, and reports db hits per delete.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { ManagedTransaction, ProfiledPlan } from 'neo4j-driver';
import { projectRoot } from '../../src/config.ts';
import { Database, type Work } from '../../src/db/database.ts';
import { createDriver } from '../../src/db/driver.ts';
import { EmbeddedNeo4j } from '../../src/db/embedded-neo4j.ts';
import { extractArticle, readArticles, type ReadResult } from '../../src/extract/index.ts';
import { ArticleResolver } from '../../src/ingest/article-resolver.ts';
import { extractInTurns, ingestArticles } from '../../src/ingest/ingest-pipeline.ts';
import { EntityLookupRepository } from '../../src/repositories/entity-lookup-repository.ts';
import { IngestRepository } from '../../src/repositories/ingest-repository.ts';
import { SchemaRepository } from '../../src/repositories/schema-repository.ts';
import { writeCorpus } from '../corpus/generate-corpus.ts';

const warm = Number(process.env['PROFILE_WARM'] ?? 2000);
const profiled = Number(process.env['PROFILE_ARTICLES'] ?? 500);
const port = Number(process.env['PROFILE_NEO4J_PORT'] ?? 7751);
const corpusSize = 10_000;
const corpus = path.join(projectRoot, 'bench', 'results', `ingest-corpus-${corpusSize}.jsonl`);
const embedded = new EmbeddedNeo4j({ projectRoot, dataDir: path.join(projectRoot, '.diplograph', 'bench-ingest-profile'), boltPort: port, heap: '1g', pageCache: '512m' });

interface Tally {
  count: number;
  dbHits: number;
  rows: number;
  ms: number;
}
const statements = new Map<string, Tally>();
const operators = new Map<string, Tally>();
let profiling = false;
const loadTimes: number[] = [];

function render(plan: ProfiledPlan, depth = 0): string {
  const details = String(plan.arguments['Details'] ?? '').replace(/\s+/g, ' ').slice(0, 120);
  const line = `${'  '.repeat(depth)}${plan.operatorType} rows=${plan.rows} hits=${plan.dbHits} ${details}\n`;
  return line + plan.children.map((c) => render(c, depth + 1)).join('');
}

function add(map: Map<string, Tally>, key: string, dbHits: number, rows: number, ms: number): void {
  const t = map.get(key) ?? { count: 0, dbHits: 0, rows: 0, ms: 0 };
  t.count += 1;
  t.dbHits += dbHits;
  t.rows += rows;
  t.ms += ms;
  map.set(key, t);
}

function walk(plan: ProfiledPlan): number {
  const details = String(plan.arguments['Details'] ?? '').replace(/\s+/g, ' ').slice(0, 70);
  add(operators, `${plan.operatorType.replace(/@.*/, '')} ${details}`, plan.dbHits, plan.rows, 0);
  return plan.dbHits + plan.children.reduce((sum, child) => sum + walk(child), 0);
}

function profiled_(tx: ManagedTransaction): ManagedTransaction {
  return new Proxy(tx, {
    get(target, property, receiver) {
      if (property !== 'run') return Reflect.get(target, property, receiver) as unknown;
      return async (query: string, params?: Record<string, unknown>) => {
        if (!profiling) {
          return target.run(query, params);
        }
        const began = performance.now();
        const result = await target.run(/^CYPHER /.test(query) ? query.replace(/^CYPHER [^\n]*/, (options) => `${options} PROFILE`) : `PROFILE ${query}`, params);
        const ms = performance.now() - began;
        const plan = result.summary.profile;
        const hits = plan ? walk(plan) : 0;
        if (plan && process.env['PROFILE_PLAN_FILE']) fs.appendFileSync(process.env['PROFILE_PLAN_FILE'], `${query.trim().slice(0, 100)}\n${render(plan)}\n`);
        add(statements, query.trim().replace(/\s+/g, ' ').slice(0, 100), hits, plan ? plan.rows : 0, ms);
        return result;
      };
    },
  });
}

class ProfilingDatabase extends Database {
  override read<T>(work: Work<T>, timeoutMs?: number): Promise<T> {
    return super.read((tx) => work(profiled_(tx)), timeoutMs);
  }
  override write<T>(work: Work<T>, timeoutMs?: number): Promise<T> {
    return super.write((tx) => work(profiled_(tx)), timeoutMs);
  }
}

/** Counts and a hash of every node and relationship with its properties, timestamps aside: same graph, same line. */
async function fingerprint(database: Database): Promise<string> {
  const stable = (properties: Record<string, unknown>) =>
    JSON.stringify(Object.entries(properties).filter(([key]) => key !== 'ingestedAt' && key !== 'lastSeenAt').sort(([a], [b]) => a.localeCompare(b)), (_, v: unknown) => (typeof v === 'bigint' ? Number(v) : v));
  return database.read(async (tx) => {
    const nodes = (await tx.run('MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties')).records.map((r) => `${(r.get('labels') as string[]).join(':')} ${stable(r.get('properties') as Record<string, unknown>)}`).sort();
    const relationships = (await tx.run('MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS properties')).records
      .map((r) => `${r.get('a') as string} ${r.get('type') as string} ${r.get('b') as string} ${stable(r.get('properties') as Record<string, unknown>)}`)
      .sort();
    const hash = createHash('sha256');
    for (const line of [...nodes, ...relationships]) hash.update(`${line}\n`);
    return `${nodes.length} nodes, ${relationships.length} relationships, sha256 ${hash.digest('hex').slice(0, 16)}`;
  });
}

async function* slice(input: AsyncIterable<ReadResult>, from: number, to: number): AsyncGenerator<ReadResult> {
  let index = 0;
  for await (const result of input) {
    if (index >= to) return;
    if (index >= from) yield result;
    index += 1;
  }
}

if (!(await stat(corpus).then(() => true, () => false))) await writeCorpus(corpus, corpusSize);
await embedded.stop();
fs.rmSync(path.join(embedded.home, 'data'), { recursive: true, force: true });
await embedded.start();
const db = new ProfilingDatabase(createDriver({ uri: embedded.uri, username: null, password: null, database: null }), { database: null, readTimeoutMs: 120_000 });
try {
  await new SchemaRepository(db).ensureSchema();
  const stages = { extract: 0, lookup: 0, resolve: 0, load: 0 };
  const lookup = new EntityLookupRepository(db);
  const timedLookup = new Proxy(lookup, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        const began = performance.now();
        try {
          return await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        } finally {
          stages.lookup += performance.now() - began;
        }
      };
    },
  });
  const resolver = new ArticleResolver(timedLookup);
  const resolve = resolver.resolve.bind(resolver);
  resolver.resolve = async (batch) => {
    const began = performance.now();
    try {
      return await resolve(batch);
    } finally {
      stages.resolve += performance.now() - began;
    }
  };
  const repository = new IngestRepository(db);
  const load = repository.loadArticles.bind(repository);
  repository.loadArticles = async (...args) => {
    const began = performance.now();
    try {
      return await load(...args);
    } finally {
      loadTimes.push(Math.round(performance.now() - began));
      stages.load += performance.now() - began;
    }
  };
  const extract = (article: Parameters<typeof extractArticle>[0]) => {
    const began = performance.now();
    try {
      return extractArticle(article);
    } finally {
      stages.extract += performance.now() - began;
    }
  };
  const deps = { repository, resolver, extract: extractInTurns(extract) };
  let began = performance.now();
  await ingestArticles(slice(readArticles(corpus), 0, warm), deps);
  const warmSeconds = (performance.now() - began) / 1000;
  const warmStages = { ...stages };
  profiling = true;
  began = performance.now();
  const summary = await ingestArticles(slice(readArticles(corpus), warm, warm + profiled), deps);
  const profiledSeconds = (performance.now() - began) / 1000;
  const articles = summary.new + summary.updated;
  const total = [...statements.values()].reduce((sum, t) => sum + t.dbHits, 0);
  const out: string[] = [];
  out.push(`warm-up       ${warm} articles in ${warmSeconds.toFixed(1)} s (${(warm / warmSeconds).toFixed(0)}/s unprofiled): extract ${(warmStages.extract / 1000).toFixed(1)} s, lookups ${(warmStages.lookup / 1000).toFixed(1)} s, resolve incl. lookups ${(warmStages.resolve / 1000).toFixed(1)} s, load ${(warmStages.load / 1000).toFixed(1)} s`);
  out.push(`load ms/batch ${loadTimes.join(' ')}`);
  out.push(`profiled      ${articles} articles (${summary.failed.length} failed) in ${profiledSeconds.toFixed(1)} s; writes ${JSON.stringify(summary.writes)}`);
  out.push(`db hits       ${total} = ${(total / articles).toFixed(0)} per article`);
  out.push('', 'per statement (db hits/article, rows, calls, ms):');
  for (const [query, t] of [...statements].sort((a, b) => b[1].dbHits - a[1].dbHits).slice(0, 12)) {
    out.push(`${(t.dbHits / articles).toFixed(0).padStart(9)} ${String(t.rows).padStart(7)} ${String(t.count).padStart(5)}× ${t.ms.toFixed(0).padStart(6)} ms  ${query}`);
  }
  out.push('', 'per operator (db hits/article, rows/article):');
  for (const [op, t] of [...operators].sort((a, b) => b[1].dbHits - a[1].dbHits).slice(0, 25)) {
    out.push(`${(t.dbHits / articles).toFixed(0).padStart(9)} ${(t.rows / articles).toFixed(1).padStart(9)}  ${op}`);
  }
  const deletes = Number(process.env['PROFILE_DELETES'] ?? 20);
  if (deletes > 0) {
    // Deleting (as updating by URL does first) the first articles of the profiled slice, a few thousand
    // articles after the hubs (country:US, Blinken) were first mentioned.
    const ids: string[] = [];
    for await (const result of slice(readArticles(corpus), warm, warm + deletes)) if (result.ok) ids.push(result.article.id);
    statements.clear();
    for (const id of ids) await repository.deleteArticle(id);
    const hits = [...statements.values()].reduce((sum, t) => sum + t.dbHits, 0);
    out.push('', `deletes       ${ids.length} articles, ${(hits / ids.length).toFixed(0)} db hits per delete`);
    for (const [query, t] of [...statements].sort((a, b) => b[1].dbHits - a[1].dbHits).slice(0, 6)) out.push(`${(t.dbHits / ids.length).toFixed(0).padStart(9)} ${String(t.count).padStart(5)}×  ${query}`);
  }
  profiling = false;
  out.push('', `graph         ${await fingerprint(db)}`);
  process.stdout.write(`${out.join('\n')}\n`);
} finally {
  await db.close();
  await embedded.stop();
}
