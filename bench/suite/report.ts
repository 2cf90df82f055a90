/**
 * The results of one `npm run bench`: the shape of bench/results/latest.json, the ratios against the
 * targets of issue 7, and latest.md (tables and a small SVG of how query latency grows with the corpus).
 */
import type { QueryProfile } from '../api/cypher-profile.ts';
import type { QueryFigures } from '../api/query-bench.ts';
import type { WorkloadParameters } from '../api/parameters.ts';
import type { CpuPerRequest } from '../api/process-cpu.ts';
import { QUERY_NAMES, QUERY_TITLES, TARGETS, type QueryName, type Target } from '../api/workload.ts';
import type { ExtractFigures } from './extract-step.ts';
import type { IngestBenchFigures, IngestFigures } from './ingest-step.ts';

export interface Figures {
  p50Ms: number;
  p99Ms: number;
  rps: number;
  errors: number;
  /** Absent in results written before CPU was accounted. */
  cpuMsPerRequest?: CpuPerRequest | null;
}

export interface SizeResult {
  articles: number;
  /** Null when the graph was reused from an earlier run (`--reuse`). */
  ingest: IngestFigures | null;
  ingestBench: IngestBenchFigures | null;
  parameters: WorkloadParameters;
  equivalence: Array<{ query: QueryName; same: boolean; graphqlStatements: string[]; driverStatements: string[] }>;
  cypherProfile: QueryProfile[];
  /** queries[query][concurrency][target] */
  queries: Record<string, Record<string, Record<string, Figures>>>;
  /** Every run of every measurement, before medians. */
  raw: QueryFigures[];
}

export interface Targets {
  driverRatioMax: number;
  neo4jGraphqlRatioMin: number;
  growthMax: number;
}

export const TARGET_RATIOS: Targets = { driverRatioMax: 1.25, neo4jGraphqlRatioMin: 1.0, growthMax: 2 };

export interface BenchReport {
  mode: 'quick' | 'full';
  startedAt: string;
  finishedAt: string;
  machine: { cpus: number; memoryGb: number; node: string; loadAverage: { before: number[]; during: number; after: number[] } };
  settings: { sizes: number[]; concurrencies: number[]; runs: number; seconds: number; warmupSeconds: number; maxWarmupSlices?: number };
  extraction: ExtractFigures | null;
  sizes: SizeResult[];
  summary: SummaryRow[];
}

export interface SummaryRow {
  query: QueryName;
  /** At the largest size, concurrency 10. */
  diplographP50Ms: number;
  driverP50Ms: number;
  driverRatio: number;
  diplographRps: number;
  neo4jGraphqlRps: number;
  neo4jGraphqlRatio: number;
  /** CPU per request over all processes, Diplograph ÷ driver, at the largest size and concurrency 10. */
  cpuRatio: number;
  /** Diplograph p50 at concurrency 1, smallest and largest size, and their ratio (null with one size). */
  smallestP50Ms: number;
  largestP50Ms: number;
  growth: number | null;
}

export function nestFigures(raw: readonly QueryFigures[]): SizeResult['queries'] {
  const nested: SizeResult['queries'] = {};
  for (const f of raw) {
    const byConcurrency = (nested[f.query] ??= {});
    const byTarget = (byConcurrency[String(f.concurrency)] ??= {});
    const cpu = f.cpuMsPerRequest ?? null;
    byTarget[f.target] = {
      p50Ms: round(f.p50Ms),
      p99Ms: round(f.p99Ms),
      rps: round(f.rps),
      errors: f.errors,
      cpuMsPerRequest: cpu && { loadGenerator: round(cpu.loadGenerator), server: cpu.server === null ? null : round(cpu.server), database: round(cpu.database), total: round(cpu.total) },
    };
  }
  return nested;
}

function round(value: number, digits = 3): number {
  return Number.isFinite(value) ? Number(value.toFixed(digits)) : value;
}

function figure(size: SizeResult, query: QueryName, concurrency: number, target: Target): Figures | undefined {
  return size.queries[query]?.[String(concurrency)]?.[target];
}

/** The comparison concurrency: 10 when measured, else the middle one measured. */
export function comparisonConcurrency(concurrencies: readonly number[]): number {
  return concurrencies.includes(10) ? 10 : (concurrencies[Math.floor(concurrencies.length / 2)] ?? 1);
}

/** The concurrency for latency without queueing: 1 when measured, else the lowest measured. */
export function singleConcurrency(concurrencies: readonly number[]): number {
  return Math.min(...concurrencies);
}

