/** Timelines, dyads and counts: the aggregates behind charts. */
import type { DyadModel, StatsModel, TimelineEventModel } from '../domain/graph-model.ts';
import { DiplographError, ErrorCode } from '../domain/errors.ts';
import type { AnalyticsRepository, DateRange } from '../repositories/analytics-repository.ts';
import { pageSize } from './pagination.ts';

export type Interval = DyadModel['interval'];

function noCountry(id: string): DiplographError {
  return new DiplographError(ErrorCode.NOT_FOUND, `No country has the id ${JSON.stringify(id)}.`);
}

export class AnalyticsService {
  constructor(private readonly analytics: AnalyticsRepository) {}

  async timeline(entityIds: readonly string[], range: DateRange, first: number | null | undefined): Promise<TimelineEventModel[]> {
    const limit = pageSize(first);
    if (entityIds.length === 0 || entityIds.length > 20) {
      throw new DiplographError(ErrorCode.BAD_USER_INPUT, `entities: expected 1 to 20 ids, got ${entityIds.length}`);
    }
    return this.analytics.timeline(entityIds, range, limit);
  }

  async dyad(a: string, b: string, range: DateRange, interval: Interval): Promise<DyadModel> {
    const { a: countryA, b: countryB, buckets } = await this.analytics.dyad(a, b, range, interval === 'MONTH' ? 7 : 4);
    if (!countryA) throw noCountry(a);
    if (!countryB) throw noCountry(b);
    return { a: countryA, b: countryB, interval, buckets };
  }

  stats(): Promise<StatsModel> {
    return this.analytics.stats();
  }
}
