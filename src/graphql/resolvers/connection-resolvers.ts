/** Relay connection fields, the same for every list: edges with opaque cursors, pageInfo, totalCount. */
import type { Connection } from '../../domain/graph-model.ts';
import { encodeCursor } from '../../services/pagination.ts';
import type { Resolvers } from '../__generated__/resolvers-types.ts';

function connectionResolvers<T>() {
  return {
    edges: (connection: Connection<T>) => connection.items.map((node, i) => ({ cursor: encodeCursor(connection.offset + i), node })),
    pageInfo: (connection: Connection<T>) => ({
      hasNextPage: connection.hasNextPage,
      hasPreviousPage: connection.offset > 0,
      startCursor: connection.items.length > 0 ? encodeCursor(connection.offset) : null,
      endCursor: connection.items.length > 0 ? encodeCursor(connection.offset + connection.items.length - 1) : null,
    }),
    totalCount: (connection: Connection<T>) => connection.totalCount(),
  };
}

export const connectionTypeResolvers: Pick<Resolvers, 'PersonConnection' | 'ArticleConnection' | 'MeetingConnection' | 'StatementConnection'> = {
  PersonConnection: connectionResolvers(),
  ArticleConnection: connectionResolvers(),
  MeetingConnection: connectionResolvers(),
  StatementConnection: connectionResolvers(),
};
