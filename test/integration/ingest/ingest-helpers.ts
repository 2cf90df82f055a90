/** Shared by the ingest integration tests: ingest files or in-memory articles, count, and clean up. */
import neo4j from 'neo4j-driver';
import type { Database } from '../../../src/db/database.ts';
import type { Article } from '../../../src/domain/article.ts';
import { articleId } from '../../../src/domain/article-id.ts';
import type { ReadResult } from '../../../src/extract/index.ts';
import { expandInputs, readInputs } from '../../../src/ingest/input-sources.ts';
import { ingestIntoDatabase } from '../../../src/ingest/ingester.ts';
import type { IngestSummary } from '../../../src/ingest/ingest-summary.ts';
import { IngestRepository } from '../../../src/repositories/ingest-repository.ts';

export async function ingestPaths(db: Database, paths: string[]): Promise<IngestSummary> {
  return ingestIntoDatabase(db, readInputs(await expandInputs(paths), { maxBytes: 5_000_000 }));
}

export async function* asReadResults(articles: Article[]): AsyncGenerator<ReadResult> {
  for (const article of articles) yield { ok: true, article };
}

export function makeArticle(body: string, fields: Partial<Article> = {}): Article {
  const url = fields.url ?? null;
  return { id: articleId(body, url), title: 'test', publishedAt: '2022-01-21', source: null, url, authors: [], photographers: [], body, origin: 'test', ...fields };
}

export interface GraphCounts {
  nodes: number;
  relationships: number;
}

export async function countGraph(db: Database): Promise<GraphCounts> {
  return db.read(async (tx) => {
    const nodes = await tx.run('MATCH (n) RETURN count(n) AS c');
    const relationships = await tx.run('MATCH ()-[r]->() RETURN count(r) AS c');
    return { nodes: neo4j.integer.toNumber(nodes.records[0]?.get('c')), relationships: neo4j.integer.toNumber(relationships.records[0]?.get('c')) };
  });
}

/** Deletes what the given articles wrote (and only that: facts other articles support stay). */
export async function deleteArticles(db: Database, ids: Iterable<string>): Promise<void> {
  const repository = new IngestRepository(db);
  for (const id of ids) await repository.deleteArticle(id);
}

/** Ids of every article whose body mentions one of the given markers, to clean up after a test. */
export async function articleIdsByUrlPrefix(db: Database, prefix: string): Promise<string[]> {
  return db.read(async (tx) => {
    const result = await tx.run('MATCH (a:Article) WHERE a.url STARTS WITH $prefix RETURN a.id AS id', { prefix });
    return result.records.map((r) => r.get('id') as string);
  });
}

export async function rows<T>(db: Database, query: string, params: Record<string, unknown> = {}): Promise<T[]> {
  return db.read(async (tx) => (await tx.run(query, params)).records.map((r) => r.toObject() as T));
}
