/**
 * The per-day dyad counts every write keeps (repositories/dyad-counts.ts), read through
 * AnalyticsRepository.dyad: loads of hand-made article graphs, a person's role added later, a deleted
 * article, two countries merged. Country ids are this file's own, so other test files never add to them.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { ArticleGraph } from '../../../src/domain/article-graph.ts';
import { AnalyticsRepository } from '../../../src/repositories/analytics-repository.ts';
import { CurationRepository } from '../../../src/repositories/curation-repository.ts';
import { IngestRepository } from '../../../src/repositories/ingest-repository.ts';
import { openTestDatabase } from '../test-database.ts';
import { factArticle as article } from './fact-graphs.ts';
import { rows } from './ingest-helpers.ts';

const db = openTestDatabase();
const ingest = new IngestRepository(db);
const analytics = new AnalyticsRepository(db);
const written = new Set<string>();

const X = 'country:XA-dyad-test';
const Y = 'country:YB-dyad-test';
const Z = 'country:ZC-dyad-test';
const P = 'person:dyad-test-pia';
const Q = 'person:dyad-test-quinn';
const R = 'person:dyad-test-rosa';

async function load(...graphs: ArticleGraph[]): Promise<void> {
  for (const graph of graphs) written.add(graph.article.id);
  await ingest.loadArticles(graphs, [], '2019-03-08T00:00:00Z');
}

async function series(a: string, b: string) {
  return (await analytics.dyad(a, b, { from: null, to: null }, 7)).buckets;
}

afterAll(async () => {
  for (const id of written) await ingest.deleteArticle(id);
  await db.close();
});

describe('the dyad counts kept by every write', () => {
  it('count a meeting of both countries and a statement by one side about the other, on their day', async () => {
    await load(
      article('dyad-test-1', [
        { role: P, of: X },
        { role: Q, of: Y },
        { meeting: 'meeting:dyad-test-1', date: '2019-03-08', countries: [X, Y], participants: [P, Q] },
        // P (for X) about Y: counts. Q (for Y) about Y: a country speaking of itself is no dyad.
        { statement: 'statement:dyad-test-p-on-y', date: '2019-03-08', by: P, about: [Y] },
        { statement: 'statement:dyad-test-q-on-y', date: '2019-03-08', by: Q, about: [Y] },
        // Undated: counts for no period.
        { meeting: 'meeting:dyad-test-undated', date: null, countries: [X, Y], participants: [] },
      ]),
    );
    expect(await series(X, Y)).toEqual([{ period: '2019-03', meetings: 1, statements: 1 }]);
    expect(await series(Y, X)).toEqual([{ period: '2019-03', meetings: 1, statements: 1 }]);
    expect(await series(X, Z)).toEqual([]);
  });

  it('count a meeting two articles report once, and a statement said at it by its day', async () => {
    await load(
      article('dyad-test-2', [
        { meeting: 'meeting:dyad-test-1', date: '2019-03-08', countries: [X, Y], participants: [P, Q] },
        // Said at the X–Y meeting, about nothing: a statement of the dyad.
        { statement: 'statement:dyad-test-at', date: '2019-04-02', by: Q, at: 'meeting:dyad-test-1' },
      ]),
    );
    expect(await series(X, Y)).toEqual([
      { period: '2019-03', meetings: 1, statements: 1 },
      { period: '2019-04', meetings: 0, statements: 1 },
    ]);
    expect((await analytics.dyad(X, Y, { from: '2019-04-01', to: '2019-12-31' }, 4)).buckets).toEqual([{ period: '2019', meetings: 0, statements: 1 }]);
  });

  it('count a statement again when its speaker is later reported in a role for one side', async () => {
    await load(article('dyad-test-3', [{ statement: 'statement:dyad-test-r-on-x', date: '2019-05-01', by: R, about: [X] }]));
    expect((await series(X, Y)).map((b) => b.period)).toEqual(['2019-03', '2019-04']);
    await load(article('dyad-test-4', [{ role: R, of: Y }]));
    expect(await series(X, Y)).toContainEqual({ period: '2019-05', meetings: 0, statements: 1 });
  });

  it('take back what a deleted article alone reported', async () => {
    await ingest.deleteArticle('dyad-test-2');
    written.delete('dyad-test-2');
    // The meeting stays (article 1 reports it); the statement said at it is gone.
    expect(await series(X, Y)).toEqual([
      { period: '2019-03', meetings: 1, statements: 1 },
      { period: '2019-05', meetings: 0, statements: 1 },
    ]);
    await ingest.deleteArticle('dyad-test-4');
    written.delete('dyad-test-4');
    // Without the role, R speaks for no side.
    expect((await series(X, Y)).map((b) => b.period)).toEqual(['2019-03']);
  });

  it('move the counts of a country merged into another', async () => {
    await load(article('dyad-test-5', [{ meeting: 'meeting:dyad-test-5', date: '2019-06-01', countries: [X, Z], participants: [] }]));
    expect(await series(X, Z)).toEqual([{ period: '2019-06', meetings: 1, statements: 0 }]);
    const outcome = await new CurationRepository(db).mergeEntities(Y, Z);
    expect(outcome.status).toBe('merged');
    expect(await series(X, Y)).toEqual([
      { period: '2019-03', meetings: 1, statements: 1 },
      { period: '2019-06', meetings: 1, statements: 0 },
    ]);
    expect(await analytics.dyad(X, Z, { from: null, to: null }, 7)).toMatchObject({ b: null, buckets: [] });
  });

  it('leave no counts behind once every article is deleted', async () => {
    for (const id of written) await ingest.deleteArticle(id);
    written.clear();
    const left = await rows<{ key: string }>(db, 'MATCH (d:DyadDay) WHERE d.key CONTAINS $marker RETURN d.key AS key', { marker: 'dyad-test' });
    expect(left).toEqual([]);
  });
});
