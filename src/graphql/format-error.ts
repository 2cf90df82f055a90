/**
 * The one place internal failures become client errors. Deliberate errors (DiplographError, GraphQL
 * validation) keep their message and code; anything else is masked as "Unexpected error." with no stack.
 */
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { DiplographError, ErrorCode } from '../domain/errors.ts';
import { translateNeo4jError } from '../db/database.ts';
import { isTokenLimitError } from './limits.ts';

const CLIENT_CODES = new Set<string>([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  ...Object.values(ErrorCode),
]);

export function createErrorFormatter(options: { development: boolean; onInternalError: (error: unknown) => void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = translateNeo4jError(unwrapResolverError(error));
    if (original instanceof DiplographError) {
      return { message: original.message, ...(formatted.path ? { path: formatted.path } : {}), extensions: { code: original.code } };
    }
    const code = formatted.extensions?.['code'];
    if (typeof code === 'string' && CLIENT_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      if (isTokenLimitError(formatted.message)) return { message: 'Query validation error.', extensions: { code } };
      return { ...formatted, extensions: options.development ? (formatted.extensions ?? {}) : extensions };
    }
    options.onInternalError(original);
    if (options.development) return formatted;
    return { message: 'Unexpected error.', ...(formatted.path ? { path: formatted.path } : {}), extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}
