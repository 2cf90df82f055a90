import type { ManagedTransaction } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database, type Work } from '../../../src/db/database.ts';
import { createDriver } from '../../../src/db/driver.ts';
import type { Article } from '../../../src/domain/article.ts';
import { ingestIntoDatabase } from '../../../src/ingest/ingester.ts';
import { CurationRepository } from '../../../src/repositories/curation-repository.ts';
import { IngestRepository } from '../../../src/repositories/ingest-repository.ts';
import { inject } from 'vitest';
import { openTestDatabase } from '../test-database.ts';
import { asReadResults, countGraph, deleteArticles, makeArticle, rows, type GraphCounts } from './ingest-helpers.ts';

const db = openTestDatabase();
const written = new Set<string>();
let baseline: GraphCounts;

async function ingest(articles: Article[], database: Database = db) {
  for (const article of articles) written.add(article.id);
  return ingestIntoDatabase(database, asReadResults(articles));
}

// Two outlets on the same talks, a day apart in publication, with different spellings of Lavrov's name.
const reuters = makeArticle(
  'GENEVA -- U.S. Secretary of State Antony Blinken met Russian Foreign Minister Sergei Lavrov in Geneva on Friday for talks on Ukraine. "We did not expect a breakthrough in Geneva," Lavrov told reporters.',
  { publishedAt: '2019-03-09', source: 'Reuters', url: 'https://example.test/ingest-lifecycle/reuters' },
);
const ap = makeArticle(
  'Secretary of State Antony Blinken and Russian Foreign Minister Sergey Lavrov held talks in Geneva on Friday. "The talks were useful and frank," Blinken said after the meeting.',
  { publishedAt: '2019-03-08', source: 'AP', url: 'https://example.test/ingest-lifecycle/ap' },
);

beforeAll(async () => {
  baseline = await countGraph(db);
});
afterAll(async () => {
  await deleteArticles(db, written);
  await db.close();
});

async function meetingsOf(articleId: string) {
  return rows<{ id: string; date: string; reports: number; participants: string[] }>(
    db,
    `MATCH (m:Meeting)-[:REPORTED_IN]->(:Article {id: $articleId})
     RETURN DISTINCT m.id AS id, m.date AS date, COUNT { (m)-[:REPORTED_IN]->(:Article) } AS reports,
       COLLECT { MATCH (m)-[:PARTICIPANT]->(p) RETURN DISTINCT p.id ORDER BY p.id } AS participants`,
    { articleId },
  );
}

describe('two reports of the same talks', () => {
  it('give one Meeting reported in both articles, and one Lavrov across spellings', async () => {
    const summary = await ingest([reuters, ap]);
    expect(summary).toMatchObject({ new: 2, failed: [] });
    const fromReuters = await meetingsOf(reuters.id);
    const fromAp = await meetingsOf(ap.id);
    expect(fromReuters).toHaveLength(1);
    expect(fromAp.map((m) => m.id)).toEqual(fromReuters.map((m) => m.id));
    expect(Number(fromReuters[0]?.reports)).toBe(2);
    expect(fromReuters[0]).toMatchObject({ date: '2019-03-08', participants: ['person:antony-blinken', 'person:sergei-lavrov'] });
    const lavrovs = await rows<{ id: string; aliases: string[] }>(db, "MATCH (p:Person) WHERE p.name CONTAINS 'Lavrov' OR 'Lavrov' IN p.aliases RETURN p.id AS id, p.aliases AS aliases");
    expect(lavrovs).toHaveLength(1);
    expect(lavrovs[0]?.aliases).toEqual(expect.arrayContaining(['Lavrov', 'Sergey Lavrov']));
  });

  it('loads nothing new when both are ingested again', async () => {
    const before = await countGraph(db);
    const summary = await ingest([ap, reuters]);
    expect(summary).toMatchObject({ new: 0, unchanged: 2, updated: 0, failed: [] });
    expect(await countGraph(db)).toEqual(before);
  });
});

