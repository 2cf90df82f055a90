import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { queryResolvers } from './query-resolvers.ts';

export const resolvers: Resolvers = {
  Query: queryResolvers,
};
