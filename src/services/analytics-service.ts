/** Timelines, dyads and counts: the aggregates behind charts. */
import type { DyadModel, StatsModel, TimelineEventModel } from '../domain/graph-model.ts';
import { DiplographError, ErrorCode } from '../domain/errors.ts';
import type { AnalyticsRepository, DateRange } from '../repositories/analytics-repository.ts';
import type { NodeRepository } from '../repositories/node-repository.ts';
import { pageSize } from './pagination.ts';

export type Interval = DyadModel['interval'];

export class AnalyticsService {
  constructor(private readonly analytics: AnalyticsRepository, private readonly nodes: NodeRepository) {}

  async timeline(entityIds: readonly string[], range: DateRange, first: number | null | undefined): Promise<TimelineEventModel[]> {
    const limit = pageSize(first);
    if (entityIds.length === 0 || entityIds.length > 20) {
      throw new DiplographError(ErrorCode.BAD_USER_INPUT, `entities: expected 1 to 20 ids, got ${entityIds.length}`);
    }
    return this.analytics.timeline(entityIds, range, limit);
  }

  async dyad(a: string, b: string, range: DateRange, interval: Interval): Promise<DyadModel> {
    const found = await this.nodes.findByIds([a, b]);
    const countryA = found.get(a);
    const countryB = found.get(b);
    for (const [id, node] of [[a, countryA], [b, countryB]] as const) {
      if (node?.label !== 'Country') throw new DiplographError(ErrorCode.NOT_FOUND, `No country has the id ${JSON.stringify(id)}.`);
    }
    if (countryA?.label !== 'Country' || countryB?.label !== 'Country') throw new Error('unreachable: checked above');
    const buckets = await this.analytics.dyad(a, b, range, interval === 'MONTH' ? 7 : 4);
    return { a: countryA, b: countryB, interval, buckets };
  }

  stats(): Promise<StatsModel> {
    return this.analytics.stats();
  }
}