describe('updating an article by URL', () => {
  it('replaces the facts only the old version supported', async () => {
    const revised = makeArticle(
      'U.S. Secretary of State Antony Blinken met Russian Foreign Minister Sergei Lavrov in Vienna on Friday. "We expect concrete answers," Lavrov told reporters.',
      { publishedAt: '2019-03-09', source: 'Reuters', url: reuters.url },
    );
    const summary = await ingest([revised]);
    expect(summary).toMatchObject({ new: 0, unchanged: 0, updated: 1, failed: [] });
    const articles = await rows<{ id: string }>(db, 'MATCH (a:Article {url: $url}) RETURN a.id AS id', { url: reuters.url });
    expect(articles).toEqual([{ id: revised.id }]);
    // The old quote was in the old version only; the Geneva meeting is still reported by AP, now by it alone.
    const oldQuote = await rows(db, "MATCH (s:Statement) WHERE s.text CONTAINS 'We did not expect a breakthrough in Geneva' RETURN s");
    expect(oldQuote).toEqual([]);
    const geneva = await meetingsOf(ap.id);
    expect(Number(geneva[0]?.reports)).toBe(1);
    const vienna = await meetingsOf(revised.id);
    expect(vienna).toHaveLength(1);
    expect(vienna[0]?.id).not.toBe(geneva[0]?.id);
    const stale = await rows(db, 'MATCH ()-[r]->() WHERE r.articleId = $id RETURN r LIMIT 1', { id: reuters.id });
    expect(stale).toEqual([]);
    // The second Vienna/Geneva meeting of the same parties follows the first.
    const follows = await rows<{ later: string; earlier: string }>(db, 'MATCH (a:Meeting {id: $a})-[:FOLLOWS]-(b:Meeting {id: $b}) RETURN a.id AS later, b.id AS earlier', { a: vienna[0]?.id, b: geneva[0]?.id });
    expect(follows).toHaveLength(1);
  });
});

describe('deleting an article', () => {
  it('removes what only it supported and keeps what another article reports', async () => {
    const repository = new IngestRepository(db);
    const revisedId = (await rows<{ id: string }>(db, 'MATCH (a:Article {url: $url}) RETURN a.id AS id', { url: reuters.url }))[0]?.id ?? '';
    const counts = await repository.deleteArticle(revisedId);
    expect(counts?.nodesDeleted).toBeGreaterThan(0);
    expect(await rows(db, 'MATCH (a:Article {id: $id}) RETURN a', { id: revisedId })).toEqual([]);
    expect(await rows(db, "MATCH (l:Location) WHERE l.name = 'Vienna' AND EXISTS { (:Article {id: $id})-[:MENTIONS]->(l) } RETURN l", { id: revisedId })).toEqual([]);
    expect(await rows(db, "MATCH (s:Statement) WHERE s.text CONTAINS 'We expect concrete answers' RETURN s")).toEqual([]);
    // Shared by AP: Blinken, Lavrov and the Geneva meeting. AP writes only "Sergey Lavrov", so the forms the
    // Reuters versions used ("Lavrov") are no longer aliases.
    const lavrov = await rows<{ name: string; aliases: string[] }>(db, "MATCH (p:Person {id: 'person:sergei-lavrov'}) RETURN p.name AS name, p.aliases AS aliases");
    expect(lavrov[0]).toEqual({ name: 'Sergei Lavrov', aliases: ['Sergey Lavrov'] });
    expect(await meetingsOf(ap.id)).toHaveLength(1);
    expect(await repository.deleteArticle(revisedId)).toBeNull();
  });

  it('keeps an analyst\'s alias when the mutation deletes an article, and takes back the forms only that article used', async () => {
    const tass = makeArticle('MOSCOW -- Russian Foreign Minister Sergei Lavrov said on Monday that the Geneva talks had been useful. Lavrov spoke to reporters.', {
      publishedAt: '2019-03-11',
      source: 'TASS',
      url: 'https://example.test/ingest-lifecycle/tass',
    });
    await ingest([tass]);
    const curation = new CurationRepository(db);
    await curation.addAlias('person:sergei-lavrov', 'Sergej Lawrow');
    const aliases = async () => (await rows<{ aliases: string[] }>(db, "MATCH (p:Person {id: 'person:sergei-lavrov'}) RETURN p.aliases AS aliases"))[0]?.aliases;
    expect(await aliases()).toEqual(expect.arrayContaining(['Lavrov', 'Sergej Lawrow', 'Sergey Lavrov']));
    expect(await curation.deleteArticle(tass.id)).toBe(true);
    // "Lavrov" was TASS's form alone; the analyst's alias stays.
    expect(await aliases()).toEqual(['Sergej Lawrow', 'Sergey Lavrov']);
    expect(await curation.deleteArticle(tass.id)).toBe(false);
  });

  it('leaves the graph as it was before the tests once every article is deleted', async () => {
    await deleteArticles(db, written);
    expect(await countGraph(db)).toEqual(baseline);
  });
});

