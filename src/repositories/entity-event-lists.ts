/**
 * Each entity's meetings (as a participant), the statements about it and the statements it made, kept in date
 * order and counted per day by every write, so a page of "this person's meetings", "statements about this
 * country" or "what this person said" reads 20 index entries and a total reads one count per day, instead of
 * every event of the entity: at 100,000 articles the busiest country is the subject of tens of thousands of
 * statements, and the busiest person has one SAID_BY per sentence reporting what they said.
 *
 * Two kinds of nodes, each under a uniqueness constraint (whose range index gives both the seek and the order):
 * - `EventEntry {key, event}`: one per event and entity, `key` = `<kind> <entity id> <place> <event id>`, where
 *   `kind` is the relationship (`PARTICIPANT` for meetings, `ABOUT` and `SAID_BY` for statements) and `place` is `0` then the
 *   event's date with each digit turned into 9 minus it and a closing `~`, or `1` for an undated event. Read in
 *   ascending key order, an entity's entries come newest first, the same day by event id, undated last: exactly
 *   `ORDER BY date IS NULL, date DESC, id`, the order the lists have always had (the `~` puts `2022-01` after
 *   `2022-01-21`, as a descending sort of the dates does).
 * - `EntityDay {key, events}`: how many of an entity's events fall on one day, `key` = `<kind> <entity id> <day>`,
 *   `day` being `0` then the date, or `1` for the undated. A total over any range of dates is one index range.
 *
 * As with the dyad counts (dyad-counts.ts), each event remembers the keys it was entered under (`entryKeys`,
 * `entryDays`), so a write first takes its old entries back and then adds the new ones: exact whatever the write
 * changed. The writes call these through dyad-counts.ts, which already learns of every event a write touches.
 * Entity ids are slugs without spaces, so one entity's keys never share a prefix with another's.
 *
 * `entryVersion` on an event says which lists it was entered in: events listed before the SAID_BY lists were
 * kept (version 1, no property) are listed again on start, as events never listed are.
 */
import type { ManagedTransaction } from 'neo4j-driver';

export const EVENT_ENTRY_LABEL = 'EventEntry';
export const ENTITY_DAY_LABEL = 'EntityDay';

/** Which list: the meetings a person took part in, the statements about an entity, or the statements it made. */
export type EntityListKind = 'PARTICIPANT' | 'ABOUT' | 'SAID_BY';

/** The lists an event written now is entered in; an event with a lower `entryVersion` is listed again. */
export const ENTRY_VERSION = 2;

/** True of an event `e` not entered in every list this version keeps: never listed, or listed before SAID_BY. */
export const unlisted = (e: string) => `(${e}.entryKeys IS NULL OR coalesce(${e}.entryVersion, 1) < ${ENTRY_VERSION})`;

/** Beyond any character of a date or an id (all ASCII): closes a key range. */
const BEYOND = '\uFFFF';

/** A date whose string order is the reverse of the date's: `2022-01-21` → `7977-98-78~`. */
export function reversedDate(date: string): string {
  return `${date.replace(/[0-9]/g, (digit) => String(9 - Number(digit)))}~`;
}

/** The same in Cypher, for the date `d`. */
const REVERSED_DATE = (d: string) =>
  `reduce(k = '', c IN split(${d}, '') | k + CASE WHEN c >= '0' AND c <= '9' THEN toString(9 - toInteger(c)) ELSE c END) + '~'`;

/** Inclusive key bounds of one entity's list between two optional ISO dates, as a statement's WHERE reads them. */
export interface KeyRange {
  low: string;
  high: string;
}

/**
 * The entries of an entity's events dated within [from, to] (both inclusive, either absent), or every entry
 * when neither is given: the undated count only when no bound is, as `date >= $from` is never true of them.
 */
export function entryRange(kind: EntityListKind, entityId: string, from: string | null, to: string | null): KeyRange {
  const prefix = `${kind} ${entityId} `;
  return {
    low: to === null ? `${prefix}0` : `${prefix}0${reversedDate(to)}`,
    high: from !== null ? `${prefix}0${reversedDate(from)} ${BEYOND}` : to !== null ? `${prefix}0${BEYOND}` : `${prefix}1 ${BEYOND}`,
  };
}

/** The day counts of an entity's events dated within [from, to], or all of them (undated too) when neither is given. */
export function dayRange(kind: EntityListKind, entityId: string, from: string | null, to: string | null): KeyRange {
  const prefix = `${kind} ${entityId} `;
  return {
    low: from === null ? `${prefix}0` : `${prefix}0${from}`,
    high: to !== null ? `${prefix}0${to}` : from !== null ? `${prefix}0${BEYOND}` : `${prefix}1`,
  };
}

/** Takes each event's entries and day counts back and forgets them; a day left with nothing is removed. */
const RETRACT = `
UNWIND $events AS eventId
MATCH (e:Meeting|Statement) WHERE elementId(e) = eventId
// Reading a property on the right of its own SET locks the event first: two writes touching it take turns.
SET e.entryKeys = e.entryKeys
WITH e WHERE e.entryKeys IS NOT NULL
WITH e, e.entryKeys AS entries, coalesce(e.entryDays, []) AS days
REMOVE e.entryKeys, e.entryDays, e.entryVersion
WITH entries, days
CALL (entries) {
  UNWIND entries AS key
  MATCH (x:${EVENT_ENTRY_LABEL} {key: key})
  DELETE x
}
UNWIND days AS key
WITH key, count(*) AS events
ORDER BY key
MATCH (d:${ENTITY_DAY_LABEL} {key: key})
SET d.events = d.events - events
WITH d WHERE d.events <= 0
DELETE d`;

