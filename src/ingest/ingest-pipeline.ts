/**
 * The ingest pipeline: read results in, articles in the graph out. Articles go in batches: one read decides
 * which are new, unchanged (same id and extractor version: only `lastSeenAt` moves) or updated (same URL with
 * new text, or a new extractor version), the rest are extracted, resolved and loaded in one write
 * transaction. A batch the database refuses is retried article by article, so one bad article fails alone
 * and the others still load. Loading batch n overlaps extracting and resolving batch n+1: extraction runs
 * on worker threads when the caller gives some, else it yields to the event loop between articles so that
 * the load's round trips are not held up behind it.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Article } from '../domain/article.ts';
import { DiplographError, ErrorCode } from '../domain/errors.ts';
import type { Extraction } from '../domain/extraction.ts';
import type { ReadResult } from '../extract/read/jsonl.ts';
import type { IngestRepository } from '../repositories/ingest-repository.ts';
import { addCounts } from '../repositories/write-counts.ts';
import type { ArticleResolver } from './article-resolver.ts';
import type { ArticleGraph } from '../domain/article-graph.ts';
import { articlesDone, emptySummary, type IngestSummary } from './ingest-summary.ts';
import { withConstraintRetry } from './constraint-retry.ts';

/** The extract stage over a batch: each article's extraction, or the error that stopped it, in input order. */
export type BatchExtractor = (articles: readonly Article[]) => Promise<(Extraction | Error)[]>;

export interface IngestDependencies {
  repository: IngestRepository;
  resolver: ArticleResolver;
  extract: BatchExtractor;
}

/** The extract stage on this thread, one article per turn of the event loop. */
export function extractInTurns(extract: (article: Article) => Extraction): BatchExtractor {
  return async (articles) => {
    const results: (Extraction | Error)[] = [];
    for (const article of articles) {
      // Between articles the event loop answers the load of the batch before, so its statements and
      // commit go on while this batch is extracted instead of after it.
      await nextTurn();
      try {
        results.push(extract(article));
      } catch (error) {
        results.push(error instanceof Error ? error : new Error(String(error)));
      }
    }
    return results;
  };
}

/** The extract stage on other threads: every article of the batch is handed out at once. */
export function extractInParallel(extract: (article: Article) => Promise<Extraction>): BatchExtractor {
  return (articles) => Promise.all(articles.map((article) => extract(article).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))))));
}

export interface IngestOptions {
  /** Articles per write transaction. */
  batchSize?: number;
  /** The clock for `ingestedAt` and `lastSeenAt`. */
  now?: () => string;
  /** Called after every batch with the running summary. */
  onProgress?: (summary: IngestSummary) => void;
  /** Sees every batch of resolved graphs before it is loaded (the bench keeps them). */
  onResolved?: (graphs: readonly ArticleGraph[]) => void;
}

interface PlannedLoad {
  graphs: ArticleGraph[];
  origins: Map<string, Article>;
  /** Ids of stored articles each graph replaces. */
  replaces: Map<string, string[]>;
  updated: Set<string>;
}

