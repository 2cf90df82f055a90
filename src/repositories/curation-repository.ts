/**
 * Analysts' corrections to the graph: another alias, two entities that are one, an article to remove.
 * Each runs in one write transaction, so a failure leaves the graph as it was.
 */
import type { Node } from 'neo4j-driver';
import type { Database } from '../db/database.ts';
import { RELATIONSHIP_TYPES, type EntityModel } from '../domain/graph-model.ts';
import { countDyads, retractDyads } from './dyad-counts.ts';
import { CLOSE_FOLLOWS_OVER_ARTICLE } from './follows-chain.ts';
import { callFindEntityById } from './node-lookup.ts';
import { toEntity } from './node-mapper.ts';

export type MergeOutcome =
  | { status: 'merged'; entity: EntityModel }
  | { status: 'missing'; id: string }
  | { status: 'different-kinds'; keep: EntityModel; merge: EntityModel };

// Per type and direction, move `merge`'s relationships onto `keep`, keeping their properties
// (evidence). Types come from the model's fixed list. Relationships between the two are dropped rather
// than turned into self-loops. A relationship `keep` already has with the same type, other end and
// properties is the same fact read from the same sentence (both names in one meeting's evidence), so
// it is not copied a second time. Two MENTIONS from one article become one with the counts added.
const MOVE_RELATIONSHIPS = RELATIONSHIP_TYPES.flatMap((type) =>
  type === 'MENTIONS'
    ? [
        `MATCH (merge)<-[r:MENTIONS]-(x) WHERE elementId(merge) = $mergeElementId AND NOT elementId(x) IN [$keepElementId, $mergeElementId]
         MATCH (keep) WHERE elementId(keep) = $keepElementId
         MERGE (keep)<-[moved:MENTIONS]-(x)
           ON CREATE SET moved = properties(r)
           ON MATCH SET moved.count = coalesce(moved.count, 1) + coalesce(r.count, 1)
         DELETE r`,
      ]
    : [
        `MATCH (merge)-[r:${type}]->(x) WHERE elementId(merge) = $mergeElementId AND NOT elementId(x) IN [$keepElementId, $mergeElementId]
         MATCH (keep) WHERE elementId(keep) = $keepElementId
         CALL {
           WITH keep, r, x
           WITH keep, r, x WHERE NOT EXISTS { (keep)-[same:${type}]->(x) WHERE properties(same) = properties(r) }
           CREATE (keep)-[moved:${type}]->(x) SET moved = properties(r)
         }
         DELETE r`,
        `MATCH (merge)<-[r:${type}]-(x) WHERE elementId(merge) = $mergeElementId AND NOT elementId(x) IN [$keepElementId, $mergeElementId]
         MATCH (keep) WHERE elementId(keep) = $keepElementId
         CALL {
           WITH keep, r, x
           WITH keep, r, x WHERE NOT EXISTS { (keep)<-[same:${type}]-(x) WHERE properties(same) = properties(r) }
           CREATE (keep)<-[moved:${type}]-(x) SET moved = properties(r)
         }
         DELETE r`,
      ],
);

/**
 * What a merge of two persons or two countries changes in the dyad counts (dyad-counts.ts) and the entity
 * lists (entity-event-lists.ts): the events they took part in, said or were spoken about, and the persons
 * whose role countries name them; and in the link summaries (link-summaries.ts): those persons, and the places
 * merged or in a merged country.
 */
const DYAD_AFFECTED = `
MATCH (x) WHERE elementId(x) IN $entities
WITH collect(x) AS xs
RETURN COLLECT { UNWIND xs AS x MATCH (x)<-[:INVOLVES|SAID_BY|ABOUT|PARTICIPANT]-(e) RETURN DISTINCT elementId(e) } AS events,
  [x IN xs WHERE x:Person | elementId(x)] + COLLECT { UNWIND xs AS x MATCH (x)<-[:HOLDS_ROLE]-(p) RETURN DISTINCT elementId(p) } AS persons,
  [x IN xs WHERE x:Location | elementId(x)] + COLLECT { UNWIND xs AS x MATCH (x)<-[:IN_COUNTRY]-(l) RETURN DISTINCT elementId(l) } AS places`;

export class CurationRepository {
  constructor(private readonly db: Database) {}

  /** Adds `alias` unless it is already the name or an alias; null when there is no entity `id`. */
  async addAlias(id: string, alias: string): Promise<EntityModel | null> {
    const result = await this.db.write((tx) =>
      tx.run(
        `WITH $id AS entityId ${callFindEntityById('entityId', 'e')}
         SET e.aliases = CASE WHEN $alias = e.name OR $alias IN coalesce(e.aliases, []) THEN coalesce(e.aliases, [])
                              ELSE coalesce(e.aliases, []) + $alias END
         RETURN e`,
        { id, alias },
      ),
    );
    const node = result.records[0]?.get('e') as Node | undefined;
    return node ? toEntity(node) : null;
  }