/**
 * Enters each event in the lists of the entities it is linked to and adds it to their day counts. An event
 * with no such entity remembers empty lists, which tells it from an event written before the lists existed.
 * A meeting has no ABOUT or SAID_BY and a statement no PARTICIPANT (DESIGN.md), so one pattern serves both.
 */
const APPLY = `
UNWIND $events AS eventId
MATCH (e:Meeting|Statement) WHERE elementId(e) = eventId
WITH e,
  COLLECT { MATCH (e)-[r:PARTICIPANT|ABOUT|SAID_BY]->(t) WITH DISTINCT type(r) + ' ' + t.id AS list RETURN list ORDER BY list } AS lists,
  CASE WHEN e.date IS NULL THEN '1' ELSE '0' + ${REVERSED_DATE('toString(e.date)')} END AS place,
  CASE WHEN e.date IS NULL THEN '1' ELSE '0' + toString(e.date) END AS day
WITH e, [list IN lists | list + ' ' + place + ' ' + e.id] AS entries, [list IN lists | list + ' ' + day] AS days
SET e.entryKeys = entries, e.entryDays = days, e.entryVersion = ${ENTRY_VERSION}
WITH e, entries, days
CALL (e, entries) {
  UNWIND entries AS key
  MERGE (x:${EVENT_ENTRY_LABEL} {key: key})
  SET x.event = e.id
}
UNWIND days AS key
WITH key, count(*) AS events
ORDER BY key
MERGE (d:${ENTITY_DAY_LABEL} {key: key})
  ON CREATE SET d.events = 0
SET d.events = d.events + events`;

/** Events written before the lists were kept (or before some of them were), or by hand. */
export const UNLISTED_EVENTS = `MATCH (e:Meeting|Statement) WHERE ${unlisted('e')} RETURN elementId(e) AS id LIMIT $limit`;

/** Takes back the entries of events a write is about to delete or rewire (element ids, sorted by the caller). */
export async function retractEntityLists(tx: ManagedTransaction, events: readonly string[]): Promise<void> {
  if (events.length > 0) await tx.run(RETRACT, { events: [...events] });
}

/** Takes back what these events were entered under and enters them again from their links now. */
export async function relistEntityEvents(tx: ManagedTransaction, events: readonly string[]): Promise<void> {
  if (events.length === 0) return;
  await tx.run(RETRACT, { events: [...events] });
  await tx.run(APPLY, { events: [...events] });
}

/** A statement over an entity's list and its parameters. */
export interface EntityListQuery {
  cypher: string;
  parameters: Record<string, unknown>;
}

/**
 * Returns `page`, the `item` of each event of one page of an entity's list, read from the index in key order and
 * stopped after `$offset + $limit` entries, and with `withTotal` also `total`, summed from the day counts (one per
 * day in range: the busiest person has meetings on 788 days at 100k articles, so a page that shows no total does
 * not sum them). `variable` names the event in `calls` and `item` (relatedOfEach). No sort: the index hands the
 * entries over in key order.
 */
export function entityListPage(
  kind: EntityListKind,
  entityId: string,
  from: string | null,
  to: string | null,
  variable: string,
  calls: string,
  item: string,
  withTotal = true,
): EntityListQuery {
  const label = kind === 'PARTICIPANT' ? 'Meeting' : 'Statement';
  const entries = entryRange(kind, entityId, from, to);
  const days = dayRange(kind, entityId, from, to);
  const total = withTotal
    ? `CALL { MATCH (d:${ENTITY_DAY_LABEL}) WHERE d.key >= $dayLow AND d.key <= $dayHigh RETURN coalesce(sum(d.events), 0) AS total }`
    : 'WITH null AS total';
  return {
    cypher: `
      ${total}
      CALL {
        MATCH (x:${EVENT_ENTRY_LABEL}) WHERE x.key >= $entryLow AND x.key <= $entryHigh
        WITH x ORDER BY x.key SKIP $offset LIMIT $limit
        MATCH (${variable}:${label} {id: x.event})
        ${calls}
        RETURN collect(${item}) AS page
      }
      RETURN total, page`,
    parameters: { dayLow: days.low, dayHigh: days.high, entryLow: entries.low, entryHigh: entries.high },
  };
}

/** Returns `total`, from the day counts, for an entity's list between two optional dates. */
export function entityListTotal(kind: EntityListKind, entityId: string, from: string | null, to: string | null): EntityListQuery {
  const days = dayRange(kind, entityId, from, to);
  return {
    cypher: `MATCH (d:${ENTITY_DAY_LABEL}) WHERE d.key >= $dayLow AND d.key <= $dayHigh RETURN coalesce(sum(d.events), 0) AS total`,
    parameters: { dayLow: days.low, dayHigh: days.high },
  };
}
