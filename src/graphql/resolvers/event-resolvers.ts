/** Meeting, Statement, Article and Evidence: the reported events and where they were read. */
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { allOf, entitiesOf, firstOf, relatedTo } from './entity-resolvers.ts';

export const eventResolvers: Pick<Resolvers, 'Meeting' | 'Statement' | 'Article' | 'Evidence' | 'TimelineEvent'> = {
  Meeting: {
    participants: (meeting, _args, { loaders }) => relatedTo(loaders, 'meetingParticipants', meeting.id, (nodes) => allOf(nodes, 'Person')),
    countries: (meeting, _args, { loaders }) => relatedTo(loaders, 'meetingCountries', meeting.id, (nodes) => allOf(nodes, 'Country')),
    location: (meeting, _args, { loaders }) => relatedTo(loaders, 'meetingLocation', meeting.id, (nodes) => firstOf(nodes, 'Location')),
    statements: (meeting, _args, { loaders }) => relatedTo(loaders, 'meetingStatements', meeting.id, (nodes) => allOf(nodes, 'Statement')),
    reportedIn: (meeting, _args, { loaders }) => loaders.reportedIn('meeting').load(meeting.id),
    previous: (meeting, _args, { loaders }) => relatedTo(loaders, 'meetingPrevious', meeting.id, (nodes) => firstOf(nodes, 'Meeting')),
  },
  Statement: {
    speaker: (statement, _args, { loaders }) => relatedTo(loaders, 'statementSpeaker', statement.id, (nodes) => entitiesOf(nodes)[0] ?? null),
    via: (statement, _args, { loaders }) => relatedTo(loaders, 'statementVia', statement.id, (nodes) => firstOf(nodes, 'Organization')),
    meeting: (statement, _args, { loaders }) => relatedTo(loaders, 'statementMeeting', statement.id, (nodes) => firstOf(nodes, 'Meeting')),
    about: (statement, _args, { loaders }) => relatedTo(loaders, 'statementAbout', statement.id, entitiesOf),
    evidence: (statement, _args, { loaders }) => loaders.reportedIn('statement').load(statement.id),
  },
  Article: {
    entities: (article, _args, { loaders }) => relatedTo(loaders, 'articleEntities', article.id, entitiesOf),
    meetings: (article, _args, { loaders }) => relatedTo(loaders, 'articleMeetings', article.id, (nodes) => allOf(nodes, 'Meeting')),
    statements: (article, _args, { loaders }) => relatedTo(loaders, 'articleStatements', article.id, (nodes) => allOf(nodes, 'Statement')),
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
