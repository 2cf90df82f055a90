/**
 * The graph as nodes and edges, for explorer UIs: the neighbourhood of a node and the shortest paths
 * between two nodes.
 */
import neo4j from 'neo4j-driver';
import type { Database } from '../db/database.ts';
import { GRAPH_LABELS, type GraphEdgeModel, type GraphLabel, type GraphNodeModel, type SubgraphModel } from '../domain/graph-model.ts';
import { linkOfEntry, summarisedTypeOf, UNSUMMARISED_TYPES } from './link-summaries.ts';
import { callFindById } from './node-lookup.ts';
import { toIsoString, toNumber } from './node-mapper.ts';

/**
 * What a subgraph needs of a node to name it, projected in Cypher: whole nodes would bring every
 * article's text along. A statement's text is cut to one character more than a name shows.
 */
const sketchOf = (node: string) =>
  `${node} {.id, .name, .title, .url, .kind, .date, labels: labels(${node}), text: CASE WHEN ${node}:Statement THEN left(${node}.text, 81) END}`;

interface NodeSketch {
  id: unknown;
  labels: string[];
  name: unknown;
  title: unknown;
  url: unknown;
  kind: unknown;
  date: unknown;
  text: unknown;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** What an explorer shows on a node: the name, an article's title, "bilateral talks 2022-01-21" for a meeting. */
export function displayName(label: GraphLabel, node: Omit<NodeSketch, 'labels'>): string {
  const id = String(node.id);
  switch (label) {
    case 'Person':
    case 'Country':
    case 'Organization':
    case 'Location':
      return text(node.name) ?? id;
    case 'Article':
      return text(node.title) ?? text(node.url) ?? id;
    case 'Meeting':
      return [text(node.kind) ?? 'meeting', toIsoString(node.date)].filter((part) => part !== null).join(' ');
    case 'Statement': {
      const said = text(node.text) ?? '';
      return said.length > 80 ? `${said.slice(0, 79)}…` : said;
    }
  }
}

function toGraphNode(sketch: NodeSketch): GraphNodeModel {
  const label = GRAPH_LABELS.find((candidate) => sketch.labels.includes(candidate));
  if (!label) throw new Error(`expected a node labelled one of ${GRAPH_LABELS.join(', ')}, got labels ${sketch.labels.join(', ')}`);
  return { id: String(sketch.id), label, name: displayName(label, sketch) };
}

/**
 * `[source id, type, target id, count]`. Lists rather than maps: a neighbourhood has hundreds of edges,
 * and repeating four keys in each made Neo4j and the driver encode and decode a third more.
 */
type EdgeRow = [source: string, type: string, target: string, count: unknown];

/** The id of an edge: the same relationships between the same nodes make the same edge in every subgraph. */
export function edgeId(type: string, source: string, target: string): string {
  return `${type}:${source}->${target}`;
}

function toGraphEdge([source, type, target, count]: EdgeRow): GraphEdgeModel {
  return { id: edgeId(type, source, target), type, source, target, count: toNumber(count, 1) };
}

/**
 * One level of the breadth-first neighbourhood, as Cypher: from `frontier`, the nodes one hop further
 * that are not yet among `nodes`, appended to `nodes` (sorted by id within the level) and made the next
 * frontier. At most `$limit` relationships of each frontier node are read (no ORDER BY before that LIMIT, so a
 * hub's relationships are not sorted first). Of the nodes found, those reached the most ways come first, so a
 * capped neighbourhood of a hub keeps whom it met most often ("Lavrov" shows Blinken, not a random sample of
 * those he met once); only as many as still fit are kept. A full page skips the level.
 */
const NEXT_LEVEL = `
  CALL {
    WITH nodes, frontier
    WITH nodes, frontier WHERE size(nodes) < $limit
    UNWIND frontier AS f
    CALL { WITH f MATCH (f)--(x) WITH x LIMIT $limit RETURN x }
    WITH nodes, x
    WHERE NOT x IN nodes AND x.id IS NOT NULL AND any(label IN labels(x) WHERE label IN $labels)
    WITH x, count(*) AS ways ORDER BY ways DESC, x.id LIMIT $newNodes
    RETURN collect(x) AS found
  }
  CALL {
    WITH nodes, found
    UNWIND found[..($limit - size(nodes))] AS x
    WITH x ORDER BY x.id
    RETURN collect(x) AS level
  }
  WITH nodes + level AS nodes, level AS frontier`;

/**
 * The relationships among `nodes`, one row per (start, type, end) with how many there are. Outgoing
 * relationships only, each found once from its start node: the model's hubs (countries, people, places)
 * are mostly relationship targets, so this reads few relationships even around them. The exceptions are a
 * person's HOLDS_ROLE and a place's IN_COUNTRY, one per sentence naming the role or the place (at 100k articles
 * the busiest person has 5,880 of them, Geneva 6,802): those are counted from the entity's link summary
 * (link-summaries.ts), and only its other types are walked, which a node with many relationships skips by type
 * without reading them. A person or place without the summary (written before it was kept) walks them all.
 */
const EDGES_AMONG_NODES = `
  CALL {
    WITH nodes
    WITH nodes, [n IN nodes | n.id] AS ids
    UNWIND nodes AS n
    CALL (n, nodes, ids) {
      WITH n, ids WHERE n.linkSummary IS NOT NULL
      UNWIND n.linkSummary AS entry
      WITH n, ids, ${linkOfEntry('entry')} AS link
      WHERE link.target IN ids
      RETURN ${summarisedTypeOf('n')} AS type, link.target AS target, link.reports AS reports
      UNION ALL
      WITH n, nodes WHERE n.linkSummary IS NOT NULL
      MATCH (n)-[r:${UNSUMMARISED_TYPES}]->(m)
      WHERE m IN nodes
      RETURN type(r) AS type, m.id AS target, 1 AS reports
      UNION ALL
      WITH n, nodes WHERE n.linkSummary IS NULL
      MATCH (n)-[r]->(m)
      WHERE m IN nodes
      RETURN type(r) AS type, m.id AS target, 1 AS reports
    }
    WITH n, type, target, sum(reports) AS count
    RETURN collect([n.id, type, target, count]) AS edges
  }`;

export class GraphRepository {
  constructor(private readonly db: Database) {}

