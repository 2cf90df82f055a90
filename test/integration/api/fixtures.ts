/**
 * A small graph shaped exactly like the ingest's output for seed article 000 (Blinken and Lavrov in
 * Geneva on 2022-01-21), written with parameterised Cypher. Every id starts with the caller's prefix,
 * so test files running against the same database never touch each other's nodes.
 */
import type { Database } from '../../../src/db/database.ts';
import { DyadCountRepository } from '../../../src/repositories/dyad-counts.ts';

export const SEED_TEXT = [
  'Jan. 21 (UPI) -- Secretary of State Antony Blinken and Russian Foreign Minister Sergey Lavrov both said Friday they did not expect a breakthrough during their talks in Geneva but agreed they wanted discussions to happen and continue.',
  'Russia has demanded a guarantee that Ukraine never join NATO, something Blinken and allies have called a "non-starter" in negotiations.',
  '"We do not expect a breakthrough at these negotiations either," Lavrov said before talks started, according to The New York Times.',
  'On Wednesday, President Joe Biden sparked controversy among allies by suggesting there could be disagreement among NATO and Ukraine on how to respond to a "minor incursion" by Russia.',
].join('\n\n');

export interface FixtureIds {
  article: string;
  blinken: string;
  lavrov: string;
  biden: string;
  us: string;
  ru: string;
  ua: string;
  ch: string;
  nato: string;
  nyt: string;
  geneva: string;
  meeting: string;
  statement: string;
}

export function fixtureIds(prefix: string): FixtureIds {
  return {
    article: `${prefix}article-000`,
    blinken: `${prefix}person:antony-blinken`,
    lavrov: `${prefix}person:sergey-lavrov`,
    biden: `${prefix}person:joe-biden`,
    us: `${prefix}country:US`,
    ru: `${prefix}country:RU`,
    ua: `${prefix}country:UA`,
    ch: `${prefix}country:CH`,
    nato: `${prefix}org:nato`,
    nyt: `${prefix}org:the-new-york-times`,
    geneva: `${prefix}location:geneva-ch`,
    meeting: `${prefix}meeting:geneva-2022-01-21`,
    statement: `${prefix}statement:lavrov-breakthrough`,
  };
}

/** Evidence properties for the sentence containing `needle`: its index and span in SEED_TEXT. */
export function evidenceOf(articleId: string, needle: string): { articleId: string; sentence: number; start: number; end: number } {
  const sentences = SEED_TEXT.split('\n\n');
  let start = 0;
  for (const [index, sentence] of sentences.entries()) {
    if (sentence.includes(needle)) return { articleId, sentence: index, start, end: start + sentence.length };
    start += sentence.length + 2;
  }
  throw new Error(`no sentence of the fixture text contains ${JSON.stringify(needle)}`);
}

