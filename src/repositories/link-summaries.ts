/**
 * The links between entities in brief, kept on the entity they start from by every write: a person's roles
 * (HOLDS_ROLE) and the countries a place is in (IN_COUNTRY). There is one such relationship per sentence that
 * names the role or the place, so at 100,000 articles the busiest person has thousands of HOLDS_ROLE to the same
 * few holders, and Geneva thousands of IN_COUNTRY to Switzerland. Listing a person's roles, or the edges among a
 * neighbourhood's nodes, reads the summary instead: one property, whatever the number of reports.
 *
 * `linkSummary` on a Person or a Location is a list of strings, one per target and title, sorted:
 * `<target id> <reports> <asOf or -> <title>`, e.g. `country:FR 2410 2023-06-30 President`, where `reports` is how
 * many relationships it stands for and `asOf` the latest of theirs (`-` when none has one). Ids are slugs without
 * spaces, so the title is whatever follows the third space, and an entry without a third space has no title:
 * `country:CH 6802 -` (IN_COUNTRY has neither a date nor a title).
 *
 * A load only adds links, so it adds the relationships it created to the summary; a write that may remove or move
 * links (article deletes, merges) computes the summary again from the relationships. Both run through
 * dyad-counts.ts, which already learns of every person and place a write touched. An entity without the property
 * (written before it was kept, or by hand) gets it on start, and is read from its relationships until then.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { RELATIONSHIP_TYPES } from '../domain/graph-model.ts';

/** The relationship types summarised, each from its own label (DESIGN.md): Person HOLDS_ROLE, Location IN_COUNTRY. */
export const SUMMARISED_TYPES = 'HOLDS_ROLE|IN_COUNTRY';

/** Every other relationship type, for reading a summarised entity's relationships that the summary does not hold. */
export const UNSUMMARISED_TYPES = RELATIONSHIP_TYPES.filter((type) => type !== 'HOLDS_ROLE' && type !== 'IN_COUNTRY').join('|');

/** The summarised relationship type of entity `n`'s links, in Cypher. */
export const summarisedTypeOf = (n: string) => `CASE WHEN ${n}:Person THEN 'HOLDS_ROLE' ELSE 'IN_COUNTRY' END`;

/** One relationship a load created, by element ids of its ends. */
export interface CreatedLink {
  from: string;
  to: string;
  title: string | null;
  asOf: string | null;
}

/** The summary entry `entry` as a map `{target, reports, asOf, title}`, `asOf` and `title` null when absent: Cypher. */
export function linkOfEntry(entry: string): string {
  const part = (i: number) => `split(${entry}, ' ')[${i}]`;
  return `{target: ${part(0)}, reports: toInteger(${part(1)}), asOf: CASE ${part(2)} WHEN '-' THEN null ELSE ${part(2)} END,
    title: CASE WHEN size(split(${entry}, ' ')) < 4 THEN null ELSE substring(${entry}, size(${part(0)}) + size(${part(1)}) + size(${part(2)}) + 3) END}`;
}

/** An entry from `target`, `reports`, `asOf` and `title` (strings or null) in scope. */
const ENTRY = `target + ' ' + toString(reports) + ' ' + coalesce(asOf, '-') + CASE WHEN title IS NULL THEN '' ELSE ' ' + title END`;

/** The summary of entity `n` computed from all its summarised relationships. */
const SUMMARY_FROM_RELATIONSHIPS = (n: string) => `COLLECT {
    MATCH (${n})-[r:${SUMMARISED_TYPES}]->(t)
    WITH t.id AS target, r.title AS title, count(r) AS reports, toString(max(r.asOf)) AS asOf
    RETURN ${ENTRY} AS entry ORDER BY entry
  }`;

/** Computes each entity's summary again from its relationships: after a write that may have removed or moved links. */
const REFRESH = `
UNWIND $entities AS entityId
MATCH (n:Person|Location) WHERE elementId(n) = entityId
SET n.linkSummary = ${SUMMARY_FROM_RELATIONSHIPS('n')}`;

/**
 * Adds the relationships a load created to each entity's summary. An entity without a summary yet gets it from
 * all its relationships, which include the new ones.
 */
const ADD = `
UNWIND $rows AS row
MATCH (n:Person|Location) WHERE elementId(n) = row.entity
// Reading a property on the right of its own SET locks the entity first: two loads adding to it take turns.
SET n.linkSummary = n.linkSummary
WITH n, row
CALL (n, row) {
  WITH n WHERE n.linkSummary IS NULL
  RETURN ${SUMMARY_FROM_RELATIONSHIPS('n')} AS summary
  UNION
  WITH n, row WHERE n.linkSummary IS NOT NULL
  WITH [entry IN n.linkSummary | ${linkOfEntry('entry')}] + COLLECT {
    UNWIND row.links AS link
    MATCH (t) WHERE elementId(t) = link.to
    RETURN {target: t.id, reports: 1, asOf: link.asOf, title: link.title} AS link
  } AS links
  RETURN COLLECT {
    UNWIND links AS link
    WITH link.target AS target, link.title AS title, sum(link.reports) AS reports, max(link.asOf) AS asOf
    RETURN ${ENTRY} AS entry ORDER BY entry
  } AS summary
}
SET n.linkSummary = summary`;

/** Persons and places without a summary: written before it was kept, or by hand. */
export const UNSUMMARISED_ENTITIES = `MATCH (n:Person|Location) WHERE n.linkSummary IS NULL RETURN elementId(n) AS id LIMIT $limit`;

/** Computes the summaries of these persons and places (element ids) again from their relationships. */
export async function refreshLinkSummaries(tx: ManagedTransaction, entities: readonly string[]): Promise<void> {
  if (entities.length > 0) await tx.run(REFRESH, { entities: [...new Set(entities)].sort() });
}

/** Adds the HOLDS_ROLE and IN_COUNTRY relationships a load created to the summaries of the entities they start from. */
export async function addToLinkSummaries(tx: ManagedTransaction, created: readonly CreatedLink[]): Promise<void> {
  if (created.length === 0) return;
  const byEntity = new Map<string, CreatedLink[]>();
  for (const link of created) byEntity.set(link.from, [...(byEntity.get(link.from) ?? []), link]);
  // In element id order, so concurrent loads lock alike.
  const rows = [...byEntity].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([entity, links]) => ({ entity, links }));
  await tx.run(ADD, { rows });
}