export function summarise(sizes: readonly SizeResult[], concurrencies: readonly number[]): SummaryRow[] {
  const smallest = sizes[0];
  const largest = sizes.at(-1);
  if (!smallest || !largest) return [];
  const c = comparisonConcurrency(concurrencies);
  const single = singleConcurrency(concurrencies);
  return QUERY_NAMES.map((query) => {
    const d = figure(largest, query, c, 'diplograph');
    const r = figure(largest, query, c, 'driver');
    const n = figure(largest, query, c, 'neo4jGraphql');
    const small = figure(smallest, query, single, 'diplograph')?.p50Ms ?? Number.NaN;
    const large = figure(largest, query, single, 'diplograph')?.p50Ms ?? Number.NaN;
    return {
      query,
      diplographP50Ms: d?.p50Ms ?? Number.NaN,
      driverP50Ms: r?.p50Ms ?? Number.NaN,
      driverRatio: round((d?.p50Ms ?? Number.NaN) / (r?.p50Ms ?? Number.NaN), 2),
      diplographRps: d?.rps ?? Number.NaN,
      neo4jGraphqlRps: n?.rps ?? Number.NaN,
      neo4jGraphqlRatio: round((d?.rps ?? Number.NaN) / (n?.rps ?? Number.NaN), 2),
      cpuRatio: round((d?.cpuMsPerRequest?.total ?? Number.NaN) / (r?.cpuMsPerRequest?.total ?? Number.NaN), 2),
      smallestP50Ms: small,
      largestP50Ms: large,
      growth: sizes.length > 1 ? round(large / small, 2) : null,
    };
  });
}

const ms = (value: number | undefined) => (value === undefined || !Number.isFinite(value) ? '–' : value < 10 ? value.toFixed(2) : value.toFixed(1));
const num = (value: number | undefined) => (value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(0));
const mark = (ok: boolean) => (ok ? '✓' : '✗');
/** A ratio and whether it meets its target; a dash when either side was not measured. */
const ratioCell = (value: number | null, ok: (v: number) => boolean) =>
  value === null || !Number.isFinite(value) || value === 0 ? '–' : `${value.toFixed(2)} ${mark(ok(value))}`;
const plainRatio = (value: number | undefined) => (value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(2));
const articlesLabel = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));

export function summaryTable(report: BenchReport): string {
  const sizes = report.settings.sizes;
  const c = comparisonConcurrency(report.settings.concurrencies);
  const single = singleConcurrency(report.settings.concurrencies);
  const largest = articlesLabel(sizes.at(-1) ?? 0);
  const smallest = articlesLabel(sizes[0] ?? 0);
  const lines = [
    `| query (${largest} articles) | Diplograph p50 c=${c} | driver p50 c=${c} | ÷ (≤ ${TARGET_RATIOS.driverRatioMax}) | CPU/request ÷ | Diplograph rps c=${c} | @neo4j/graphql rps c=${c} | ÷ (≥ ${TARGET_RATIOS.neo4jGraphqlRatioMin}) | p50 c=${single} ${smallest} | p50 c=${single} ${largest} | ÷ (≤ ${TARGET_RATIOS.growthMax}) |`,
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const row of report.summary) {
    lines.push(
      `| ${row.query} | ${ms(row.diplographP50Ms)} ms | ${ms(row.driverP50Ms)} ms | ${ratioCell(row.driverRatio, (v) => v <= TARGET_RATIOS.driverRatioMax)} | ${plainRatio(row.cpuRatio)} | ${num(row.diplographRps)} | ${num(row.neo4jGraphqlRps)} | ${ratioCell(row.neo4jGraphqlRatio, (v) => v >= TARGET_RATIOS.neo4jGraphqlRatioMin)} | ${ms(row.smallestP50Ms)} ms | ${ms(row.largestP50Ms)} ms | ${ratioCell(row.growth, (v) => v <= TARGET_RATIOS.growthMax)} |`,
    );
  }
  return lines.join('\n');
}

