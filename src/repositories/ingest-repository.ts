/**
 * All Cypher that writes articles: loading resolved article graphs, replacing an article, deleting one.
 * Every statement is a constant of this module (labels and relationship types come from closed lists, never
 * from input); values travel as parameters. Nodes are MERGEd on their `id` (each backed by a uniqueness
 * constraint), relationships made from text on their endpoints plus `articleId`, `sentence` and `start`, so
 * loading the same article twice changes nothing and several articles can support one fact side by side.
 */
import neo4j, { type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import type { Database } from '../db/database.ts';
import type { ArticleGraph, EvidenceRelationship } from '../ingest/graph-model.ts';
import type { NodeLabel } from './schema-repository.ts';

export interface WriteCounts {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
}

export interface StoredArticle {
  id: string;
  url: string | null;
  extractorVersion: string | null;
}

export const NO_WRITES: WriteCounts = { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 };

export function addCounts(a: WriteCounts, b: WriteCounts): WriteCounts {
  return {
    nodesCreated: a.nodesCreated + b.nodesCreated,
    nodesDeleted: a.nodesDeleted + b.nodesDeleted,
    relationshipsCreated: a.relationshipsCreated + b.relationshipsCreated,
    relationshipsDeleted: a.relationshipsDeleted + b.relationshipsDeleted,
  };
}

const MERGE_ARTICLES = `
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
ON CREATE SET a.ingestedAt = $now
SET a.url = row.url, a.title = row.title, a.publishedAt = row.publishedAt, a.source = row.source,
    a.extractorVersion = row.extractorVersion, a.text = row.text, a.authors = row.authors, a.lastSeenAt = $now`;

/** Keeps `aliases` a sorted set without the name, whatever order articles arrive in. */
const UNION_ALIASES = (v: string) => `
SET ${v}.aliases = COLLECT { UNWIND coalesce(${v}.aliases, []) + row.aliases AS alias WITH DISTINCT alias WHERE alias <> ${v}.name RETURN alias ORDER BY alias }`;

const MERGE_PERSONS = `
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
ON CREATE SET p.name = row.name
WITH p, row ${UNION_ALIASES('p')}`;

const MERGE_COUNTRIES = `
UNWIND $rows AS row
MERGE (c:Country {id: row.id})
ON CREATE SET c.iso2 = row.iso2, c.iso3 = row.iso3, c.name = row.name, c.demonyms = row.demonyms
WITH c, row ${UNION_ALIASES('c')}`;

// A kind learnt from a gazetteer beats the 'other' or 'media' a bare mention ("according to X") gave.
const MERGE_ORGANIZATIONS = `
UNWIND $rows AS row
MERGE (o:Organization {id: row.id})
ON CREATE SET o.name = row.name, o.kind = row.kind
SET o.kind = CASE WHEN o.kind IN ['other', 'media'] AND NOT row.kind IN ['other', 'media'] THEN row.kind ELSE o.kind END
WITH o, row ${UNION_ALIASES('o')}`;

const MERGE_LOCATIONS = `
UNWIND $rows AS row
MERGE (l:Location {id: row.id})
ON CREATE SET l.name = row.name, l.kind = row.kind
WITH l, row ${UNION_ALIASES('l')}`;

// The first report sets a meeting's properties; later reports of the same encounter only add relationships.
const MERGE_MEETINGS = `
UNWIND $rows AS row
MERGE (m:Meeting {id: row.id})
ON CREATE SET m.date = row.date, m.kind = row.kind, m.plover = row.plover, m.cameo = row.cameo,
              m.planned = row.planned, m.parties = row.parties`;

const MERGE_STATEMENTS = `
UNWIND $rows AS row
MERGE (s:Statement {id: row.id})
ON CREATE SET s.text = row.text, s.kind = row.kind, s.date = row.date`;

/**
 * Every (type, from, to) a relationship made from text can have in the graph model (DESIGN.md). A fixed list,
 * so the load statement below is one constant text whatever the batch holds.
 */
const RELATIONSHIP_SHAPES: readonly (readonly [EvidenceRelationship['type'], NodeLabel, NodeLabel])[] = [
  ['MENTIONS', 'Article', 'Person'],
  ['MENTIONS', 'Article', 'Country'],
  ['MENTIONS', 'Article', 'Organization'],
  ['MENTIONS', 'Article', 'Location'],
  ['WRITTEN_BY', 'Article', 'Person'],
  ['PUBLISHED_BY', 'Article', 'Organization'],
  ['HOLDS_ROLE', 'Person', 'Country'],
  ['HOLDS_ROLE', 'Person', 'Organization'],
  ['PARTICIPANT', 'Meeting', 'Person'],
  ['INVOLVES', 'Meeting', 'Country'],
  ['HELD_IN', 'Meeting', 'Location'],
  ['IN_COUNTRY', 'Location', 'Country'],
  ['SAID_BY', 'Statement', 'Person'],
  ['SAID_BY', 'Statement', 'Organization'],
  ['SAID_BY', 'Statement', 'Country'],
  ['ABOUT', 'Statement', 'Person'],
  ['ABOUT', 'Statement', 'Country'],
  ['ABOUT', 'Statement', 'Organization'],
  ['ABOUT', 'Statement', 'Location'],
  ['AT', 'Statement', 'Meeting'],
  ['VIA', 'Statement', 'Organization'],
  ['REPORTED_IN', 'Meeting', 'Article'],
  ['REPORTED_IN', 'Statement', 'Article'],
];

const shapeKey = (type: string, from: string, to: string) => `${type}_${from}_${to}`;

/** The MERGE of one relationship shape; labels and type come from RELATIONSHIP_SHAPES, never from input. */
function mergeRelationships(type: string, from: NodeLabel, to: NodeLabel): string {
  return `
CALL {
  UNWIND $relationships.${shapeKey(type, from, to)} AS row
  MATCH (s:${from} {id: row.from})
  MATCH (t:${to} {id: row.to})
  MERGE (s)-[r:${type} {articleId: row.articleId, sentence: row.sentence, start: row.start}]->(t)
  SET r.end = row.end, r += row.properties
}`;
}

const asUnitSubquery = (statement: string) => `\nCALL {${statement}\n}`;

/**
 * A whole batch in one statement: nodes first, then relationships, each part a subquery over its own list.
 * One statement instead of thirty keeps round trips, not work, from dominating a loaded machine.
 */
const LOAD_BATCH = [
  MERGE_ARTICLES.replace('$rows', '$articles'),
  MERGE_COUNTRIES.replace('$rows', '$countries'),
  MERGE_ORGANIZATIONS.replace('$rows', '$organizations'),
  MERGE_LOCATIONS.replace('$rows', '$locations'),
  MERGE_PERSONS.replace('$rows', '$persons'),
  MERGE_MEETINGS.replace('$rows', '$meetings'),
  MERGE_STATEMENTS.replace('$rows', '$statements'),
]
  .map(asUnitSubquery)
  .join('')
  .concat(RELATIONSHIP_SHAPES.map(([type, from, to]) => mergeRelationships(type, from, to)).join(''));

/** For each meeting, the previous and next meeting of the same parties (by date, then id). */
const FOLLOWS_NEIGHBOURS = `
UNWIND $ids AS id
MATCH (m:Meeting {id: id})
WHERE m.date IS NOT NULL AND size(m.parties) > 0
CALL (m) {
  MATCH (:Country {id: m.parties[0]})<-[:INVOLVES]-(o:Meeting) RETURN o
  UNION
  MATCH (:Person {id: m.parties[0]})<-[:PARTICIPANT]-(o:Meeting) RETURN o
}
WITH m, o WHERE o <> m AND o.parties = m.parties AND o.date IS NOT NULL
WITH m, collect(DISTINCT o) AS others
RETURN m.id AS id,
  [o IN others WHERE o.date < m.date OR (o.date = m.date AND o.id < m.id) | [o.date, o.id]] AS earlier,
  [o IN others WHERE o.date > m.date OR (o.date = m.date AND o.id > m.id) | [o.date, o.id]] AS later`;

/** Points each `from` meeting at `to` as its one previous meeting. */
const LINK_FOLLOWS = `
UNWIND $pairs AS pair
MATCH (m:Meeting {id: pair.from})
OPTIONAL MATCH (m)-[old:FOLLOWS]->(x) WHERE x.id <> pair.to
DELETE old
WITH DISTINCT m, pair
MATCH (p:Meeting {id: pair.to})
MERGE (m)-[:FOLLOWS]->(p)`;

const UNLINK_FOLLOWS = `
UNWIND $ids AS id
MATCH (m:Meeting {id: id})-[old:FOLLOWS]->()
DELETE old`;

/**
 * Removes an article and every fact only it supported. Every entity an article's facts touch has a MENTIONS
 * from it and every meeting or statement a REPORTED_IN to it, so those lead to all relationships carrying its
 * id. Entities no other article mentions and meetings and statements no other article reports go too; the
 * FOLLOWS chain closes over a removed meeting; surviving entities' aliases are recomputed from the forms the
 * remaining articles used.
 */
const DELETE_ARTICLE_STEPS = [
  // 1. Close FOLLOWS chains over meetings that only this article reports.
  `MATCH (a:Article {id: $id})<-[:REPORTED_IN]-(m:Meeting)
   WHERE NOT EXISTS { MATCH (m)-[r:REPORTED_IN]->() WHERE r.articleId <> $id }
   MATCH (next:Meeting)-[:FOLLOWS]->(m)-[:FOLLOWS]->(prev:Meeting)
   MERGE (next)-[:FOLLOWS]->(prev)`,
  // 2. Remove its relationships, then what nothing else supports.
  `MATCH (a:Article {id: $id})
   CALL (a) {
     MATCH (a)-[:MENTIONS]->(e) RETURN e
     UNION
     MATCH (e)-[:REPORTED_IN]->(a) RETURN e
   }
   WITH collect(e) AS touched
   CALL (touched) {
     UNWIND touched AS n
     MATCH (n)-[r]-() WHERE r.articleId = $id
     WITH DISTINCT r
     DELETE r
   }
   UNWIND touched AS n
   WITH n WHERE (n:Meeting OR n:Statement) AND NOT EXISTS { (n)-[:REPORTED_IN]->() }
      OR NOT (n:Meeting OR n:Statement) AND NOT EXISTS { ()-[:MENTIONS]->(n) }
   DETACH DELETE n`,
  // 3. Aliases of what survives: the forms the remaining articles use.
  `MATCH (a:Article {id: $id})
   MATCH (e) WHERE elementId(e) IN $touched
   SET e.aliases = COLLECT { MATCH ()-[m:MENTIONS]->(e) UNWIND m.aliases AS alias WITH DISTINCT alias WHERE alias <> e.name RETURN alias ORDER BY alias }`,
  `MATCH (a:Article {id: $id}) DETACH DELETE a`,
];

const TOUCHED_ENTITIES = `
MATCH (:Article {id: $id})-[:MENTIONS]->(e) RETURN collect(elementId(e)) AS ids`;

type Row = Record<string, unknown>;

function countsOf(result: QueryResult): WriteCounts {
  const updates = result.summary.counters.updates();
  return {
    nodesCreated: updates.nodesCreated,
    nodesDeleted: updates.nodesDeleted,
    relationshipsCreated: updates.relationshipsCreated,
    relationshipsDeleted: updates.relationshipsDeleted,
  };
}

function relationshipRow(r: EvidenceRelationship): Row {
  const properties: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(r.properties)) properties[key] = typeof value === 'number' ? neo4j.int(value) : value;
  return { from: r.from.id, to: r.to.id, articleId: r.articleId, sentence: neo4j.int(r.sentence), start: neo4j.int(r.start), end: neo4j.int(r.end), properties };
}

