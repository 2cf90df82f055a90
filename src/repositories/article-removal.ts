/**
 * Removing an article from the graph: its relationships, then the meetings, statements and entities nothing
 * supports any more, with the FOLLOWS chains, dyad counts and aliases of what survives set right. One function for
 * every path that removes an article (`diplograph delete`, a revised article replacing its earlier version, the
 * analysts' `deleteArticle` mutation), run inside the caller's write transaction.
 *
 * Relationships are found around the nodes the article touches and deleted node by node, never gathered into one
 * list: an article with 10,000 quotations stays within Neo4j's default transaction memory.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { countDyads, retractDyads } from './dyad-counts.ts';
import { CLOSE_FOLLOWS_OVER_ARTICLE } from './follows-chain.ts';
import { addCounts, countsOf, type WriteCounts } from './write-counts.ts';

const REPORTED_EVENTS = 'MATCH (:Article {id: $id})<-[:REPORTED_IN]-(e) RETURN collect(elementId(e)) AS events';

// Evidence relationships always touch a node the article mentions or reports, so looking around those nodes finds
// them all without scanning every relationship in the graph.
const DELETE_ARTICLE_AND_ITS_RELATIONSHIPS = `
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)-[]-(n)
WITH a, collect(DISTINCT n) AS nodes
CALL (nodes) {
  UNWIND nodes AS n
  MATCH (n)-[r]-()
  WHERE r.articleId = $id
  WITH DISTINCT r
  DELETE r
}
DETACH DELETE a
RETURN [n IN nodes | elementId(n)] AS touched`;

// Events first: deleting an unsupported statement may leave the entities it was about unconnected.
const DELETE_UNREPORTED_EVENTS = `
UNWIND $touched AS nodeId
MATCH (n:Meeting|Statement) WHERE elementId(n) = nodeId AND NOT EXISTS { (n)-[:REPORTED_IN]->(:Article) }
DETACH DELETE n`;

const DELETE_UNCONNECTED_ENTITIES = `
UNWIND $touched AS nodeId
MATCH (n:Person|Country|Organization|Location) WHERE elementId(n) = nodeId AND NOT EXISTS { (n)--() }
DELETE n`;

// The aliases of what survives: the forms the remaining articles use, and those analysts gave it.
const ALIASES_OF_SURVIVORS = `
UNWIND $touched AS nodeId
MATCH (e:Person|Country|Organization|Location) WHERE elementId(e) = nodeId
SET e.aliases = COLLECT {
  CALL (e) {
    MATCH ()-[m:MENTIONS]->(e) UNWIND m.aliases AS alias RETURN alias
    UNION
    UNWIND coalesce(e.curatedAliases, []) AS alias RETURN alias
  }
  WITH DISTINCT alias WHERE alias <> e.name RETURN alias ORDER BY alias
}`;

// The persons it named may have lost a role, the places a country: their link summaries are counted again.
const SURVIVING_PERSONS_AND_PLACES = `
RETURN COLLECT { UNWIND $touched AS nodeId MATCH (p:Person) WHERE elementId(p) = nodeId RETURN elementId(p) } AS persons,
  COLLECT { UNWIND $touched AS nodeId MATCH (l:Location) WHERE elementId(l) = nodeId RETURN elementId(l) } AS places`;

/** Removes article `id` and every fact nothing else supports; null when there is no such article. */
export async function removeArticleIn(tx: ManagedTransaction, id: string): Promise<WriteCounts | null> {
  const events = ((await tx.run(REPORTED_EVENTS, { id })).records[0]?.get('events') as string[] | undefined) ?? [];
  // Its meetings and statements lose relationships or go: their dyad counts are taken back while they still exist.
  await retractDyads(tx, events);
  // A meeting that goes with the article leaves the next meeting of its parties following the one before it.
  let counts = countsOf(await tx.run(CLOSE_FOLLOWS_OVER_ARTICLE, { id }));
  const deleted = await tx.run(DELETE_ARTICLE_AND_ITS_RELATIONSHIPS, { id });
  const record = deleted.records[0];
  if (!record) return null;
  counts = addCounts(counts, countsOf(deleted));
  const touched = record.get('touched') as string[];
  for (const statement of [DELETE_UNREPORTED_EVENTS, DELETE_UNCONNECTED_ENTITIES, ALIASES_OF_SURVIVORS]) counts = addCounts(counts, countsOf(await tx.run(statement, { touched })));
  const named = (await tx.run(SURVIVING_PERSONS_AND_PLACES, { touched })).records[0];
  await countDyads(tx, { events, persons: (named?.get('persons') as string[] | undefined) ?? [], places: (named?.get('places') as string[] | undefined) ?? [] });
  return counts;
}
