/**
 * Limits on what one operation may ask for (graphql-armor): depth, cost, aliases, tokens. The defaults
 * let the explorer page's largest query (node details with roles and evidence) and GraphiQL's
 * introspection through. Rejections say only "Query validation error." so clients cannot probe the limits.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ValidationRule } from 'graphql';
import type { GraphQLContext } from './context.ts';

export interface OperationLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxTokens: number;
}

export const DEFAULT_LIMITS: OperationLimits = { maxDepth: 10, maxCost: 10_000, maxAliases: 30, maxTokens: 2_000 };

export function createArmor(limits: OperationLimits = DEFAULT_LIMITS): {
  plugins: ApolloServerPlugin<GraphQLContext>[];
  validationRules: ValidationRule[];
} {
  const protection = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, exposeLimits: false, ignoreIntrospection: true },
    costLimit: { maxCost: limits.maxCost, exposeLimits: false, ignoreIntrospection: true },
    maxAliases: { n: limits.maxAliases, exposeLimits: false },
    // Tokens are counted by graphql-js's own parser instead (see `parseOptions`): graphql-armor's
    // token check fires inside Apollo's parsing hook, where a rejection is answered with status 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: 20, exposeLimits: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  // graphql-armor's typings name @apollo/server's CommonJS declarations; the plugin objects are the
  // same at run time, only the two declaration files differ.
  return { plugins: protection.plugins as unknown as ApolloServerPlugin<GraphQLContext>[], validationRules: protection.validationRules };
}

/** Parser options that refuse an operation of more than `maxTokens` tokens as a parse failure (400). */
export function parseOptions(limits: OperationLimits = DEFAULT_LIMITS): { maxTokens: number } {
  return { maxTokens: limits.maxTokens };
}

/**
 * True for graphql-js's token-limit parse error, which names the limit ("Document contains more that
 * 2000 tokens") and where parsing stopped; clients are not told the limits.
 */
export function isTokenLimitError(message: string): boolean {
  return /Document contains more th(?:an|at) \d+ tokens/.test(message);
}
