/** Lists of meetings and statements, filtered and paged. */
import type { MeetingConnectionModel, StatementConnectionModel } from '../domain/graph-model.ts';
import type { MeetingFilter, MeetingOrder, MeetingRepository } from '../repositories/meeting-repository.ts';
import type { StatementFilter, StatementRepository } from '../repositories/statement-repository.ts';
import { pageRequest, toConnection } from './pagination.ts';

export type { MeetingFilter, MeetingOrder, StatementFilter };

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

export interface ListOptions {
  /** The client asked for totalCount: the page and the count come from one statement. */
  withTotal?: boolean;
}

export class MeetingService {
  constructor(private readonly meetingRepository: MeetingRepository, private readonly statementRepository: StatementRepository) {}

  async meetings(filter: MeetingFilter, order: MeetingOrder, paging: Paging, options: ListOptions = {}): Promise<MeetingConnectionModel> {
    const request = pageRequest(paging);
    if (options.withTotal) {
      const { page, total } = await this.meetingRepository.findWithTotal(filter, order, request);
      return toConnection(page, () => Promise.resolve(total));
    }
    const page = await this.meetingRepository.find(filter, order, request);
    return toConnection(page, () => this.meetingRepository.count(filter));
  }

  async statements(filter: StatementFilter, paging: Paging, options: ListOptions = {}): Promise<StatementConnectionModel> {
    const request = pageRequest(paging);
    if (options.withTotal) {
      const { page, total } = await this.statementRepository.findWithTotal(filter, request);
      return toConnection(page, () => Promise.resolve(total));
    }
    const page = await this.statementRepository.find(filter, request);
    return toConnection(page, () => this.statementRepository.count(filter));
  }
}