  /**
   * The node `id`, the nodes within `depth` hops nearest first (at most `limit` nodes in all, counting
   * the centre; ties by id), and the relationships among them as edges. Null when there is no node `id`.
   *
   * Breadth-first, one level after another in one statement, so the cost grows with `limit` rather than
   * with the graph: a level reads at most `limit` relationships of each node of the level before and
   * stops as soon as it has found enough new nodes. Around a hub with 3,000 neighbours, `limit: 100`
   * reads about a hundred relationships. When a level has more nodes than fit, which of them are kept
   * follows storage order.
   */
  async neighborhood(id: string, depth: number, limit: number): Promise<SubgraphModel | null> {
    assertHops(depth, 3);
    const result = await this.db.query(
      `WITH $id AS centerId ${callFindById('centerId', 'c')}
       WITH [c] AS nodes, [c] AS frontier
       ${NEXT_LEVEL.repeat(depth)}
       ${EDGES_AMONG_NODES}
       RETURN [n IN nodes | ${sketchOf('n')}] AS nodes, edges`,
      { id, labels: [...GRAPH_LABELS], limit: neo4j.int(limit), newNodes: neo4j.int(limit - 1) },
    );
    const record = result.records[0];
    if (!record) return null;
    return {
      nodes: (record.get('nodes') as NodeSketch[]).map(toGraphNode),
      edges: (record.get('edges') as EdgeRow[]).map(toGraphEdge),
    };
  }

  /**
   * Up to `first` shortest paths (all of the same, shortest length) of at most `maxHops` relationships,
   * each with its nodes in path order; none when the nodes are further apart or either does not exist.
   */
  async shortestPaths(fromId: string, toId: string, maxHops: number, first: number): Promise<SubgraphModel[]> {
    assertHops(maxHops, 6);
    const result = await this.db.query(
      `WITH $from AS fromId, $to AS toId ${callFindById('fromId', 'a')} ${callFindById('toId', 'b')}
       MATCH path = allShortestPaths((a)-[*..${maxHops}]-(b))
       WITH path LIMIT $first
       RETURN [n IN nodes(path) | ${sketchOf('n')}] AS nodes,
              [r IN relationships(path) | [startNode(r).id, type(r), endNode(r).id, 1]] AS edges`,
      { from: fromId, to: toId, first: neo4j.int(first) },
    );
    return result.records.map((record) => ({
      nodes: (record.get('nodes') as NodeSketch[]).map(toGraphNode),
      edges: (record.get('edges') as EdgeRow[]).map(toGraphEdge),
    }));
  }
}

/** Guards the one place a number is written into Cypher text. */
function assertHops(hops: number, max: number): void {
  if (!Number.isInteger(hops) || hops < 1 || hops > max) throw new RangeError(`expected a hop count from 1 to ${max}, got ${hops}`);
}
