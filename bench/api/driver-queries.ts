/**
 * The workload as the limit: the repository calls Diplograph's resolvers make for each question, in the
 * same order and with the same parallelism (what one DataLoader tick batches runs as one call), straight
 * through the Database class and neo4j-driver with no GraphQL or HTTP in between. The Cypher is the
 * repositories' own; `equivalence.ts` checks it is the same set of statements a GraphQL request issues.
 */
import type { Database } from '../../src/db/database.ts';
import type { SearchHitModel } from '../../src/domain/graph-model.ts';
import { AnalyticsRepository } from '../../src/repositories/analytics-repository.ts';
import { EvidenceRepository } from '../../src/repositories/evidence-repository.ts';
import { GraphRepository } from '../../src/repositories/graph-repository.ts';
import { MeetingRepository } from '../../src/repositories/meeting-repository.ts';
import { NodeRepository } from '../../src/repositories/node-repository.ts';
import { SearchRepository } from '../../src/repositories/search-repository.ts';
import { StatementRepository } from '../../src/repositories/statement-repository.ts';
import { EMPTY_MEETING_FILTER, EMPTY_STATEMENT_FILTER } from '../../src/services/meeting-service.ts';
import type { WorkloadParameters } from './parameters.ts';
import type { DriverStep, QueryName } from './workload.ts';

export function driverWorkload(db: Database, p: WorkloadParameters): Record<QueryName, DriverStep[]> {
  const nodes = new NodeRepository(db);
  const meetings = new MeetingRepository(db);
  const statements = new StatementRepository(db);
  const evidence = new EvidenceRepository(db);
  const search = new SearchRepository(db);
  const graph = new GraphRepository(db);
  const analytics = new AnalyticsRepository(db);

  return {
    // Query.person → Person.meetings with totalCount, and the participants and countries the client
    // selected on each meeting, read by the page's statement.
    personMeetings: [
      async () => {
        await nodes.findByIdsWithLabel([p.personId], 'Person');
        const filter = { ...EMPTY_MEETING_FILTER, participants: [p.personId] };
        return meetings.findWithTotal(filter, 'DATE_DESC', { offset: 0, limit: 20 }, ['meetingParticipants', 'meetingCountries']);
      },
    ],
    // Query.country → Country.statementsAbout with totalCount, and each statement's speaker read by the page's statement.
    countryStatements: [
      async () => {
        await nodes.findByIdsWithLabel([p.countryId], 'Country');
        const filter = { ...EMPTY_STATEMENT_FILTER, about: [p.countryId], from: p.from, to: p.to };
        return statements.findWithTotal(filter, { offset: 0, limit: 20 }, ['statementSpeaker']);
      },
    ],
    // AnalyticsService.dyad: the two countries and the buckets in one statement.
    dyad: [() => analytics.dyad(p.dyadA, p.dyadB, { from: null, to: null }, 7)],
    neighborhood: [() => graph.neighborhood(p.personId, 2, 100)],
    // Query.search, then Query.person → (roles ‖ meetings ‖ statements)
    searchDetails: [
      () => search.searchEntities(p.searchText, ['Person'], 10),
      async (previous) => {
        const top = (previous as SearchHitModel[])[0];
        if (!top) throw new Error(`search for ${JSON.stringify(p.searchText)} found nobody`);
        const id = top.entity.id;
        await nodes.findByIdsWithLabel([id], 'Person');
        return Promise.all([
          // The details query asks for no evidence of the roles.
          evidence.roles([id], false),
          meetings.find({ ...EMPTY_MEETING_FILTER, participants: [id] }, 'DATE_DESC', { offset: 0, limit: 5 }),
          statements.find({ ...EMPTY_STATEMENT_FILTER, speaker: id }, { offset: 0, limit: 5 }),
        ]);
      },
    ],
  };
}
