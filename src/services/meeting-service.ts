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

export class MeetingService {
  constructor(private readonly meetingRepository: MeetingRepository, private readonly statementRepository: StatementRepository) {}

  async meetings(filter: MeetingFilter, order: MeetingOrder, paging: Paging): Promise<MeetingConnectionModel> {
    const page = await this.meetingRepository.find(filter, order, pageRequest(paging));
    return toConnection(page, () => this.meetingRepository.count(filter));
  }

  async statements(filter: StatementFilter, paging: Paging): Promise<StatementConnectionModel> {
    const page = await this.statementRepository.find(filter, pageRequest(paging));
    return toConnection(page, () => this.statementRepository.count(filter));
  }
}
