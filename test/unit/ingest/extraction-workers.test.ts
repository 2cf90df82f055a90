import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../src/domain/article.ts';
import { extractArticle, readArticleFile } from '../../../src/extract/index.ts';
import { ExtractionWorkers } from '../../../src/ingest/extraction-workers.ts';

const seedPath = (name: string) => fileURLToPath(new URL(`../../../seed/articles/${name}`, import.meta.url));

describe('ExtractionWorkers', () => {
  let workers: ExtractionWorkers;
  let articles: Article[];

  beforeAll(async () => {
    workers = new ExtractionWorkers(2);
    articles = [
      ...(await readArticleFile(seedPath('000_5dc1a6d449b2344d.txt'))),
      ...(await readArticleFile(seedPath('050_anwar-jokowi-bogor.txt'))),
    ];
  });
  afterAll(() => workers.close());

  it('gives each article the extraction it gets on the calling thread', async () => {
    const onWorkers = await Promise.all(articles.map((article) => workers.extract(article)));
    expect(onWorkers).toEqual(articles.map((article) => extractArticle(article)));
    // Blinken and Lavrov in Geneva, from the seed article: the copy between threads keeps the facts.
    expect(onWorkers[0]?.meetings[0]?.location).toBe('Geneva');
    // Two worker threads load the extractor first: seconds on a busy machine.
  }, 30_000);

  it('rejects an article extraction fails on, and goes on with the next', async () => {
    const broken = { ...articles[0], body: null } as unknown as Article;
    await expect(workers.extract(broken)).rejects.toThrow(/expecting a valid JavaScript string/i);
    await expect(workers.extract(articles[1] as Article)).resolves.toEqual(extractArticle(articles[1] as Article));
  });
});
