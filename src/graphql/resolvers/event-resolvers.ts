/** Meeting, Statement, Article and Evidence: the reported events and where they were read. */
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { allOf, entitiesOf, firstOf } from './entity-resolvers.ts';

export const eventResolvers: Pick<Resolvers, 'Meeting' | 'Statement' | 'Article' | 'Evidence' | 'TimelineEvent'> = {
  Meeting: {
    participants: async (meeting, _args, { loaders }) => allOf(await loaders.related('meetingParticipants').load(meeting.id), 'Person'),
    countries: async (meeting, _args, { loaders }) => allOf(await loaders.related('meetingCountries').load(meeting.id), 'Country'),
    location: async (meeting, _args, { loaders }) => firstOf(await loaders.related('meetingLocation').load(meeting.id), 'Location'),
    statements: async (meeting, _args, { loaders }) => allOf(await loaders.related('meetingStatements').load(meeting.id), 'Statement'),
    reportedIn: (meeting, _args, { loaders }) => loaders.reportedIn('meeting').load(meeting.id),
    previous: async (meeting, _args, { loaders }) => firstOf(await loaders.related('meetingPrevious').load(meeting.id), 'Meeting'),
  },
  Statement: {
    speaker: async (statement, _args, { loaders }) => entitiesOf(await loaders.related('statementSpeaker').load(statement.id))[0] ?? null,
    via: async (statement, _args, { loaders }) => firstOf(await loaders.related('statementVia').load(statement.id), 'Organization'),
    meeting: async (statement, _args, { loaders }) => firstOf(await loaders.related('statementMeeting').load(statement.id), 'Meeting'),
    about: async (statement, _args, { loaders }) => entitiesOf(await loaders.related('statementAbout').load(statement.id)),
    evidence: (statement, _args, { loaders }) => loaders.reportedIn('statement').load(statement.id),
  },
  Article: {
    entities: async (article, _args, { loaders }) => entitiesOf(await loaders.related('articleEntities').load(article.id)),
    meetings: async (article, _args, { loaders }) => allOf(await loaders.related('articleMeetings').load(article.id), 'Meeting'),
    statements: async (article, _args, { loaders }) => allOf(await loaders.related('articleStatements').load(article.id), 'Statement'),
  },
  Evidence: {
    article: async (evidence, _args, { loaders }) => {
      const article = await loaders.node.load(evidence.articleId);
      // Evidence is read through its article, so the article exists unless it was deleted meanwhile.
      if (article?.label !== 'Article') throw new Error(`evidence points at article ${evidence.articleId}, which is missing`);
      return article;
    },
  },
  TimelineEvent: { __resolveType: (event) => event.label },
};
