/**
 * Picks the workload's arguments from the graph under test, so every size asks about things that exist
 * there: the person in the most meetings, the country most talked about, the country pair that met most.
 * These are the busiest nodes, so the figures are for the heavy end of what analysts ask.
 * This Cypher only chooses arguments; it is not part of what is measured.
 */
import type { Database } from '../../src/db/database.ts';

export interface WorkloadParameters {
  personId: string;
  personName: string;
  /** The person's surname with one letter changed, as a user might mistype it: `Lavrof`. */
  searchText: string;
  countryId: string;
  /** An inclusive ISO date range covering the middle half of the statements about the country. */
  from: string;
  to: string;
  dyadA: string;
  dyadB: string;
}

async function single(db: Database, cypher: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const result = await db.read((tx) => tx.run(cypher, params), 120_000);
  const record = result.records[0];
  if (!record) throw new Error(`the bench graph has nothing for: ${cypher.trim().split('\n')[0] ?? cypher}`);
  return record.toObject() as Record<string, unknown>;
}

/** `Lavrov` → `Lavrof`: the last letter replaced, so the search has to be typo-tolerant to find it. */
export function misspell(name: string): string {
  const surname = name.trim().split(/\s+/).at(-1) ?? name;
  const last = surname.at(-1) ?? 'a';
  return `${surname.slice(0, -1)}${last === 'x' ? 'z' : 'x'}`;
}

export async function pickParameters(db: Database): Promise<WorkloadParameters> {
  const person = await single(
    db,
    `MATCH (p:Person)<-[:PARTICIPANT]-(m:Meeting)
     WITH p, count(DISTINCT m) AS meetings ORDER BY meetings DESC, p.id LIMIT 1
     RETURN p.id AS id, p.name AS name`,
  );
  const country = await single(
    db,
    `MATCH (c:Country)<-[:ABOUT]-(s:Statement) WHERE s.date IS NOT NULL
     WITH c, count(DISTINCT s) AS statements ORDER BY statements DESC, c.id LIMIT 1
     MATCH (c)<-[:ABOUT]-(s:Statement) WHERE s.date IS NOT NULL
     WITH c, s.date AS date ORDER BY date
     WITH c, collect(date) AS dates
     RETURN c.id AS id, dates[size(dates) / 4] AS from, dates[(3 * size(dates)) / 4] AS to`,
  );
  const dyad = await single(
    db,
    `MATCH (a:Country)<-[:INVOLVES]-(m:Meeting)-[:INVOLVES]->(b:Country) WHERE a.id < b.id
     WITH a, b, count(DISTINCT m) AS meetings ORDER BY meetings DESC, a.id, b.id LIMIT 1
     RETURN a.id AS a, b.id AS b`,
  );
  const name = String(person['name']);
  return {
    personId: String(person['id']),
    personName: name,
    searchText: misspell(name),
    countryId: String(country['id']),
    from: String(country['from']),
    to: String(country['to']),
    dyadA: String(dyad['a']),
    dyadB: String(dyad['b']),
  };
}
