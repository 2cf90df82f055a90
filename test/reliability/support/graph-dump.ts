/**
 * A canonical dump of a whole graph: every node as its labels and properties, every relationship as
 * its type, the ids of its two ends and its properties, all sorted, so two graphs with the same facts
 * give the same text whatever order they were written in. Clock properties (`ingestedAt`,
 * `lastSeenAt`) are left out: they say when, not what.
 */
import { createHash } from 'node:crypto';
import neo4j from 'neo4j-driver';
import type { Database } from '../../../src/db/database.ts';

const CLOCK_PROPERTIES = new Set(['ingestedAt', 'lastSeenAt']);

function plain(value: unknown): unknown {
  if (neo4j.isInt(value)) return value.toString();
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = plain((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

function withoutClock(properties: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(properties).sort()) if (!CLOCK_PROPERTIES.has(key)) out[key] = plain(properties[key]);
  return out;
}

export interface GraphDump {
  nodes: string[];
  relationships: string[];
  hash: string;
}

export async function dumpGraph(db: Database): Promise<GraphDump> {
  return db.read(async (tx) => {
    const nodes = await tx.run('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props');
    const relationships = await tx.run(
      'MATCH (s)-[r]->(t) RETURN type(r) AS type, labels(s) AS sl, s.id AS sid, labels(t) AS tl, t.id AS tid, properties(r) AS props',
    );
    const nodeLines = nodes.records
      .map((r) => JSON.stringify([[...(r.get('labels') as string[])].sort(), withoutClock(r.get('props') as Record<string, unknown>)]))
      .sort();
    const relationshipLines = relationships.records
      .map((r) =>
        JSON.stringify([
          r.get('type'),
          [...(r.get('sl') as string[])].sort(),
          r.get('sid'),
          [...(r.get('tl') as string[])].sort(),
          r.get('tid'),
          withoutClock(r.get('props') as Record<string, unknown>),
        ]),
      )
      .sort();
    const hash = createHash('sha256').update(nodeLines.join('\n')).update('\n--\n').update(relationshipLines.join('\n')).digest('hex');
    return { nodes: nodeLines, relationships: relationshipLines, hash };
  }, 120_000);
}

/** The lines of `after` that `before` lacks and the reverse: what a change did, for failure messages. */
export function diffDumps(before: GraphDump, after: GraphDump, limit = 20): { added: string[]; removed: string[] } {
  const b = new Set([...before.nodes, ...before.relationships]);
  const a = new Set([...after.nodes, ...after.relationships]);
  return {
    added: [...a].filter((line) => !b.has(line)).slice(0, limit),
    removed: [...b].filter((line) => !a.has(line)).slice(0, limit),
  };
}
