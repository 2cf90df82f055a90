/** Aggregates for charts and overviews: timelines, country dyads, counts per label and type. */
import neo4j, { type Node } from 'neo4j-driver';
import type { Database } from '../db/database.ts';
import {
  GRAPH_LABELS,
  RELATIONSHIP_TYPES,
  type CountryModel,
  type DyadBucketModel,
  type MeetingModel,
  type StatementModel,
  type StatsModel,
} from '../domain/graph-model.ts';
import { callFindEntityById } from './node-lookup.ts';
import { toCountry, toNodeModel, toNumber } from './node-mapper.ts';

export interface DateRange {
  from: string | null;
  to: string | null;
}

/** What `dyad` reads: the two countries, null when an id names no country, and the counts per period. */
export interface DyadCountsModel {
  a: CountryModel | null;
  b: CountryModel | null;
  buckets: DyadBucketModel[];
}

// Label and type names are this module's constants; count-store lookups make each branch O(1).
const COUNT_LABELS = GRAPH_LABELS.map((label) => `MATCH (n:${label}) RETURN '${label}' AS name, count(n) AS count`).join(' UNION ALL ');
const COUNT_TYPES = RELATIONSHIP_TYPES.map((type) => `MATCH ()-[r:${type}]->() RETURN '${type}' AS name, count(r) AS count`).join(
  ' UNION ALL ',
);

export class AnalyticsRepository {
  constructor(private readonly db: Database) {}

  /**
   * Meetings an entity took part in, was involved in or hosted, and statements it made or was the
   * subject of, oldest first; undated events last.
   */
  async timeline(entityIds: readonly string[], range: DateRange, limit: number): Promise<Array<MeetingModel | StatementModel>> {
    const result = await this.db.query(
      `UNWIND $ids AS entityId ${callFindEntityById('entityId', 'e')}
       CALL {
         WITH e MATCH (e)<-[:PARTICIPANT|INVOLVES|HELD_IN]-(event:Meeting) RETURN event
         UNION
         WITH e MATCH (e)<-[:SAID_BY|ABOUT]-(event:Statement) RETURN event
       }
       WITH DISTINCT event
       WHERE ($from IS NULL OR event.date >= $from) AND ($to IS NULL OR event.date <= $to)
       RETURN event ORDER BY event.date IS NULL, event.date, event.id LIMIT $limit`,
      { ids: [...new Set(entityIds)], from: range.from, to: range.to, limit: neo4j.int(limit) },
    );
    return result.records.map((record) => {
      const model = toNodeModel(record.get('event') as Node);
      if (model.label !== 'Meeting' && model.label !== 'Statement') throw new Error(`expected a meeting or statement, got ${model.label}`);
      return model;
    });
  }

  /**
   * The two countries (null when an id names none) and, per period (`YYYY-MM` with `periodLength` 7,
   * `YYYY` with 4): meetings involving both, and statements between their sides — by one side (the
   * country or a person holding a role for it) about the other, or said at a meeting involving both.
   * Dated events only. The countries come from the same statement as the counts: one round trip.
   */
  async dyad(countryA: string, countryB: string, range: DateRange, periodLength: 4 | 7): Promise<DyadCountsModel> {
    const result = await this.db.query(
      `OPTIONAL MATCH (a:Country {id: $a})
       OPTIONAL MATCH (b:Country {id: $b})
       CALL {
         WITH a, b
         WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL
         // Each side is its country and the people holding a role for it, collected before the
         // statements are matched: a person has one HOLDS_ROLE per reporting sentence, and expanding
         // through each of them multiplied every statement by that count on both sides.
         // No label tests: each relationship type fixes what its ends are (DESIGN.md).
         CALL { WITH a OPTIONAL MATCH (a)<-[:HOLDS_ROLE]-(p) RETURN collect(DISTINCT p) AS peopleA }
         CALL { WITH b OPTIONAL MATCH (b)<-[:HOLDS_ROLE]-(p) RETURN collect(DISTINCT p) AS peopleB }
         WITH a, b, [a] + peopleA AS sideA, [b] + peopleB AS sideB
         CALL {
           WITH a, b
           MATCH (a)<-[:INVOLVES]-(event)-[:INVOLVES]->(b)
           RETURN event, 'meeting' AS kind
           UNION
           WITH sideA, sideB
           UNWIND sideA AS speaker
           MATCH (speaker)<-[:SAID_BY]-(event)-[:ABOUT]->(subject)
           WHERE subject IN sideB
           RETURN event, 'statement' AS kind
           UNION
           WITH sideA, sideB
           UNWIND sideB AS speaker
           MATCH (speaker)<-[:SAID_BY]-(event)-[:ABOUT]->(subject)
           WHERE subject IN sideA
           RETURN event, 'statement' AS kind
           UNION
           WITH a, b
           MATCH (a)<-[:INVOLVES]-(meeting)-[:INVOLVES]->(b), (meeting)<-[:AT]-(event)
           RETURN event, 'statement' AS kind
         }
         WITH event, kind
         WHERE event.date IS NOT NULL
           AND ($from IS NULL OR event.date >= $from) AND ($to IS NULL OR event.date <= $to)
         WITH substring(event.date, 0, $periodLength) AS period, kind, count(DISTINCT event) AS events
         RETURN collect({period: period, kind: kind, events: events}) AS counts
       }
       RETURN a, b, counts`,
      { a: countryA, b: countryB, from: range.from, to: range.to, periodLength: neo4j.int(periodLength) },
    );
    const record = result.records[0];
    const buckets = new Map<string, DyadBucketModel>();
    for (const { period, kind, events } of (record?.get('counts') as Array<{ period: string; kind: string; events: unknown }> | undefined) ?? []) {
      const bucket = buckets.get(period) ?? { period, meetings: 0, statements: 0 };
      if (kind === 'meeting') bucket.meetings += toNumber(events);
      else bucket.statements += toNumber(events);
      buckets.set(period, bucket);
    }
    const country = (key: 'a' | 'b') => {
      const node = record?.get(key) as Node | null | undefined;
      return node ? toCountry(node) : null;
    };
    return { a: country('a'), b: country('b'), buckets: [...buckets.values()].sort((x, y) => x.period.localeCompare(y.period)) };
  }

  async stats(): Promise<StatsModel> {
    return this.db.read(async (tx) => {
      const nodes = await tx.run(COUNT_LABELS);
      const relationships = await tx.run(COUNT_TYPES);
      const counts = (records: typeof nodes.records) =>
        records.map((record) => ({ name: record.get('name') as string, count: toNumber(record.get('count')) }));
      return { nodes: counts(nodes.records), relationships: counts(relationships.records) };
    });
  }
}