function sizeTables(size: SizeResult, concurrencies: readonly number[]): string {
  const header = `| query | c | ${TARGETS.map((t) => `${t} p50 / p99 ms`).join(' | ')} | ${TARGETS.map((t) => `${t} rps`).join(' | ')} |`;
  const lines = [header, `|---|--:|${TARGETS.map(() => '--:').join('|')}|${TARGETS.map(() => '--:').join('|')}|`];
  for (const query of QUERY_NAMES) {
    for (const c of concurrencies) {
      const cells = TARGETS.map((t) => {
        const f = figure(size, query, c, t);
        return f ? `${ms(f.p50Ms)} / ${ms(f.p99Ms)}${f.errors > 0 ? ` (${f.errors} errors)` : ''}` : '–';
      });
      const rps = TARGETS.map((t) => num(figure(size, query, c, t)?.rps));
      lines.push(`| ${query} | ${c} | ${cells.join(' | ')} | ${rps.join(' | ')} |`);
    }
  }
  return lines.join('\n');
}

/**
 * CPU ms one request cost each process at the comparison concurrency: where the time of a saturated
 * machine goes. The driver target has no server; its load generator runs the driver calls.
 */
function cpuTable(size: SizeResult, concurrency: number): string {
  const cell = (value: number | null | undefined) => (value === null || value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(2));
  const lines = [
    `| query | Diplograph: load generator + server + Neo4j = total | driver: load generator + Neo4j = total | ÷ |`,
    '|---|--:|--:|--:|',
  ];
  for (const query of QUERY_NAMES) {
    const d = figure(size, query, concurrency, 'diplograph')?.cpuMsPerRequest;
    const r = figure(size, query, concurrency, 'driver')?.cpuMsPerRequest;
    if (!d || !r) continue;
    lines.push(
      `| ${query} | ${cell(d.loadGenerator)} + ${cell(d.server)} + ${cell(d.database)} = ${cell(d.total)} | ${cell(r.loadGenerator)} + ${cell(r.database)} = ${cell(r.total)} | ${plainRatio(d.total / r.total)} |`,
    );
  }
  return lines.length > 2 ? lines.join('\n') : '';
}

/** Query p50 (Diplograph, concurrency 1) against corpus size, log scale on x; one line per query. */
export function scaleSvg(report: BenchReport): string {
  const width = 560;
  const height = 300;
  const pad = { left: 56, right: 170, top: 20, bottom: 40 };
  const sizes = report.sizes.map((s) => s.articles);
  const single = singleConcurrency(report.settings.concurrencies);
  const series = QUERY_NAMES.map((query) => ({
    query,
    points: report.sizes.map((s) => ({ x: s.articles, y: figure(s, query, single, 'diplograph')?.p50Ms ?? Number.NaN })),
  }));
  const maxY = Math.max(1, ...series.flatMap((s) => s.points.map((p) => (Number.isFinite(p.y) ? p.y : 0)))) * 1.1;
  const [minX, maxX] = [Math.min(...sizes), Math.max(...sizes)];
  const span = Math.log10(maxX) - Math.log10(minX) || 1;
  const sx = (x: number) => pad.left + ((Math.log10(x) - Math.log10(minX)) / span) * (width - pad.left - pad.right);
  const sy = (y: number) => height - pad.bottom - (y / maxY) * (height - pad.top - pad.bottom);
  const colours = ['#1b6ca8', '#d1495b', '#2e933c', '#edae49', '#6a4c93'];
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    `<line x1="${pad.left}" y1="${height - pad.bottom}" x2="${width - pad.right}" y2="${height - pad.bottom}" stroke="#333"/>`,
    `<line x1="${pad.left}" y1="${pad.top}" x2="${pad.left}" y2="${height - pad.bottom}" stroke="#333"/>`,
    `<text x="${(pad.left + width - pad.right) / 2}" y="${height - 8}" text-anchor="middle">articles (log scale)</text>`,
    `<text x="14" y="${(pad.top + height - pad.bottom) / 2}" text-anchor="middle" transform="rotate(-90 14 ${(pad.top + height - pad.bottom) / 2})">Diplograph p50 ms, c=${single}</text>`,
    ...sizes.map((x) => `<text x="${sx(x)}" y="${height - pad.bottom + 14}" text-anchor="middle">${articlesLabel(x)}</text>`),
    ...[0, 0.5, 1].map((f) => `<text x="${pad.left - 6}" y="${sy(maxY * f) + 4}" text-anchor="end">${(maxY * f).toFixed(1)}</text>`),
  ];
  series.forEach((s, i) => {
    const colour = colours[i % colours.length] ?? '#333';
    const pts = s.points.filter((p) => Number.isFinite(p.y));
    parts.push(`<polyline fill="none" stroke="${colour}" stroke-width="2" points="${pts.map((p) => `${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`).join(' ')}"/>`);
    for (const p of pts) parts.push(`<circle cx="${sx(p.x).toFixed(1)}" cy="${sy(p.y).toFixed(1)}" r="3" fill="${colour}"/>`);
    parts.push(`<rect x="${width - pad.right + 12}" y="${pad.top + i * 18}" width="10" height="10" fill="${colour}"/>`);
    parts.push(`<text x="${width - pad.right + 26}" y="${pad.top + i * 18 + 9}">${s.query}</text>`);
  });
  parts.push('</svg>');
  return parts.join('\n');
}

