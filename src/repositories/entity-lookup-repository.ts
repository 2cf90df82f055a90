/** What the resolve stage reads from the graph: the `EntityLookup` of src/ingest, in Cypher. */
import type { Database } from '../db/database.ts';
import type { EntityLookup, KnownMeeting, KnownOrganization, KnownPerson, MeetingQuery } from '../domain/entity-lookup.ts';
import { organizationKey } from '../domain/name-keys.ts';
import { ENTITY_NAME_INDEX } from './schema-repository.ts';

export class EntityLookupRepository implements EntityLookup {
  constructor(private readonly db: Database) {}

  async personsBySurnames(surnames: readonly string[]): Promise<KnownPerson[]> {
    // Keys are folded to [a-z0-9], so they hold no Lucene syntax. Long ones also find spellings one edit away
    // ("zelensky" finds "Zelenskyy"); short ones ("kim", "xi") only themselves, or every name would match.
    const terms = surnames.filter((s) => /^[a-z0-9]+$/.test(s)).map((s) => (s.length >= 5 ? `${s}~1` : s));
    if (terms.length === 0) return [];
    return this.db.read(async (tx) => {
      const result = await tx.run(
        `UNWIND $terms AS term
         CALL db.index.fulltext.queryNodes($index, term) YIELD node
         WITH DISTINCT node WHERE node:Person
         RETURN node.id AS id, node.name AS name, coalesce(node.aliases, []) AS aliases,
                COLLECT { MATCH (node)-[:HOLDS_ROLE]->(a) RETURN DISTINCT a.id } AS affiliations`,
        { terms, index: ENTITY_NAME_INDEX },
      );
      return result.records.map((r) => ({
        id: r.get('id') as string,
        name: r.get('name') as string,
        aliases: r.get('aliases') as string[],
        affiliations: r.get('affiliations') as string[],
      }));
    });
  }

  async organizationsByKeys(keys: readonly string[]): Promise<KnownOrganization[]> {
    // Organizations are few (hundreds) and their keys fold dots and "the", which Cypher cannot do without
    // plugins, so all are read and compared here.
    const wanted = new Set(keys);
    const all = await this.db.read(async (tx) => {
      const result = await tx.run('MATCH (o:Organization) RETURN o.id AS id, o.name AS name, coalesce(o.aliases, []) AS aliases');
      return result.records.map((r) => ({ id: r.get('id') as string, name: r.get('name') as string, aliases: r.get('aliases') as string[] }));
    });
    return all.filter((o) => [o.name, ...o.aliases].some((name) => wanted.has(organizationKey(name))));
  }

  async meetingsInRanges(ranges: readonly MeetingQuery[]): Promise<KnownMeeting[]> {
    return this.db.read(async (tx) => {
      const result = await tx.run(
        `UNWIND $ranges AS range
         MATCH (m:Meeting) WHERE m.date >= range.from AND m.date <= range.to
         WITH DISTINCT m
         RETURN m.id AS id, m.date AS date,
                COLLECT { MATCH (m)-[:HELD_IN]->(l) RETURN DISTINCT l.id ORDER BY l.id } AS locations,
                COLLECT { MATCH (m)-[:PARTICIPANT]->(p) RETURN DISTINCT p.id ORDER BY p.id } AS participants,
                COLLECT { MATCH (m)-[:INVOLVES]->(c) RETURN DISTINCT c.id ORDER BY c.id } AS countries`,
        { ranges: ranges.map((r) => ({ from: r.from, to: r.to })) },
      );
      return result.records.map((r) => ({
        id: r.get('id') as string,
        date: r.get('date') as string | null,
        locationId: (r.get('locations') as string[])[0] ?? null,
        participantIds: r.get('participants') as string[],
        countryIds: r.get('countries') as string[],
      }));
    });
  }
}
