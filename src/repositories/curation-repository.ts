/**
 * Analysts' corrections to the graph: another alias, two entities that are one, an article to remove.
 * Each runs in one write transaction, so a failure leaves the graph as it was.
 */
import type { Node } from 'neo4j-driver';
import type { Database } from '../db/database.ts';
import { RELATIONSHIP_TYPES, type EntityModel } from '../domain/graph-model.ts';
import { removeArticleIn } from './article-removal.ts';
import { countDyads } from './dyad-counts.ts';
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
         WITH e, $alias = e.name OR $alias IN coalesce(e.aliases, []) AS known
         // An analyst's alias is kept apart too, so that no removal of an article takes it away (article-removal.ts).
         SET e.aliases = CASE WHEN known THEN coalesce(e.aliases, []) ELSE coalesce(e.aliases, []) + $alias END,
             e.curatedAliases = CASE WHEN $alias = e.name OR $alias IN coalesce(e.curatedAliases, []) THEN e.curatedAliases
                                     ELSE coalesce(e.curatedAliases, []) + $alias END
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
        `MATCH (keep) WHERE elementId(keep) = $keepElementId MATCH (merge) WHERE elementId(merge) = $mergeElementId
         // The merged entity's name is the analyst's word that the two are one: kept with their own aliases.
         SET keep.aliases = $aliases,
             keep.curatedAliases = reduce(kept = [], alias IN coalesce(keep.curatedAliases, []) + coalesce(merge.curatedAliases, []) + merge.name |
               CASE WHEN alias = keep.name OR alias IN kept THEN kept ELSE kept + alias END)
         DETACH DELETE merge
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
    return (await this.db.write((tx) => removeArticleIn(tx, id))) !== null;
  }
}
