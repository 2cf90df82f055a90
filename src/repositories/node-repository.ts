/** Nodes by id, and the counts that belong to a node rather than to a list. */
import type { Node } from 'neo4j-driver';
import type { Database } from '../db/database.ts';
import type { GraphLabel, NodeModel } from '../domain/graph-model.ts';
import { callFindByIdAndLabel, callFindEntityById, labelOfId } from './node-lookup.ts';
import { toNodeModel, toNumber } from './node-mapper.ts';

export class NodeRepository {
  constructor(private readonly db: Database) {}

  /**
   * The nodes with these ids, of any label; ids without a node are absent from the map. An id with a
   * known prefix (`person:`, `country:`, …) is looked up under that label only, any other under each label.
   */
  async findByIds(ids: readonly string[]): Promise<Map<string, NodeModel>> {
    const rows = [...new Set(ids)].map((id) => ({ id, label: labelOfId(id) }));
    const result = await this.db.query(`UNWIND $rows AS row WITH row.id AS id, row.label AS label ${callFindByIdAndLabel('id', 'label', 'n')} RETURN id, n`, { rows });
    return new Map(result.records.map((record) => [record.get('id') as string, toNodeModel(record.get('n') as Node)]));
  }

  /** The nodes with these ids under `label` (one of the fixed labels, never client text): one seek per id. */
  async findByIdsWithLabel(ids: readonly string[], label: GraphLabel): Promise<Map<string, NodeModel>> {
    const result = await this.db.query(`UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN id, n`, { ids: [...new Set(ids)] });
    return new Map(result.records.map((record) => [record.get('id') as string, toNodeModel(record.get('n') as Node)]));
  }

  /** Sum of `MENTIONS.count` over all articles, per entity id (0 when never mentioned). */
  async mentionCounts(ids: readonly string[]): Promise<Map<string, number>> {
    const result = await this.db.query(
      `UNWIND $ids AS id ${callFindEntityById('id', 'n')}
       OPTIONAL MATCH (:Article)-[r:MENTIONS]->(n)
       RETURN id, sum(coalesce(r.count, 1)) AS mentions`,
      { ids: [...new Set(ids)] },
    );
    return new Map(result.records.map((record) => [record.get('id') as string, toNumber(record.get('mentions'))]));
  }
}
