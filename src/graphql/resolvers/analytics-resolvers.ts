import type { Resolvers } from '../__generated__/resolvers-types.ts';

export const analyticsResolvers: Pick<Resolvers, 'Dyad'> = {
  Dyad: {
    totalMeetings: (dyad) => dyad.buckets.reduce((sum, bucket) => sum + bucket.meetings, 0),
    totalStatements: (dyad) => dyad.buckets.reduce((sum, bucket) => sum + bucket.statements, 0),
  },
};