export class IngestRepository {
  constructor(private readonly db: Database) {}

  /** The stored articles with any of these ids or URLs: what decides new, unchanged or updated. */
  async findArticles(ids: readonly string[], urls: readonly string[]): Promise<StoredArticle[]> {
    return this.db.read(async (tx) => {
      const result = await tx.run(
        `CALL {
           UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a
           UNION
           UNWIND $urls AS url MATCH (a:Article {url: url}) RETURN a
         }
         RETURN a.id AS id, a.url AS url, a.extractorVersion AS extractorVersion`,
        { ids: [...ids], urls: [...urls] },
      );
      return result.records.map((r) => ({ id: r.get('id') as string, url: r.get('url') as string | null, extractorVersion: r.get('extractorVersion') as string | null }));
    });
  }

  async hasArticles(): Promise<boolean> {
    return this.db.read(async (tx) => (await tx.run('MATCH (a:Article) RETURN a.id LIMIT 1')).records.length > 0);
  }

  /** Marks articles seen again without changing anything else. */
  async touchArticles(ids: readonly string[], now: string): Promise<void> {
    if (ids.length === 0) return;
    await this.db.write((tx) => tx.run('UNWIND $ids AS id MATCH (a:Article {id: id}) SET a.lastSeenAt = $now', { ids: [...ids], now }));
  }

