import { afterAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../src/domain/article.ts';
import { ingestIntoDatabase } from '../../../src/ingest/ingester.ts';
import { CurationRepository } from '../../../src/repositories/curation-repository.ts';
import { openTestDatabase } from '../test-database.ts';
import { asReadResults, deleteArticles, makeArticle, rows } from './ingest-helpers.ts';

const db = openTestDatabase();
const written = new Set<string>();

afterAll(async () => {
  await deleteArticles(db, written);
  await db.close();
});

async function ingest(articles: Article[]) {
  for (const article of articles) written.add(article.id);
  return ingestIntoDatabase(db, asReadResults(articles));
}

// Three rounds of talks between two countries no other test uses, each reported by its own article.
const rounds = ['2011-03-07', '2011-03-14', '2011-03-21'].map((day, index) =>
  makeArticle(
    `Icelandic Foreign Minister Ossur Skarphedinsson met Maltese Foreign Minister Tonio Borg in ${['Reykjavik', 'Valletta', 'Geneva'][index]} on Monday for talks on fisheries. "The talks went well," Skarphedinsson said after the meeting.`,
    { publishedAt: day, source: 'Reuters', url: `https://example.test/follows-on-delete/${index}` },
  ),
);

async function chain(): Promise<{ date: string; previous: string | null }[]> {
  return rows(
    db,
    `MATCH (m:Meeting)-[:PARTICIPANT]->(:Person {id: 'person:tonio-borg'})
     OPTIONAL MATCH (m)-[:FOLLOWS]->(p:Meeting)
     RETURN m.date AS date, p.date AS previous ORDER BY date`,
  );
}

describe('deleting an article through the curation API', () => {
  it('leaves the next meeting of the same parties following the one before the meeting that went', async () => {
    const summary = await ingest(rounds);
    expect(summary.new).toBe(3);
    expect(await chain()).toEqual([
      { date: '2011-03-07', previous: null },
      { date: '2011-03-14', previous: '2011-03-07' },
      { date: '2011-03-21', previous: '2011-03-14' },
    ]);

    expect(await new CurationRepository(db).deleteArticle(rounds[1]?.id ?? '')).toBe(true);
    expect(await chain()).toEqual([
      { date: '2011-03-07', previous: null },
      { date: '2011-03-21', previous: '2011-03-07' },
    ]);
  });
});