function cpuSection(size: SizeResult, concurrency: number): string[] {
  const table = cpuTable(size, concurrency);
  return table ? [`CPU ms per request at c=${concurrency} (user + system, from /proc):`, '', table, ''] : [];
}

export function markdown(report: BenchReport): string {
  const { machine, settings } = report;
  const out: string[] = [
    `# Diplograph benchmark (${report.mode})`,
    '',
    `${report.startedAt} → ${report.finishedAt}. ${machine.cpus} CPUs, ${machine.memoryGb} GB, Node ${machine.node}. ` +
      `Load average (1 min): ${machine.loadAverage.before[0]?.toFixed(2)} before, ${machine.loadAverage.during.toFixed(2)} on average during, ${machine.loadAverage.after[0]?.toFixed(2)} after.`,
    `Sizes ${settings.sizes.join(', ')} articles; concurrency ${settings.concurrencies.join(', ')}; ${settings.runs} run(s) of ${settings.seconds} s per figure (median), ${settings.maxWarmupSlices === undefined ? `${settings.warmupSeconds} s warm-up` : `warm-up in slices of ${settings.warmupSeconds} s until the throughput steadies (at most ${settings.maxWarmupSlices})`} per query and target.`,
    '',
    '## Summary',
    '',
    summaryTable(report),
    '',
    'Diplograph p50 ÷ driver p50: the cost of the GraphQL layer and HTTP over the same Cypher. CPU/request ÷: the CPU one Diplograph request costs the load generator, the server and Neo4j together, ÷ the same for the driver form; when the cores are saturated, the p50 ratio follows it. Diplograph rps ÷ @neo4j/graphql rps: throughput against the generated API. Growth: Diplograph p50 at the largest size ÷ at the smallest.',
    '',
  ];
  if (report.sizes.length > 1) out.push('![query p50 against corpus size](scale.svg)', '');
  if (report.extraction) {
    out.push('## Extraction', '', `${report.extraction.mbPerSecond ?? '–'} MB/s wall clock, ${report.extraction.mbPerCpuSecond ?? '–'} MB per CPU second (${report.extraction.megabytes} MB corpus).`, '');
  }
  out.push('## Ingest', '', '| articles | ingest s | articles/s | failed | nodes | relationships | bench:ingest end to end /s | UNWIND limit /s | ratio |', '|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
  for (const size of report.sizes) {
    const i = size.ingest;
    const b = size.ingestBench;
    out.push(
      `| ${size.articles} | ${i ? i.seconds.toFixed(1) : 'reused'} | ${i ? i.articlesPerSecond.toFixed(0) : '–'} | ${i?.failed ?? '–'} | ${i?.nodes ?? '–'} | ${i?.relationships ?? '–'} | ${b?.endToEndPerSecond ?? '–'} | ${b?.limitPerSecond ?? '–'} | ${b?.ratio ?? '–'} |`,
    );
  }
  out.push('');
  for (const size of report.sizes) {
    const p = size.parameters;
    out.push(
      `## Queries at ${size.articles} articles`,
      '',
      `Arguments: person \`${p.personId}\` (search text "${p.searchText}"), country \`${p.countryId}\` from ${p.from} to ${p.to}, dyad \`${p.dyadA}\`–\`${p.dyadB}\`.`,
      '',
      sizeTables(size, settings.concurrencies),
      '',
      ...cpuSection(size, comparisonConcurrency(settings.concurrencies)),
      `Same Cypher in the driver form as in the GraphQL request: ${size.equivalence.map((e) => `${e.query} ${mark(e.same)}`).join(', ')}.`,
      '',
      '| query | db hits (PROFILE) | heaviest operators |',
      '|---|--:|---|',
      ...size.cypherProfile.map((q) => `| ${q.query} | ${q.dbHits} | ${q.statements.flatMap((s) => s.topOperators.slice(0, 1)).join('; ')} |`),
      '',
    );
  }
  out.push('## The queries', '', ...QUERY_NAMES.map((q) => `- **${q}**: ${QUERY_TITLES[q]}`), '');
  return out.join('\n');
}
