/** What a write changed, as Neo4j counts it: summed over the statements of an ingest or a removal. */
import type { QueryResult } from 'neo4j-driver';

export interface WriteCounts {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
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

export function countsOf(result: QueryResult): WriteCounts {
  const updates = result.summary.counters.updates();
  return {
    nodesCreated: updates.nodesCreated,
    nodesDeleted: updates.nodesDeleted,
    relationshipsCreated: updates.relationshipsCreated,
    relationshipsDeleted: updates.relationshipsDeleted,
  };
}
