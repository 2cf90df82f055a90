/**
 * Counts of meetings and statements per country pair and day, kept up to date by every write, so a dyad
 * series reads a few index entries instead of every event two busy countries share: at 100,000 articles
 * the United States takes part in tens of thousands of meetings.
 *
 * What counts for a pair (a, b) is what `AnalyticsRepository.dyad` documents: a dated meeting involving
 * both; a dated statement by one side (the country, or a person holding a role for it) about the other, or
 * said at a meeting involving both. Each event remembers the pairs it was counted for (`dyadPairs`, and the
 * day in `dyadDay`), so a write first takes an event's old contribution back and then adds its new one:
 * the counts stay exact whatever a write changed. A person's role countries are kept in `roleCountries`,
 * so an event's pairs come from its own neighbours and not from the thousands of HOLDS_ROLE relationships
 * (one per reporting sentence) of a head of state.
 *
 * An event's pairs follow from what it is linked to (`dyadLinks`: its INVOLVES, SAID_BY, ABOUT and AT ends),
 * its speakers' and subjects' role countries and the countries of the meeting it was said at. A load that only
 * reports again what an event was already linked to leaves it alone: the meetings every outlet reports are
 * not walked again for each new report.
 *
 * A `DyadDay` node holds one pair's counts on one day under the key `<lower id>|<higher id> <YYYY-MM-DD>`:
 * one string range on its unique index answers a pair over any range of days.
 *
 * Every write hands this module the events it touched, so the entity lists (entity-event-lists.ts: a person's
 * meetings, the statements by and about an entity, in date order and counted per day) are kept here too: whenever
 * an event is counted again or taken back, its list entries are as well. So are the summaries of persons' roles
 * and places' countries (link-summaries.ts), which change where role countries may.
 */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../db/database.ts';
import { relistEntityEvents, retractEntityLists, unlisted, UNLISTED_EVENTS } from './entity-event-lists.ts';
import { addToLinkSummaries, refreshLinkSummaries, UNSUMMARISED_ENTITIES, type CreatedLink } from './link-summaries.ts';

export const DYAD_DAY_LABEL = 'DyadDay';

/** The key prefix of a pair's counts: the two ids in order, then a space. */
export function dyadPairPrefix(countryA: string, countryB: string): string {
  return countryA < countryB ? `${countryA}|${countryB} ` : `${countryB}|${countryA} `;
}

/** Stores each person's new role countries where they changed; returns the statements by or about those persons. */
const SET_ROLE_COUNTRIES = `
WITH p, now WHERE p.roleCountries IS NULL OR p.roleCountries <> now
SET p.roleCountries = now
WITH p
MATCH (p)<-[:SAID_BY|ABOUT]-(s)
RETURN collect(DISTINCT elementId(s)) AS statements`;

/**
 * Recomputes `roleCountries` (sorted Country ids of its HOLDS_ROLE) for each person and returns the
 * statements by or about the persons whose list changed: their pairs depend on it.
 */
const REFRESH_ROLE_COUNTRIES = `
UNWIND $persons AS personId
MATCH (p:Person) WHERE elementId(p) = personId
WITH p, COLLECT { MATCH (p)-[:HOLDS_ROLE]->(c:Country) WITH DISTINCT c.id AS id RETURN id ORDER BY id } AS now
${SET_ROLE_COUNTRIES}`;

/**
 * Adds role countries a load gave persons to what they had: a load only adds roles. A person without the
 * list yet gets it from all its roles, so every person a load wrote has one. Returns the statements by or
 * about the persons whose list changed.
 */
const ADD_ROLE_COUNTRIES = `
UNWIND $roles AS row
MATCH (p:Person) WHERE elementId(p) = row.person
CALL (p, row) {
  WITH p WHERE p.roleCountries IS NULL
  RETURN COLLECT { MATCH (p)-[:HOLDS_ROLE]->(c:Country) WITH DISTINCT c.id AS id RETURN id ORDER BY id } AS now
  UNION
  WITH p, row WHERE p.roleCountries IS NOT NULL
  RETURN COLLECT { UNWIND p.roleCountries + row.countries AS id WITH DISTINCT id RETURN id ORDER BY id } AS now
}
${SET_ROLE_COUNTRIES}`;

/** The statements said at any of these meetings: their pairs come from the meeting's countries. */
const STATEMENTS_AT = `
UNWIND $events AS eventId
MATCH (m:Meeting) WHERE elementId(m) = eventId
MATCH (m)<-[:AT]-(s)
RETURN collect(DISTINCT elementId(s)) AS statements`;

