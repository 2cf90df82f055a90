/** Lists of meetings and statements, filtered and paged. */
import type { MeetingConnectionModel, StatementConnectionModel } from '../domain/graph-model.ts';
import type { MeetingFilter, MeetingOrder, MeetingRelation, MeetingRepository } from '../repositories/meeting-repository.ts';
import type { RelatedNodes, RelationName } from '../repositories/relation-repository.ts';
import type { StatementFilter, StatementRelation, StatementRepository } from '../repositories/statement-repository.ts';
import { pageRequest, toConnection } from './pagination.ts';
import type { RequestLoaders } from './request-loaders.ts';

export type { MeetingFilter, MeetingOrder, MeetingRelation, StatementFilter, StatementRelation };

export interface Paging {
  first?: number | null;
  after?: string | null;
}

export const EMPTY_MEETING_FILTER: MeetingFilter = {
  participants: [],
  countries: [],
  location: null,
  from: null,
  to: null,
  kind: null,
  plover: null,
};

export const EMPTY_STATEMENT_FILTER: StatementFilter = { speaker: null, about: [], text: null, from: null, to: null };

export interface ListOptions<R extends RelationName> {
  /** The client asked for totalCount: the page and the count come from one statement. */
  withTotal?: boolean;
  /**
   * Relations the client asked for on every item (a meeting's participants): read in the page's
   * statement and primed into the request's loaders, where the item's fields then find them.
   */
  include?: { relations: readonly R[]; loaders: RequestLoaders };
}

function prime(loaders: RequestLoaders | undefined, related: RelatedNodes): void {
  if (!loaders) return;
  for (const [relation, byId] of related) for (const [id, nodes] of byId) loaders.primeRelated(relation, id, nodes);
}

export class MeetingService {
  constructor(private readonly meetingRepository: MeetingRepository, private readonly statementRepository: StatementRepository) {}

  async meetings(filter: MeetingFilter, order: MeetingOrder, paging: Paging, options: ListOptions<MeetingRelation> = {}): Promise<MeetingConnectionModel> {
    const request = pageRequest(paging);
    const include = options.include?.relations ?? [];
    if (options.withTotal) {
      const { page, related, total } = await this.meetingRepository.findWithTotal(filter, order, request, include);
      prime(options.include?.loaders, related);
      return toConnection(page, () => Promise.resolve(total));
    }
    const { page, related } = await this.meetingRepository.find(filter, order, request, include);
    prime(options.include?.loaders, related);
    return toConnection(page, () => this.meetingRepository.count(filter));
  }

  async statements(filter: StatementFilter, paging: Paging, options: ListOptions<StatementRelation> = {}): Promise<StatementConnectionModel> {
    const request = pageRequest(paging);
    const include = options.include?.relations ?? [];
    if (options.withTotal) {
      const { page, related, total } = await this.statementRepository.findWithTotal(filter, request, include);
      prime(options.include?.loaders, related);
      return toConnection(page, () => Promise.resolve(total));
    }
    const { page, related } = await this.statementRepository.find(filter, request, include);
    prime(options.include?.loaders, related);
    return toConnection(page, () => this.statementRepository.count(filter));
  }
}
