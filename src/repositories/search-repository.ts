/** Ranked, typo-tolerant search over entity names and aliases (the `entityNames` full-text index). */
import neo4j, { type Node } from 'neo4j-driver';
import type { Database } from '../db/database.ts';
import type { EntityLabel, SearchHitModel } from '../domain/graph-model.ts';
import { fuzzyNameQuery } from './lucene-query.ts';
import { toEntity } from './node-mapper.ts';
import { ENTITY_NAME_INDEX } from './schema-repository.ts';

export class SearchRepository {
  constructor(private readonly db: Database) {}

  /** Best first; `labels` narrows to some entity kinds. An input with no searchable term finds nothing. */
  async searchEntities(input: string, labels: readonly EntityLabel[], limit: number): Promise<SearchHitModel[]> {
    const query = fuzzyNameQuery(input);
    if (query === null) return [];
    const result = await this.db.query(
      `CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
       WHERE size($labels) = 0 OR any(label IN labels(node) WHERE label IN $labels)
       RETURN node, score ORDER BY score DESC, node.id LIMIT $limit`,
      { index: ENTITY_NAME_INDEX, query, labels: [...labels], limit: neo4j.int(limit) },
    );
    return result.records.map((record) => ({ score: record.get('score') as number, entity: toEntity(record.get('node') as Node) }));
  }
}