  /** Moves every relationship and name of `merge` onto `keep` and deletes `merge`. */
  async mergeEntities(keepId: string, mergeId: string): Promise<MergeOutcome> {
    return this.db.write(async (tx) => {
      const found = await tx.run(
        `WITH $keep AS keepId, $merge AS mergeId
         ${callFindEntityById('keepId', 'keep')} ${callFindEntityById('mergeId', 'merge')}
         RETURN keep, merge, elementId(keep) AS keepElementId, elementId(merge) AS mergeElementId`,
        { keep: keepId, merge: mergeId },
      );
      const record = found.records[0];
      if (!record) {
        const exists = await tx.run(`WITH $keep AS keepId ${callFindEntityById('keepId', 'keep')} RETURN count(*) AS n`, { keep: keepId });
        return { status: 'missing', id: Number(exists.records[0]?.get('n') ?? 0) > 0 ? mergeId : keepId };
      }
      const keep = toEntity(record.get('keep') as Node);
      const merge = toEntity(record.get('merge') as Node);
      if (keep.label !== merge.label) return { status: 'different-kinds', keep, merge };
      const keepElementId = record.get('keepElementId') as string;
      const mergeElementId = record.get('mergeElementId') as string;
      const affected = (await tx.run(DYAD_AFFECTED, { entities: [keepElementId, mergeElementId] })).records[0];
      for (const statement of MOVE_RELATIONSHIPS) await tx.run(statement, { mergeElementId, keepElementId });
      const aliases = [...new Set([...keep.aliases, merge.name, ...merge.aliases])].filter((name) => name !== keep.name);
      const updated = await tx.run(
        `MATCH (keep) WHERE elementId(keep) = $keepElementId SET keep.aliases = $aliases
         WITH keep MATCH (merge) WHERE elementId(merge) = $mergeElementId DETACH DELETE merge
         RETURN keep`,
        { keepElementId, mergeElementId, aliases },
      );
      await countDyads(tx, {
        events: (affected?.get('events') as string[] | undefined) ?? [],
        persons: (affected?.get('persons') as string[] | undefined) ?? [],
        places: (affected?.get('places') as string[] | undefined) ?? [],
      });
      const kept = updated.records[0]?.get('keep') as Node | undefined;
      return { status: 'merged', entity: kept ? toEntity(kept) : { ...keep, aliases } };
    });
  }

  /**
   * Deletes the article, every relationship whose evidence is in it, and the meetings, statements and
   * entities that nothing else supports any more. False when there is no such article.
   */
  async deleteArticle(id: string): Promise<boolean> {
    return this.db.write(async (tx) => {
      // Its meetings and statements lose relationships or go: their dyad counts are taken back first.
      const reported = await tx.run('MATCH (:Article {id: $id})<-[:REPORTED_IN]-(e) RETURN collect(elementId(e)) AS events', { id });
      const events = (reported.records[0]?.get('events') as string[] | undefined) ?? [];
      await retractDyads(tx, events);
      // A meeting that goes with the article leaves the next meeting of its parties following the one before it.
      await tx.run(CLOSE_FOLLOWS_OVER_ARTICLE, { id });
      // Evidence relationships always touch a node the article mentions or reports, so looking around
      // those nodes finds them all without scanning every relationship in the graph.
      const touched = await tx.run(
        `MATCH (a:Article {id: $id})
         OPTIONAL MATCH (a)-[]-(n)
         WITH a, collect(DISTINCT n) AS nodes
         CALL {
           WITH nodes
           UNWIND nodes AS n
           MATCH (n)-[r]-()
           WHERE r.articleId = $id
           WITH DISTINCT r
           DELETE r
         }
         DETACH DELETE a
         RETURN [n IN nodes | elementId(n)] AS touched`,
        { id },
      );
      const record = touched.records[0];
      if (!record) return false;
      const touchedIds = record.get('touched') as string[];
      // Events first: deleting an unsupported statement may leave the entities it was about unconnected.
      await tx.run(
        `UNWIND $touched AS nodeId MATCH (n:Meeting|Statement) WHERE elementId(n) = nodeId
         AND NOT EXISTS { (n)-[:REPORTED_IN]->(:Article) } DETACH DELETE n`,
        { touched: touchedIds },
      );
      await tx.run(
        `UNWIND $touched AS nodeId MATCH (n:Person|Country|Organization|Location) WHERE elementId(n) = nodeId
         AND NOT EXISTS { (n)--() } DELETE n`,
        { touched: touchedIds },
      );
      // The persons it named may have lost a role, the places a country; the events that survive count again.
      const named = await tx.run(
        `RETURN COLLECT { UNWIND $touched AS nodeId MATCH (p:Person) WHERE elementId(p) = nodeId RETURN elementId(p) } AS persons,
           COLLECT { UNWIND $touched AS nodeId MATCH (l:Location) WHERE elementId(l) = nodeId RETURN elementId(l) } AS places`,
        { touched: touchedIds },
      );
      await countDyads(tx, {
        events,
        persons: (named.records[0]?.get('persons') as string[] | undefined) ?? [],
        places: (named.records[0]?.get('places') as string[] | undefined) ?? [],
      });
      return true;
    });
  }
}