  /**
   * Writes the graphs of several articles in one transaction: first removes the stored articles they replace,
   * then MERGEs nodes and relationships in UNWIND batches, then relinks FOLLOWS. All of it commits or none.
   */
  async loadArticles(graphs: readonly ArticleGraph[], replaces: readonly string[], now: string): Promise<WriteCounts> {
    return this.db.write(async (tx) => {
      let counts = NO_WRITES;
      for (const id of replaces) counts = addCounts(counts, await deleteArticleIn(tx, id));
      counts = addCounts(counts, await loadGraphsIn(tx, graphs, now));
      return counts;
    });
  }

  /** Removes an article and every fact no other article supports; null when there is no such article. */
  async deleteArticle(id: string): Promise<WriteCounts | null> {
    return this.db.write(async (tx) => {
      const exists = await tx.run('MATCH (a:Article {id: $id}) RETURN a.id', { id });
      if (exists.records.length === 0) return null;
      return deleteArticleIn(tx, id);
    });
  }
}

async function deleteArticleIn(tx: ManagedTransaction, id: string): Promise<WriteCounts> {
  const touched = (await tx.run(TOUCHED_ENTITIES, { id })).records[0]?.get('ids') as string[] | undefined;
  let counts = NO_WRITES;
  for (const statement of DELETE_ARTICLE_STEPS) counts = addCounts(counts, countsOf(await tx.run(statement, { id, touched: touched ?? [] })));
  return counts;
}

