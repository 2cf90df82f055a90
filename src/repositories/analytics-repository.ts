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
import { DYAD_DAY_LABEL, dyadPairPrefix } from './dyad-counts.ts';
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
   * Dated events only. Read from the counts every write keeps per pair and day (dyad-counts.ts): one range
   * of index entries, however many events the two countries share. One round trip.
   */
  async dyad(countryA: string, countryB: string, range: DateRange, periodLength: 4 | 7): Promise<DyadCountsModel> {
    const result = await this.db.query(
      `OPTIONAL MATCH (a:Country {id: $a})
       OPTIONAL MATCH (b:Country {id: $b})
       CALL (a, b) {
         WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL
         // Keys are '<pair> <day>': the day's string order is the date order the event filter used.
         MATCH (d:${DYAD_DAY_LABEL})
         WHERE d.key >= $prefix + coalesce($from, '') AND d.key <= $prefix + coalesce($to, '\uffff')
         WITH substring(d.key, size($prefix), $periodLength) AS period, sum(d.meetings) AS meetings, sum(d.statements) AS statements
         RETURN collect({period: period, meetings: meetings, statements: statements}) AS counts
       }
       RETURN a, b, counts`,
      {
        a: countryA,
        b: countryB,
        prefix: dyadPairPrefix(countryA, countryB),
        from: range.from,
        to: range.to,
        periodLength: neo4j.int(periodLength),
      },
    );
    const record = result.records[0];
    const buckets = new Map<string, DyadBucketModel>();
    for (const { period, meetings, statements } of (record?.get('counts') as Array<{ period: string; meetings: unknown; statements: unknown }> | undefined) ?? []) {
      const [m, s] = [toNumber(meetings), toNumber(statements)];
      if (m > 0 || s > 0) buckets.set(period, { period, meetings: m, statements: s });
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
