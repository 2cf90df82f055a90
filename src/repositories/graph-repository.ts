/**
 * The graph as nodes and edges, for explorer UIs: the neighbourhood of a node and the shortest paths
 * between two nodes.
 */
import neo4j, { type Node, type Path, type Relationship } from 'neo4j-driver';
import type { Database } from '../db/database.ts';
import { GRAPH_LABELS, type GraphEdgeModel, type GraphNodeModel, type NodeModel, type SubgraphModel } from '../domain/graph-model.ts';
import { callFindById } from './node-lookup.ts';
import { toNodeModel } from './node-mapper.ts';

/** What an explorer shows on a node: the name, an article's title, "bilateral talks 2022-01-21" for a meeting. */
export function displayName(model: NodeModel): string {
  switch (model.label) {
    case 'Person':
    case 'Country':
    case 'Organization':
    case 'Location':
      return model.name;
    case 'Article':
      return model.title ?? model.url ?? model.id;
    case 'Meeting':
      return [model.kind ?? 'meeting', model.date].filter((part) => part !== null).join(' ');
    case 'Statement':
      return model.text.length > 80 ? `${model.text.slice(0, 79)}…` : model.text;
  }
}

function toGraphNode(node: Node): GraphNodeModel {
  const model = toNodeModel(node);
  return { id: model.id, label: model.label, name: displayName(model) };
}

function toGraphEdge(relationship: Relationship, idByElementId: Map<string, string>): GraphEdgeModel {
  return {
    id: relationship.elementId,
    type: relationship.type,
    source: idByElementId.get(relationship.startNodeElementId) ?? relationship.startNodeElementId,
    target: idByElementId.get(relationship.endNodeElementId) ?? relationship.endNodeElementId,
  };
}

export class GraphRepository {
  constructor(private readonly db: Database) {}

  /**
   * The node `id`, the nodes within `depth` hops nearest first (at most `limit` nodes in all, counting
   * the centre), and every relationship among them. Null when there is no node `id`.
   * `depth` must be a small validated integer: Cypher cannot take a path length as a parameter.
   */
  async neighborhood(id: string, depth: number, limit: number): Promise<SubgraphModel | null> {
    assertHops(depth, 3);
    const result = await this.db.read((tx) =>
      tx.run(
        `WITH $id AS centerId ${callFindById('centerId', 'c')}
         CALL {
           WITH c
           MATCH path = (c)-[*1..${depth}]-(x)
           WHERE x <> c AND x.id IS NOT NULL AND any(label IN labels(x) WHERE label IN $labels)
           WITH x, min(length(path)) AS distance
           RETURN x ORDER BY distance, x.id LIMIT $others
         }
         WITH c, collect(x) AS others
         WITH [c] + others AS nodes
         CALL {
           WITH nodes
           UNWIND nodes AS n
           MATCH (n)-[r]->(m)
           WHERE m IN nodes
           RETURN collect(DISTINCT r) AS edges
         }
         RETURN nodes, edges`,
        { id, labels: [...GRAPH_LABELS], others: neo4j.int(Math.max(limit - 1, 0)) },
      ),
    );
    const record = result.records[0];
    if (!record) {
      // The CALL { … } over zero neighbours yields no row; tell "no such node" from "a lonely node".
      const centre = await this.db.read((tx) => tx.run(`WITH $id AS centerId ${callFindById('centerId', 'c')} RETURN c`, { id }));
      const node = centre.records[0]?.get('c') as Node | undefined;
      return node ? { nodes: [toGraphNode(node)], edges: [] } : null;
    }
    const nodes = record.get('nodes') as Node[];
    const idByElementId = new Map(nodes.map((node) => [node.elementId, String(node.properties['id'])]));
    return {
      nodes: nodes.map(toGraphNode),
      edges: (record.get('edges') as Relationship[]).map((relationship) => toGraphEdge(relationship, idByElementId)),
    };
  }

  /**
   * Up to `first` shortest paths (all of the same, shortest length) of at most `maxHops` relationships,
   * each with its nodes in path order; none when the nodes are further apart or either does not exist.
   */
  async shortestPaths(fromId: string, toId: string, maxHops: number, first: number): Promise<SubgraphModel[]> {
    assertHops(maxHops, 6);
    return this.db.read(async (tx) => {
      const result = await tx.run(
        `WITH $from AS fromId, $to AS toId ${callFindById('fromId', 'a')} ${callFindById('toId', 'b')}
         MATCH path = allShortestPaths((a)-[*..${maxHops}]-(b))
         RETURN path LIMIT $first`,
        { from: fromId, to: toId, first: neo4j.int(first) },
      );
      return result.records.map((record) => {
        const path = record.get('path') as Path;
        const nodes = [path.start, ...path.segments.map((segment) => segment.end)];
        const idByElementId = new Map(nodes.map((node) => [node.elementId, String(node.properties['id'])]));
        return {
          nodes: nodes.map(toGraphNode),
          edges: path.segments.map((segment) => toGraphEdge(segment.relationship, idByElementId)),
        };
      });
    });
  }
}

/** Guards the one place a number is written into Cypher text. */
function assertHops(hops: number, max: number): void {
  if (!Number.isInteger(hops) || hops < 1 || hops > max) throw new RangeError(`expected a hop count from 1 to ${max}, got ${hops}`);
}