/** Takes each event's counted pairs back and forgets them; a day left with nothing is removed. */
const RETRACT = `
UNWIND $events AS eventId
MATCH (e:Meeting|Statement) WHERE elementId(e) = eventId
// Reading a property on the right of its own SET makes Cypher lock the event first: two writes touching one
// event take turns, and the second takes back what the first counted.
SET e.dyadPairs = e.dyadPairs
WITH e WHERE e.dyadPairs IS NOT NULL
WITH e, e.dyadPairs AS pairs, e.dyadDay AS day, CASE WHEN e:Meeting THEN 1 ELSE 0 END AS meeting
REMOVE e.dyadPairs, e.dyadDay
WITH pairs, day, meeting WHERE day IS NOT NULL
UNWIND pairs AS pair
WITH pair + ' ' + day AS key, sum(meeting) AS meetings, sum(1 - meeting) AS statements
ORDER BY key
MATCH (d:${DYAD_DAY_LABEL} {key: key})
SET d.meetings = d.meetings - meetings, d.statements = d.statements - statements
WITH d WHERE d.meetings <= 0 AND d.statements <= 0
DELETE d`;

/**
 * Computes each event's pairs from its neighbours, remembers them and adds them to the day's counts.
 * Undated events count for no day; they remember an empty list, which tells them from events written
 * before the counts existed (no list at all).
 */
const APPLY = `
UNWIND $events AS eventId
MATCH (e:Meeting|Statement) WHERE elementId(e) = eventId
WITH e,
  COLLECT { MATCH (e)-[:INVOLVES]->(c) WITH DISTINCT c.id AS id RETURN id ORDER BY id } AS involved,
  COLLECT { MATCH (e)-[:AT]->()-[:INVOLVES]->(c) WITH DISTINCT c.id AS id RETURN id ORDER BY id } AS atMeeting,
  COLLECT {
    MATCH (e)-[:SAID_BY]->(t) WITH DISTINCT t
    UNWIND CASE WHEN t:Country THEN [t.id] WHEN t:Person THEN coalesce(t.roleCountries, []) ELSE [] END AS id
    RETURN DISTINCT id
  } AS speakers,
  COLLECT {
    MATCH (e)-[:ABOUT]->(t) WITH DISTINCT t
    UNWIND CASE WHEN t:Country THEN [t.id] WHEN t:Person THEN coalesce(t.roleCountries, []) ELSE [] END AS id
    RETURN DISTINCT id
  } AS subjects
WITH e, CASE WHEN e.date IS NULL THEN [] ELSE
  reduce(acc = [], a IN involved + atMeeting | acc + [b IN involved + atMeeting WHERE a < b | a + '|' + b])
  + reduce(acc = [], s IN speakers | acc + [t IN subjects WHERE s <> t | CASE WHEN s < t THEN s + '|' + t ELSE t + '|' + s END])
  END AS candidates
// A meeting has no AT, SAID_BY or ABOUT and a statement no INVOLVES, so each event's pairs come from its own kind.
CALL (e, candidates) {
  UNWIND candidates AS pair
  WITH DISTINCT pair ORDER BY pair
  RETURN collect(pair) AS pairs
}
SET e.dyadPairs = pairs, e.dyadDay = e.date,
  e.dyadLinks = COLLECT { MATCH (e)-[r:INVOLVES|SAID_BY|ABOUT|AT|PARTICIPANT]->(t) WITH DISTINCT type(r) + ' ' + t.id AS link RETURN link ORDER BY link }
WITH e, pairs, CASE WHEN e:Meeting THEN 1 ELSE 0 END AS meeting
UNWIND pairs AS pair
WITH pair, e.date AS day, sum(meeting) AS meetings, sum(1 - meeting) AS statements
ORDER BY pair, day
MERGE (d:${DYAD_DAY_LABEL} {key: pair + ' ' + day})
  ON CREATE SET d.meetings = 0, d.statements = 0
SET d.meetings = d.meetings + meetings, d.statements = d.statements + statements`;

/**
 * The events a load may have changed: not counted or listed yet, or linked by the load to something new. The
 * links include PARTICIPANT, which the dyads do not need but the entity lists do: an event counted before it
 * was is counted once more when a load reports it again.
 */
const CHANGED_BY_LOAD = `
UNWIND $rows AS row
MATCH (e:Meeting|Statement) WHERE elementId(e) = row.event
  AND (e.dyadPairs IS NULL OR e.dyadLinks IS NULL OR ${unlisted('e')} OR any(link IN row.links WHERE NOT link IN e.dyadLinks))
RETURN collect(elementId(e)) AS events`;

/** Persons whose role countries are not known yet and events not counted yet: a graph written before the counts. */
const UNCOUNTED_PERSONS = `MATCH (p:Person) WHERE p.roleCountries IS NULL RETURN elementId(p) AS id LIMIT $limit`;
const UNCOUNTED_EVENTS = `MATCH (e:Meeting|Statement) WHERE e.dyadPairs IS NULL RETURN elementId(e) AS id LIMIT $limit`;

async function idsOf(tx: ManagedTransaction, cypher: string, params: Record<string, unknown>, key: string): Promise<string[]> {
  const record = (await tx.run(cypher, params)).records[0];
  return (record?.get(key) as string[] | undefined) ?? [];
}

