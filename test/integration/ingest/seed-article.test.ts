import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/config.ts';
import { readArticleFile } from '../../../src/extract/index.ts';
import { openTestDatabase } from '../test-database.ts';
import { countGraph, deleteArticles, ingestPaths, rows } from './ingest-helpers.ts';

const db = openTestDatabase();
const seedFile = path.join(projectRoot, 'seed', 'articles', '000_5dc1a6d449b2344d.txt');
let articleId: string;

beforeAll(async () => {
  const [article] = await readArticleFile(seedFile);
  if (!article) throw new Error('the seed article did not read');
  articleId = article.id;
  await deleteArticles(db, [articleId]);
});
afterAll(async () => {
  await deleteArticles(db, [articleId]);
  await db.close();
});

describe('ingesting the Blinken–Lavrov seed article', () => {
  it('loads one new article', async () => {
    const summary = await ingestPaths(db, [seedFile]);
    expect(summary.failed).toEqual([]);
    expect(summary.new).toBe(1);
    expect(summary.writes.nodesCreated).toBeGreaterThan(5);
  });

  it('gives Blinken and Lavrov as participants of one meeting in Geneva on 2022-01-21 involving the US and Russia', async () => {
    const meetings = await rows<{ id: string; date: string; participants: string[]; countries: string[]; places: string[]; placeCountry: string[] }>(
      db,
      `MATCH (m:Meeting)-[:REPORTED_IN]->(:Article {id: $articleId})
       RETURN m.id AS id, m.date AS date,
         COLLECT { MATCH (m)-[:PARTICIPANT]->(p:Person) RETURN DISTINCT p.name ORDER BY p.name } AS participants,
         COLLECT { MATCH (m)-[:INVOLVES]->(c:Country) RETURN DISTINCT c.id ORDER BY c.id } AS countries,
         COLLECT { MATCH (m)-[:HELD_IN]->(l:Location) RETURN DISTINCT l.name } AS places,
         COLLECT { MATCH (m)-[:HELD_IN]->(:Location)-[:IN_COUNTRY]->(c:Country) RETURN DISTINCT c.name } AS placeCountry`,
      { articleId },
    );
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({
      date: '2022-01-21',
      participants: ['Antony Blinken', 'Sergey Lavrov'],
      countries: ['country:RU', 'country:US'],
      places: ['Geneva'],
      placeCountry: ['Switzerland'],
    });
  });

  it("attributes Lavrov's quote to Lavrov, via The New York Times, with its evidence", async () => {
    const statements = await rows<{ text: string; via: string[]; sentence: number; start: number; end: number }>(
      db,
      `MATCH (s:Statement)-[said:SAID_BY]->(:Person {id: 'person:sergey-lavrov'})
       WHERE s.text STARTS WITH 'We do not expect a breakthrough' AND said.articleId = $articleId
       RETURN s.text AS text, said.sentence AS sentence, said.start AS start, said.end AS end,
         COLLECT { MATCH (s)-[:VIA]->(o:Organization) RETURN o.name } AS via`,
      { articleId },
    );
    expect(statements).toHaveLength(1);
    expect(statements[0]?.via).toEqual(['The New York Times']);
    const body = (await rows<{ text: string }>(db, 'MATCH (a:Article {id: $articleId}) RETURN a.text AS text', { articleId }))[0]?.text ?? '';
    const span = body.slice(Number(statements[0]?.start), Number(statements[0]?.end));
    expect(span).toContain('We do not expect a breakthrough');
  });

  it('stores the roles, the author and the source', async () => {
    const roles = await rows<{ person: string; title: string; target: string }>(
      db,
      `MATCH (p:Person)-[r:HOLDS_ROLE {articleId: $articleId}]->(t) RETURN p.name AS person, r.title AS title, t.name AS target ORDER BY person`,
      { articleId },
    );
    expect(roles).toEqual([
      { person: 'Antony Blinken', title: 'Secretary of State', target: 'United States' },
      { person: 'Sergey Lavrov', title: 'Foreign Minister', target: 'Russia' },
    ]);
    const article = await rows<{ authors: string[]; writers: string[]; publisher: string[] }>(
      db,
      `MATCH (a:Article {id: $articleId}) RETURN a.authors AS authors,
         COLLECT { MATCH (a)-[:WRITTEN_BY]->(p) RETURN p.name } AS writers,
         COLLECT { MATCH (a)-[:PUBLISHED_BY]->(o) RETURN o.name } AS publisher`,
      { articleId },
    );
    expect(article[0]).toEqual({ authors: ['Clyde Hughes'], writers: ['Clyde Hughes'], publisher: ['UPI'] });
  });

  it('puts evidence on every relationship the article made', async () => {
    const missing = await rows<{ type: string }>(
      db,
      `MATCH (a:Article {id: $articleId})-[:MENTIONS]->(e) MATCH (e)-[r]-() WHERE type(r) <> 'FOLLOWS'
         AND r.articleId = $articleId AND (r.sentence IS NULL OR r.start IS NULL OR r.end IS NULL)
       RETURN DISTINCT type(r) AS type`,
      { articleId },
    );
    expect(missing).toEqual([]);
  });

  it('changes nothing when ingested again, apart from lastSeenAt', async () => {
    const before = await countGraph(db);
    const [{ seen: seenBefore, ingested }] = await rows<{ seen: string; ingested: string }>(db, 'MATCH (a:Article {id: $articleId}) RETURN a.lastSeenAt AS seen, a.ingestedAt AS ingested', { articleId }) as [{ seen: string; ingested: string }];
    const summary = await ingestPaths(db, [seedFile]);
    expect(summary).toMatchObject({ new: 0, unchanged: 1, updated: 0, failed: [] });
    expect(summary.writes.nodesCreated + summary.writes.relationshipsCreated).toBe(0);
    expect(await countGraph(db)).toEqual(before);
    const [after] = await rows<{ seen: string; ingested: string }>(db, 'MATCH (a:Article {id: $articleId}) RETURN a.lastSeenAt AS seen, a.ingestedAt AS ingested', { articleId });
    expect(after?.ingested).toBe(ingested);
    expect((after?.seen ?? '') >= seenBefore).toBe(true);
  });
});
