/**
 * `npm run bench`: the whole benchmark in one run, written to bench/results/latest.json and latest.md.
 *   1. extraction MB/s (bench/extract);
 *   2. per corpus size (1k and 10k articles; `--sizes 1000,10000,100000` for more): a fresh embedded
 *      Neo4j, the bench/corpus articles ingested end to end, and the ingest benchmark's UNWIND limit;
 *   3. per size, the five analyst queries against Diplograph over HTTP, the same repository Cypher
 *      straight through neo4j-driver, and @neo4j/graphql, at each concurrency.
 * `npm run bench -- --quick` is a small version (300 articles, one run per figure) for a quick look.
 * Other options: --concurrency 1,10,50  --runs 3  --seconds 4  --queries dyad,neighborhood  --reuse
 * (keep a size's graph from an earlier run)  --cpu-prof (profile both servers into bench/results/profiles)
 * --warmup-slices 10 (most warm-up slices per query and target)  --skip-extract  --skip-ingest-bench  --ingest-bench-sizes 1000 (sizes to run bench:ingest at; default
 * every size up to 10k)  --report-only (rewrite latest.md from latest.json).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../src/config.ts';
import { profileCypher } from './api/cypher-profile.ts';
import { checkEquivalence } from './api/equivalence.ts';
import { pickParameters } from './api/parameters.ts';
import { runQueryBench } from './api/query-bench.ts';
import { startDiplograph, startNeo4jGraphql, type RunningServer } from './api/servers.ts';
import { QUERY_NAMES, type QueryName } from './api/workload.ts';
import { closeBenchDatabase, markLoaded, openBenchDatabase } from './suite/bench-database.ts';
import { runExtractBench } from './suite/extract-step.ts';
import { corpusFile, graphCounts, ingestCorpus, runIngestBench } from './suite/ingest-step.ts';
import { rebuildReport } from './suite/rebuild-report.ts';
import { markdown, nestFigures, scaleSvg, summarise, summaryTable, type BenchReport, type SizeResult } from './suite/report.ts';

const PORTS = {
  bolt: Number(process.env['BENCH_NEO4J_PORT'] ?? 7721),
  ingestBolt: Number(process.env['BENCH_INGEST_NEO4J_PORT'] ?? 7722),
  diplograph: Number(process.env['BENCH_HTTP_PORT'] ?? 4721),
  neo4jGraphql: Number(process.env['BENCH_NEO4J_GRAPHQL_PORT'] ?? 4722),
};

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    concurrency: { type: 'string' },
    runs: { type: 'string' },
    seconds: { type: 'string' },
    queries: { type: 'string' },
    reuse: { type: 'boolean', default: false },
    'cpu-prof': { type: 'boolean', default: false },
    'skip-extract': { type: 'boolean', default: false },
    'skip-ingest-bench': { type: 'boolean', default: false },
    'ingest-bench-sizes': { type: 'string' },
    'report-only': { type: 'boolean', default: false },
    'warmup-slices': { type: 'string' },
  },
});

function numbers(raw: string | undefined, fallback: number[], name: string): number[] {
  if (raw === undefined) return fallback;
  const list = raw.split(',').map((part) => Number(part.trim()));
  if (list.length === 0 || list.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--${name}: expected positive whole numbers separated by commas, got ${JSON.stringify(raw)}`);
  return list;
}

const quick = args.quick ?? false;
const sizes = numbers(args.sizes, quick ? [300] : [1000, 10_000], 'sizes').sort((a, b) => a - b);
const concurrencies = numbers(args.concurrency, [1, 10, 50], 'concurrency');
const runs = numbers(args.runs, [quick ? 1 : 3], 'runs')[0] ?? 3;
const seconds = Number(args.seconds ?? (quick ? 1 : 4));
const warmupSeconds = quick ? 1 : 3;
const maxWarmupSlices = numbers(args['warmup-slices'], [quick ? 4 : 10], 'warmup-slices')[0] ?? 10;
// A quick look settles for a shorter idle window before and after each run (waitForQuiet).
const quietWindowMs = quick ? 100 : 250;
// bench:ingest loads each corpus twice more (end to end and the limit); at 100k that is long.
const ingestBenchSizes = args['skip-ingest-bench'] || quick ? [] : numbers(args['ingest-bench-sizes'], sizes.filter((n) => n <= 10_000), 'ingest-bench-sizes');
const queries = (args.queries?.split(',') ?? [...QUERY_NAMES]) as QueryName[];
for (const q of queries) if (!QUERY_NAMES.includes(q)) throw new Error(`--queries: expected some of ${QUERY_NAMES.join(', ')}, got ${q}`);

const results = path.join(projectRoot, 'bench', 'results');
if (args['report-only']) {
  process.stdout.write(`${rebuildReport(results)}\n\nbench/results/latest.md rewritten from latest.json.\n`);
  process.exit(0);
}
const logs = path.join(results, 'logs');
const profiles = args['cpu-prof'] ? path.join(results, 'profiles') : null;
fs.mkdirSync(logs, { recursive: true });
if (profiles) fs.mkdirSync(profiles, { recursive: true });
const log = (line: string) => process.stderr.write(`${line}\n`);

const startedAt = new Date();
const loadBefore = os.loadavg();
const loadSamples: number[] = [];
const loadSampler = setInterval(() => loadSamples.push(os.loadavg()[0] ?? 0), 5_000);

let extraction: BenchReport['extraction'] = null;
if (!args['skip-extract']) {
  log(`extraction: ${quick ? 2 : 50} MB corpus`);
  extraction = await runExtractBench(quick ? 2 : 50);
  log(`  ${extraction.mbPerSecond ?? '?'} MB/s wall clock, ${extraction.mbPerCpuSecond ?? '?'} MB per CPU second`);
}

const sizeResults: SizeResult[] = [];
for (const articles of sizes) {
  log(`\n${articles} articles`);
  const corpus = await corpusFile(articles);
  const database = await openBenchDatabase(articles, PORTS.bolt, path.basename(corpus), args.reuse ?? false, log);
  let servers: RunningServer[] = [];
  try {
    let ingest: SizeResult['ingest'] = null;
    if (database.reused) {
      const counts = await graphCounts(database.db);
      log(`  reusing the graph loaded earlier: ${counts.nodes} nodes, ${counts.relationships} relationships`);
    } else {
      ingest = await ingestCorpus(database.db, corpus);
      markLoaded(database, path.basename(corpus));
      log(`  ingest: ${ingest.articles} articles in ${ingest.seconds.toFixed(1)} s = ${ingest.articlesPerSecond.toFixed(0)} articles/s; ${ingest.nodes} nodes, ${ingest.relationships} relationships; ${ingest.failed} failed`);
    }
    const parameters = await pickParameters(database.db);
    log(`  arguments: ${JSON.stringify(parameters)}`);
    const equivalence = await checkEquivalence(database.db, parameters);
    for (const e of equivalence.filter((r) => !r.same)) {
      log(`  ${e.query}: the driver form runs other Cypher than the GraphQL request\n    graphql: ${e.graphqlStatements.join('\n             ')}\n    driver:  ${e.driverStatements.join('\n             ')}`);
    }
    const cypherProfile = await profileCypher(database.db, parameters);
    log(`  PROFILE db hits: ${cypherProfile.map((p) => `${p.query} ${p.dbHits}`).join(', ')}`);

    // Started together; when one fails, the other is stopped with the database below rather than left running.
    const starting = await Promise.allSettled([
      startDiplograph({ neo4jUri: database.uri, port: PORTS.diplograph, portVariable: 'BENCH_HTTP_PORT', cpuProfileDir: profiles, logFile: path.join(logs, 'diplograph.log') }),
      startNeo4jGraphql({ neo4jUri: database.uri, port: PORTS.neo4jGraphql, portVariable: 'BENCH_NEO4J_GRAPHQL_PORT', cpuProfileDir: profiles, logFile: path.join(logs, 'neo4j-graphql.log') }),
    ]);
    servers = starting.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    const failed = starting.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
    const [diplograph, neo4jGraphql] = servers;
    if (!diplograph || !neo4jGraphql) throw new Error('expected two servers');
    const raw = await runQueryBench({
      db: database.db,
      parameters,
      diplographUrl: diplograph.url,
      neo4jGraphqlUrl: neo4jGraphql.url,
      pids: { database: database.pid, diplograph: diplograph.pid, neo4jGraphql: neo4jGraphql.pid },
      concurrencies,
      runs,
      seconds,
      warmupSeconds,
      maxWarmupSlices,
      quietWindowMs,
      queries,
      log,
    });
    sizeResults.push({ articles, ingest, ingestBench: null, parameters, equivalence, cypherProfile, queries: nestFigures(raw), raw });
  } finally {
    for (const server of servers) await server.stop();
    await closeBenchDatabase(database);
  }
  // The ingest benchmark starts databases of its own; it runs once this size's database is stopped.
  if (ingestBenchSizes.includes(articles)) {
    log(`  bench:ingest at ${articles} articles (its own database, port ${PORTS.ingestBolt})`);
    const figures = await runIngestBench(articles, PORTS.ingestBolt);
    const last = sizeResults.at(-1);
    if (last) last.ingestBench = figures;
    log(`  end to end ${figures.endToEndPerSecond ?? '?'} articles/s, UNWIND limit ${figures.limitPerSecond ?? '?'} articles/s, ratio ${figures.ratio ?? '?'}`);
  }
}

clearInterval(loadSampler);
const report: BenchReport = {
  mode: quick ? 'quick' : 'full',
  startedAt: startedAt.toISOString(),
  finishedAt: new Date().toISOString(),
  machine: {
    cpus: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    loadAverage: { before: loadBefore, during: loadSamples.reduce((a, b) => a + b, 0) / Math.max(1, loadSamples.length), after: os.loadavg() },
  },
  settings: { sizes, concurrencies, runs, seconds, warmupSeconds, maxWarmupSlices },
  extraction,
  sizes: sizeResults,
  summary: summarise(sizeResults, concurrencies),
};
fs.writeFileSync(path.join(results, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
fs.writeFileSync(path.join(results, 'latest.md'), markdown(report));
if (sizeResults.length > 1) fs.writeFileSync(path.join(results, 'scale.svg'), scaleSvg(report));
process.stdout.write(`${summaryTable(report)}\n\nbench/results/latest.md and latest.json written.\n`);
const errors = sizeResults.flatMap((s) => s.raw).reduce((sum, f) => sum + f.errors, 0);
if (errors > 0) {
  process.stderr.write(`${errors} responses had errors; the figures are not valid.\n`);
  process.exitCode = 1;
}