/**
 * What a write changed, by element id: the meetings and statements it touched, the persons whose roles it
 * may have changed in any way (`persons`), the places whose countries it may have changed in any way (`places`),
 * the Country ids of roles a load added to persons (`roles`) and the HOLDS_ROLE and IN_COUNTRY relationships a load
 * created (`created`). A load also gives the links it wrote from each event (`links`, by element id, as `TYPE id`):
 * an event already counted with all of them is not counted again.
 */
export interface DyadChange {
  events: readonly string[];
  persons?: readonly string[];
  roles?: ReadonlyArray<{ person: string; countries: readonly string[] }>;
  places?: readonly string[];
  created?: readonly CreatedLink[];
  links?: ReadonlyMap<string, readonly string[]>;
}

/**
 * Takes back what these events counted for before a write removes or rewires them. Events the write
 * deletes must be retracted here, before they are gone; the others are counted again by `countDyads`.
 */
export async function retractDyads(tx: ManagedTransaction, events: readonly string[]): Promise<void> {
  if (events.length === 0) return;
  const sorted = [...new Set(events)].sort();
  await tx.run(RETRACT, { events: sorted });
  await retractEntityLists(tx, sorted);
}

/**
 * Brings the counts up to date after a write: updates the persons' role countries, then counts again
 * the events it touched, the statements said at those meetings and the statements by or about a person
 * whose role countries changed. Element ids of nodes the write deleted are skipped.
 */
export async function countDyads(tx: ManagedTransaction, change: DyadChange): Promise<void> {
  const { links } = change;
  const touched = links && change.events.length > 0
    ? await idsOf(tx, CHANGED_BY_LOAD, { rows: [...new Set(change.events)].map((event) => ({ event, links: [...(links.get(event) ?? [])] })) }, 'events')
    : change.events;
  const events = new Set(touched);
  if (change.persons && change.persons.length > 0) {
    for (const id of await idsOf(tx, REFRESH_ROLE_COUNTRIES, { persons: [...new Set(change.persons)] }, 'statements')) events.add(id);
  }
  await refreshLinkSummaries(tx, [...(change.persons ?? []), ...(change.places ?? [])]);
  if (change.created) await addToLinkSummaries(tx, change.created);
  if (change.roles && change.roles.length > 0) {
    for (const id of await idsOf(tx, ADD_ROLE_COUNTRIES, { roles: change.roles }, 'statements')) events.add(id);
  }
  if (events.size > 0) for (const id of await idsOf(tx, STATEMENTS_AT, { events: [...events] }, 'statements')) events.add(id);
  if (events.size === 0) return;
  await recount(tx, [...events]);
}

/**
 * Takes back what the events counted and counts them again, and lists them again under their entities; in
 * element id order, so concurrent writes lock alike.
 */
async function recount(tx: ManagedTransaction, events: string[]): Promise<void> {
  const sorted = events.sort();
  await tx.run(RETRACT, { events: sorted });
  await tx.run(APPLY, { events: sorted });
  await relistEntityEvents(tx, sorted);
}

/**
 * Fills in the counts and entity lists of a graph written before they were kept, or by hand; a no-op once they
 * are complete.
 */
export class DyadCountRepository {
  constructor(private readonly db: Database, private readonly batchSize = 2_000) {}

  /**
   * Counts and lists whatever has not been, and summarises the links of persons and places without a summary,
   * in transactions of `batchSize`; returns how many events it counted or listed.
   */
  async countUncounted(): Promise<number> {
    const limit = neo4j.int(this.batchSize);
    for (;;) {
      const persons = await this.db.read(async (tx) => (await tx.run(UNCOUNTED_PERSONS, { limit })).records.map((r) => r.get('id') as string));
      if (persons.length === 0) break;
      await this.db.write((tx) => tx.run(REFRESH_ROLE_COUNTRIES, { persons }));
    }
    for (;;) {
      const entities = await this.db.read(async (tx) => (await tx.run(UNSUMMARISED_ENTITIES, { limit })).records.map((r) => r.get('id') as string));
      if (entities.length === 0) break;
      await this.db.write((tx) => refreshLinkSummaries(tx, entities));
    }
    let counted = 0;
    for (;;) {
      const events = await this.db.read(async (tx) => (await tx.run(UNCOUNTED_EVENTS, { limit })).records.map((r) => r.get('id') as string));
      if (events.length === 0) break;
      await this.db.write((tx) => recount(tx, events));
      counted += events.length;
    }
    // Events counted for the dyads before the entity lists were kept: listed without counting their dyads again.
    for (;;) {
      const events = await this.db.read(async (tx) => (await tx.run(UNLISTED_EVENTS, { limit })).records.map((r) => r.get('id') as string));
      if (events.length === 0) return counted;
      await this.db.write((tx) => relistEntityEvents(tx, events.sort()));
      counted += events.length;
    }
  }
}