export async function ingestArticles(input: AsyncIterable<ReadResult>, deps: IngestDependencies, options: IngestOptions = {}): Promise<IngestSummary> {
  const batchSize = options.batchSize ?? 100;
  const now = options.now ?? (() => new Date().toISOString());
  const summary = emptySummary();
  const seen = new Set<string>();
  let loading: Promise<void> = Promise.resolve();

  const fail = (article: Article | null, origin: string, line: number | null, error: unknown) => {
    const reason = error instanceof DiplographError ? error.message.replace(`${origin}: `, '') : error instanceof Error ? error.message : String(error);
    summary.failed.push({ origin: article?.origin ?? origin, line, reason });
  };

  const planBatch = async (batch: Article[]): Promise<PlannedLoad | null> => {
    const fresh: Article[] = [];
    const touched: string[] = [];
    for (const article of batch) {
      if (seen.has(article.id)) {
        summary.unchanged += 1;
        continue;
      }
      seen.add(article.id);
      fresh.push(article);
    }
    const urls = fresh.flatMap((a) => (a.url ? [a.url] : []));
    const stored = await deps.repository.findArticles(fresh.map((a) => a.id), urls);
    const toLoad: { article: Article; extraction: Extraction; replaces: string[] }[] = [];
    const extractions = await deps.extract(fresh);
    for (const [index, article] of fresh.entries()) {
      const extraction = extractions[index];
      if (extraction === undefined || extraction instanceof Error) {
        fail(article, article.origin, null, extraction ?? new Error('no extraction came back'));
        continue;
      }
      const same = stored.find((s) => s.id === article.id);
      if (same && same.extractorVersion === extraction.extractorVersion) {
        summary.unchanged += 1;
        touched.push(article.id);
        continue;
      }
      // The same URL under another id is an earlier version of this article: its facts are replaced.
      const replaces = stored.filter((s) => s.id === article.id || (article.url !== null && s.url === article.url)).map((s) => s.id);
      toLoad.push({ article, extraction, replaces });
    }
    if (touched.length > 0) await deps.repository.touchArticles(touched, now());
    if (toLoad.length === 0) return null;
    const resolved = await deps.resolver.resolve(toLoad);
    const plan: PlannedLoad = { graphs: [], origins: new Map(), replaces: new Map(), updated: new Set() };
    resolved.forEach((result, index) => {
      const item = toLoad[index];
      if (!item) return;
      if (!result.ok) {
        fail(item.article, item.article.origin, null, result.error);
        return;
      }
      plan.graphs.push(result.graph);
      plan.origins.set(result.graph.article.id, item.article);
      plan.replaces.set(result.graph.article.id, item.replaces);
      if (item.replaces.length > 0) plan.updated.add(result.graph.article.id);
    });
    options.onResolved?.(plan.graphs);
    return plan;
  };

  const load = async (plan: PlannedLoad): Promise<void> => {
    const count = (graph: ArticleGraph) => {
      if (plan.updated.has(graph.article.id)) summary.updated += 1;
      else summary.new += 1;
    };
    const stamp = now();
    try {
      const replaces = [...new Set([...plan.replaces.values()].flat())];
      summary.writes = addCounts(summary.writes, await withConstraintRetry(() => deps.repository.loadArticles(plan.graphs, replaces, stamp)));
      plan.graphs.forEach(count);
    } catch (batchError) {
      // With the database gone every article would fail the same way, each after its own retries: stop the run.
      if (batchError instanceof DiplographError && batchError.code === ErrorCode.DATABASE_UNAVAILABLE) throw batchError;
      // One article made the batch fail; alone, each either loads or fails with its own reason.
      for (const graph of plan.graphs) {
        try {
          const writes = await withConstraintRetry(() => deps.repository.loadArticles([graph], plan.replaces.get(graph.article.id) ?? [], stamp));
          summary.writes = addCounts(summary.writes, writes);
          count(graph);
        } catch (error) {
          const article = plan.origins.get(graph.article.id) ?? null;
          fail(article, article?.origin ?? graph.article.id, null, error);
        }
      }
    }
  };

  const flush = async (batch: Article[]) => {
    const plan = await planBatch(batch);
    await loading;
    options.onProgress?.(summary);
    if (plan) {
      loading = load(plan);
      // Handled where it is awaited (next batch or the end); this keeps a failure meanwhile from counting as unhandled.
      loading.catch(() => undefined);
    }
  };

  let batch: Article[] = [];
  for await (const result of input) {
    if (!result.ok) {
      // Read errors say "where: why"; the summary keeps the two apart.
      const [where = 'input', ...why] = result.error.message.split(': ');
      summary.failed.push({ origin: where, line: result.line ?? null, reason: why.join(': ') || result.error.message });
      continue;
    }
    batch.push(result.article);
    if (batch.length >= batchSize) {
      await flush(batch);
      batch = [];
    }
  }
  if (batch.length > 0) await flush(batch);
  await loading;
  options.onProgress?.(summary);
  return summary;
}

export { articlesDone };
