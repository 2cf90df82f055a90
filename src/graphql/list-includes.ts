/**
 * Which relations of a listed meeting or statement the client selected, so the list's statement reads
 * them too: `person { meetings { edges { node { participants countries } } } }` is one statement for
 * the page with its participants and countries instead of one for the page and one for the relations.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { MeetingRelation, StatementRelation } from '../services/meeting-service.ts';
import type { RequestLoaders } from '../services/request-loaders.ts';
import { subfieldsSelectedAt } from './selection.ts';

/** Meeting fields (schema/meeting.graphql) resolved through a relation loader, and that relation. */
const MEETING_FIELDS = {
  participants: 'meetingParticipants',
  countries: 'meetingCountries',
  location: 'meetingLocation',
  statements: 'meetingStatements',
  previous: 'meetingPrevious',
} as const satisfies Record<string, MeetingRelation>;

/** Statement fields (schema/statement.graphql) resolved through a relation loader, and that relation. */
const STATEMENT_FIELDS = {
  speaker: 'statementSpeaker',
  via: 'statementVia',
  meeting: 'statementMeeting',
  about: 'statementAbout',
} as const satisfies Record<string, StatementRelation>;

/** Where a connection's items are in the selection. */
const ITEM_PATH = ['edges', 'node'] as const;

function includes<F extends string, R>(fields: Record<F, R>, info: GraphQLResolveInfo, loaders: RequestLoaders): { relations: R[]; loaders: RequestLoaders } {
  const selected = subfieldsSelectedAt(info, ITEM_PATH, Object.keys(fields) as F[]);
  return { relations: selected.map((field) => fields[field]), loaders };
}

/** The relations selected on the meetings of the connection being resolved. */
export function meetingIncludes(info: GraphQLResolveInfo, loaders: RequestLoaders): { relations: MeetingRelation[]; loaders: RequestLoaders } {
  return includes(MEETING_FIELDS, info, loaders);
}

/** The relations selected on the statements of the connection being resolved. */
export function statementIncludes(info: GraphQLResolveInfo, loaders: RequestLoaders): { relations: StatementRelation[]; loaders: RequestLoaders } {
  return includes(STATEMENT_FIELDS, info, loaders);
}
