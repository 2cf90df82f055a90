import type { QueryResolvers } from '../__generated__/resolvers-types.ts';

export const queryResolvers: QueryResolvers = {
  health: (_parent, _args, { services }) => services.health.health(),
};