/** A database whose write transactions fail at their n-th statement, as a crash mid-article would. */
class FailingDatabase extends Database {
  constructor(private readonly failAt: number) {
    const connection = inject('neo4j');
    super(createDriver(connection), { database: connection.database, readTimeoutMs: 30_000 });
  }

  override write<T>(work: Work<T>, timeoutMs?: number): Promise<T> {
    let statements = 0;
    return super.write((tx) => {
      const failing = new Proxy(tx, {
        get: (target, property, receiver) =>
          property === 'run'
            ? (query: string, params?: Record<string, unknown>) => {
                statements += 1;
                if (statements === this.failAt) throw new Error(`injected failure at statement ${statements}`);
                return target.run(query, params);
              }
            : (Reflect.get(target, property, receiver) as unknown),
      }) as ManagedTransaction;
      return work(failing);
    }, timeoutMs);
  }
}

describe('a transaction that fails mid-article', () => {
  it('leaves nothing of that article, and reports it as failed', async () => {
    const before = await countGraph(db);
    // The second statement of the load: the first, which MERGEs all nodes and relationships, has run.
    const failing = new FailingDatabase(2);
    try {
      const summary = await ingest([reuters], failing);
      expect(summary.new).toBe(0);
      expect(summary.failed).toHaveLength(1);
      expect(summary.failed[0]?.reason).toContain('injected failure');
    } finally {
      await failing.close();
    }
    expect(await countGraph(db)).toEqual(before);
    expect(await rows(db, 'MATCH (a:Article {id: $id}) RETURN a', { id: reuters.id })).toEqual([]);
  });
});

describe('two ingests of overlapping inputs at the same time', () => {
  it('both succeed and no key appears on two nodes', async () => {
    const places = ['Geneva', 'Vienna', 'Helsinki', 'Paris', 'Berlin', 'Rome'];
    const articles = places.map((place, index) =>
      makeArticle(
        `Russian Foreign Minister Sergey Lavrov met Chinese Foreign Minister Wang Yi in ${place} on Tuesday. "We discussed ${place}," Wang said. NATO and the United Nations were not invited.`,
        { publishedAt: `2018-0${index + 1}-14`, source: 'Xinhua', url: `https://example.test/ingest-concurrency/${index}` },
      ),
    );
    const other = new Database(createDriver(inject('neo4j')), { database: inject('neo4j').database, readTimeoutMs: 30_000 });
    try {
      const [first, second] = await Promise.all([ingest(articles.slice(0, 4)), ingest(articles.slice(2), other)]);
      expect(first.failed).toEqual([]);
      expect(second.failed).toEqual([]);
      expect(first.new + first.unchanged + second.new + second.unchanged).toBe(8);
    } finally {
      await other.close();
    }
    const duplicates = await rows(db, 'MATCH (n) WITH labels(n) AS labels, n.id AS id, count(*) AS copies WHERE id IS NOT NULL AND copies > 1 RETURN labels, id, copies');
    expect(duplicates).toEqual([]);
    const meetings = await rows(db, "MATCH (m:Meeting)-[:PARTICIPANT]->(:Person {id: 'person:wang-yi'}) RETURN DISTINCT m.id");
    expect(meetings).toHaveLength(6);
    const chain = await rows(db, "MATCH (m:Meeting)-[:PARTICIPANT]->(:Person {id: 'person:wang-yi'}) MATCH (m)-[:FOLLOWS]->(p) RETURN m.date AS date, p.date AS previous ORDER BY date");
    expect(chain).toHaveLength(5);
  });
});