export async function loadSeedFixture(db: Database, prefix: string): Promise<FixtureIds> {
  const ids = fixtureIds(prefix);
  const ev = (needle: string) => evidenceOf(ids.article, needle);
  await db.write(async (tx) => {
    await tx.run(
      `CREATE (a:Article {id: $ids.article, url: null, title: 'United States, Russia meet again over Ukraine with slim hopes for a breakthrough',
                          publishedAt: '2022-01-21', source: 'UPI', extractorVersion: 'test', ingestedAt: datetime('2022-01-22T00:00:00Z'),
                          lastSeenAt: datetime('2022-01-22T00:00:00Z'), text: $text, authors: ['Clyde Hughes']})
       CREATE (blinken:Person {id: $ids.blinken, name: 'Antony Blinken', aliases: ['Blinken']})
       CREATE (lavrov:Person {id: $ids.lavrov, name: 'Sergey Lavrov', aliases: ['Lavrov', 'Sergei Lavrov']})
       CREATE (biden:Person {id: $ids.biden, name: 'Joe Biden', aliases: ['Biden']})
       CREATE (us:Country {id: $ids.us, iso2: 'US', iso3: 'USA', name: 'United States', demonyms: ['American'], aliases: ['US']})
       CREATE (ru:Country {id: $ids.ru, iso2: 'RU', iso3: 'RUS', name: 'Russia', demonyms: ['Russian'], aliases: ['Russian Federation']})
       CREATE (ua:Country {id: $ids.ua, iso2: 'UA', iso3: 'UKR', name: 'Ukraine', demonyms: ['Ukrainian'], aliases: []})
       CREATE (ch:Country {id: $ids.ch, iso2: 'CH', iso3: 'CHE', name: 'Switzerland', demonyms: ['Swiss'], aliases: []})
       CREATE (nato:Organization {id: $ids.nato, name: 'NATO', aliases: ['North Atlantic Treaty Organization'], kind: 'intergovernmental'})
       CREATE (nyt:Organization {id: $ids.nyt, name: 'The New York Times', aliases: [], kind: 'media'})
       CREATE (geneva:Location {id: $ids.geneva, name: 'Geneva', kind: 'city', aliases: []})
       CREATE (m:Meeting {id: $ids.meeting, date: '2022-01-21', kind: 'bilateral talks', plover: 'CONSULT', cameo: '040', planned: false})
       CREATE (s:Statement {id: $ids.statement, text: 'We do not expect a breakthrough at these negotiations either', kind: 'direct', date: '2022-01-21'})
       CREATE (geneva)-[:IN_COUNTRY $evGeneva]->(ch)
       CREATE (blinken)-[:HOLDS_ROLE $evBlinkenRole]->(us)
       CREATE (lavrov)-[:HOLDS_ROLE $evLavrovRole]->(ru)
       CREATE (biden)-[:HOLDS_ROLE $evBidenRole]->(us)
       CREATE (m)-[:PARTICIPANT $evMeeting]->(blinken)
       CREATE (m)-[:PARTICIPANT $evMeeting]->(lavrov)
       CREATE (m)-[:INVOLVES $evMeeting]->(us)
       CREATE (m)-[:INVOLVES $evMeeting]->(ru)
       CREATE (m)-[:HELD_IN $evMeeting]->(geneva)
       CREATE (m)-[:REPORTED_IN $evMeeting]->(a)
       CREATE (s)-[:SAID_BY $evQuote]->(lavrov)
       CREATE (s)-[:VIA $evQuote]->(nyt)
       CREATE (s)-[:AT $evQuote]->(m)
       CREATE (s)-[:ABOUT $evQuote]->(ua)
       CREATE (s)-[:REPORTED_IN $evQuote]->(a)
       CREATE (a)-[:PUBLISHED_BY]->(:Organization {id: $ids.article + '-org:upi', name: 'UPI', aliases: [], kind: 'media'})
       WITH a, blinken, lavrov, biden, us, ru, ua, nato, geneva
       UNWIND [[blinken, 3], [lavrov, 2], [biden, 1], [us, 1], [ru, 3], [ua, 2], [nato, 2], [geneva, 1]] AS mention
       WITH a, mention[0] AS entity, mention[1] AS count
       CREATE (a)-[:MENTIONS {count: count}]->(entity)`,
      {
        ids,
        text: SEED_TEXT,
        evGeneva: ev('talks in Geneva'),
        evBlinkenRole: { ...ev('Secretary of State Antony Blinken'), title: 'Secretary of State', asOf: '2022-01-21' },
        evLavrovRole: { ...ev('Russian Foreign Minister Sergey Lavrov'), title: 'Foreign Minister', asOf: '2022-01-21' },
        evBidenRole: { ...ev('President Joe Biden'), title: 'President', asOf: '2022-01-21' },
        evMeeting: ev('talks in Geneva'),
        evQuote: ev('We do not expect a breakthrough'),
      },
    );
  });
  // Written by hand rather than ingested: the dyad counts every write keeps are made here.
  await new DyadCountRepository(db).countUncounted();
  return ids;
}

/**
 * `count` more meetings of kind `kind` (dated 2021-01-01 onwards), each with the fixture's two
 * participants, two countries and Geneva, for paging and query-count tests.
 */
export async function loadBulkMeetings(db: Database, prefix: string, kind: string, count: number): Promise<void> {
  const ids = fixtureIds(prefix);
  await db.write((tx) =>
    tx.run(
      `MATCH (blinken:Person {id: $ids.blinken}), (lavrov:Person {id: $ids.lavrov}), (us:Country {id: $ids.us}),
             (ru:Country {id: $ids.ru}), (geneva:Location {id: $ids.geneva}), (a:Article {id: $ids.article})
       UNWIND range(1, $count) AS i
       CREATE (m:Meeting {id: $prefix + 'bulk-meeting-' + i, date: toString(date('2021-01-01') + duration({days: i})),
                          kind: $kind, plover: 'CONSULT', cameo: '040', planned: false})
       CREATE (m)-[:PARTICIPANT {articleId: a.id, sentence: 0, start: 0, end: 10}]->(blinken)
       CREATE (m)-[:PARTICIPANT {articleId: a.id, sentence: 0, start: 0, end: 10}]->(lavrov)
       CREATE (m)-[:INVOLVES {articleId: a.id, sentence: 0, start: 0, end: 10}]->(us)
       CREATE (m)-[:INVOLVES {articleId: a.id, sentence: 0, start: 0, end: 10}]->(ru)
       CREATE (m)-[:HELD_IN {articleId: a.id, sentence: 0, start: 0, end: 10}]->(geneva)
       CREATE (m)-[:REPORTED_IN {articleId: a.id, sentence: 0, start: 0, end: 10}]->(a)`,
      { ids, prefix, kind, count: Math.trunc(count) },
    ),
  );
  await new DyadCountRepository(db).countUncounted();
}

/** Deletes every node whose id starts with `prefix`, with its relationships, and the dyad counts of its countries. */
export async function removeFixture(db: Database, prefix: string): Promise<void> {
  await db.write(async (tx) => {
    await tx.run(
      `UNWIND ['Article', 'Person', 'Country', 'Organization', 'Location', 'Meeting', 'Statement'] AS label
       MATCH (n) WHERE label IN labels(n) AND n.id STARTS WITH $prefix
       DETACH DELETE n`,
      { prefix },
    );
    await tx.run('MATCH (d:DyadDay) WHERE d.key STARTS WITH $prefix DELETE d', { prefix });
    // The entity lists of its persons and entities: `<kind> <entity id> …`.
    await tx.run("MATCH (x:EventEntry|EntityDay) WHERE split(x.key, ' ')[1] STARTS WITH $prefix DELETE x", { prefix });
  });
}
