/** One structured log line per GraphQL operation: name, duration, outcome and error codes. */
import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from '../logger.ts';
import type { GraphQLContext } from './context.ts';

export function requestLogPlugin(logger: Logger): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      // At LOG_LEVEL=warn and above no line is written: no per-operation hook at all, rather than one
      // that builds a line for pino to drop.
      if (!logger.isLevelEnabled('info')) return undefined;
      const began = performance.now();
      return {
        async willSendResponse({ operationName, operation, errors }) {
          const codes = (errors ?? []).map((error) => String(error.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR'));
          logger.info(
            {
              operation: operationName ?? null,
              type: operation?.operation ?? null,
              ms: Math.round(performance.now() - began),
              ...(codes.length > 0 ? { errors: codes } : {}),
            },
            'graphql operation',
          );
        },
      };
    },
  };
}