async function loadGraphsIn(tx: ManagedTransaction, graphs: readonly ArticleGraph[], now: string): Promise<WriteCounts> {
  const relationships: Record<string, Row[]> = Object.fromEntries(RELATIONSHIP_SHAPES.map(([type, from, to]) => [shapeKey(type, from, to), [] as Row[]]));
  for (const relationship of graphs.flatMap((g) => g.relationships)) {
    const rows = relationships[shapeKey(relationship.type, relationship.from.label, relationship.to.label)];
    if (!rows) throw new Error(`not a relationship of the graph model: (${relationship.from.label})-[:${relationship.type}]->(${relationship.to.label})`);
    rows.push(relationshipRow(relationship));
  }
  const rows = <T extends object>(pick: (g: ArticleGraph) => readonly T[]) => graphs.flatMap((g) => pick(g).map((node) => ({ ...node })));
  let counts = countsOf(
    await tx.run(LOAD_BATCH, {
      now,
      articles: graphs.map((g) => ({ ...g.article })),
      countries: rows((g) => g.countries),
      organizations: rows((g) => g.organizations),
      locations: rows((g) => g.locations),
      persons: rows((g) => g.persons),
      meetings: rows((g) => g.meetings),
      statements: rows((g) => g.statements),
      relationships,
    }),
  );
  const meetingIds = [...new Set(graphs.flatMap((g) => g.meetings.map((m) => m.id)))];
  if (meetingIds.length > 0) counts = addCounts(counts, await relinkFollows(tx, meetingIds));
  return counts;
}

/** Puts each given meeting into the chain of its parties' meetings: after the previous, before the next. */
async function relinkFollows(tx: ManagedTransaction, ids: string[]): Promise<WriteCounts> {
  const neighbours = await tx.run(FOLLOWS_NEIGHBOURS, { ids });
  const pairs = new Map<string, string>();
  const alone: string[] = [];
  const latest = (list: [string, string][]) => list.reduce<[string, string] | null>((best, x) => (best === null || x[0] > best[0] || (x[0] === best[0] && x[1] > best[1]) ? x : best), null);
  const earliest = (list: [string, string][]) => list.reduce<[string, string] | null>((best, x) => (best === null || x[0] < best[0] || (x[0] === best[0] && x[1] < best[1]) ? x : best), null);
  for (const record of neighbours.records) {
    const id = record.get('id') as string;
    const previous = latest(record.get('earlier') as [string, string][]);
    const next = earliest(record.get('later') as [string, string][]);
    if (previous) pairs.set(id, previous[1]);
    else alone.push(id);
    if (next) pairs.set(next[1], id);
  }
  let counts = NO_WRITES;
  if (alone.length > 0) counts = addCounts(counts, countsOf(await tx.run(UNLINK_FOLLOWS, { ids: alone })));
  if (pairs.size > 0) {
    const rows = [...pairs].map(([from, to]) => ({ from, to }));
    counts = addCounts(counts, countsOf(await tx.run(LINK_FOLLOWS, { pairs: rows })));
  }
  return counts;
}
