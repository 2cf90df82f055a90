import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { analyticsResolvers } from './analytics-resolvers.ts';
import { connectionTypeResolvers } from './connection-resolvers.ts';
import { entityResolvers } from './entity-resolvers.ts';
import { eventResolvers } from './event-resolvers.ts';
import { mutationResolvers } from './mutation-resolvers.ts';
import { queryResolvers } from './query-resolvers.ts';

export const resolvers: Resolvers = {
  Date: DateResolver,
  DateTime: DateTimeResolver,
  Query: queryResolvers,
  Mutation: mutationResolvers,
  ...entityResolvers,
  ...eventResolvers,
  ...connectionTypeResolvers,
  ...analyticsResolvers,
};
