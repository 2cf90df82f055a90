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

/**
 * The nodes one hop beyond `$frontier` that are not yet `$visited`: at most `$scan` relationships of each
 * frontier node are read, and reading ends once `$remaining` new nodes are found (no ORDER BY, so the
 * LIMITs end the expansion early instead of sorting everything first).
 */
const NEXT_LEVEL = `
  UNWIND $frontier AS frontierId
  MATCH (f) WHERE elementId(f) = frontierId
  CALL {
    WITH f
    MATCH (f)--(x)
    WITH x LIMIT $scan
    RETURN x
  }
  WITH x
  WHERE NOT elementId(x) IN $visited AND x.id IS NOT NULL AND any(label IN labels(x) WHERE label IN $labels)
  WITH DISTINCT x LIMIT $remaining
  RETURN x`;

function compareIds(a: Node, b: Node): number {
  const left = String(a.properties['id']);
  const right = String(b.properties['id']);
  return left < right ? -1 : left > right ? 1 : 0;
}

export class GraphRepository {
  constructor(private readonly db: Database) {}

  /**
   * The node `id`, the nodes within `depth` hops nearest first (at most `limit` nodes in all, counting
   * the centre; ties by id), and every relationship among them. Null when there is no node `id`.
   *
   * Breadth-first, one level per statement, so the cost grows with `limit` rather than with the graph:
   * a level reads at most `limit` relationships of each node of the level before and stops as soon as it
   * has found enough new nodes. Around a hub with 3,000 neighbours, `limit: 100` reads about a hundred
   * relationships. When a level has more nodes than fit, which of them are kept follows storage order.
   */
  async neighborhood(id: string, depth: number, limit: number): Promise<SubgraphModel | null> {
    assertHops(depth, 3);
    return this.db.read(async (tx) => {
      const centre = await tx.run(`WITH $id AS centerId ${callFindById('centerId', 'c')} RETURN c`, { id });
      const centreNode = centre.records[0]?.get('c') as Node | undefined;
      if (!centreNode) return null;
      const nodes: Node[] = [centreNode];
      const visited = [centreNode.elementId];
      let frontier = [centreNode.elementId];
      for (let level = 1; level <= depth && frontier.length > 0 && nodes.length < limit; level++) {
        const result = await tx.run(NEXT_LEVEL, {
          frontier,
          visited,
          labels: [...GRAPH_LABELS],
          scan: neo4j.int(limit),
          remaining: neo4j.int(limit - nodes.length),
        });
        const found = result.records.map((record) => record.get('x') as Node).sort(compareIds);
        nodes.push(...found);
        frontier = found.map((node) => node.elementId);
        visited.push(...frontier);
      }
      // Outgoing relationships only, each found once from its start node. The model's hubs (countries,
      // people, places) are mostly relationship targets, so this reads few relationships even around them.
      const edges = await tx.run(
        `UNWIND $nodes AS nodeId
         MATCH (n) WHERE elementId(n) = nodeId
         MATCH (n)-[r]->(m)
         WHERE elementId(m) IN $nodes
         RETURN r`,
        { nodes: visited },
      );
      const idByElementId = new Map(nodes.map((node) => [node.elementId, String(node.properties['id'])]));
      return {
        nodes: nodes.map(toGraphNode),
        edges: edges.records.map((record) => toGraphEdge(record.get('r') as Relationship, idByElementId)),
      };
    });
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
