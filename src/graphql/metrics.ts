/**
 * Prometheus metrics for GET /metrics: GraphQL requests by operation and outcome, their latency, and
 * the time spent in Neo4j transactions. One registry per server, so tests can run several servers.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { GraphQLContext } from './context.ts';

export interface ApiMetrics {
  registry: Registry;
  /** Pass to the Database as `onQueryTime`. */
  observeNeo4jQuery(kind: 'read' | 'write', ms: number): void;
  plugin: ApolloServerPlugin<GraphQLContext>;
}

export function createMetrics(options: { defaultMetrics?: boolean } = {}): ApiMetrics {
  const registry = new Registry();
  if (options.defaultMetrics) collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'diplograph_graphql_requests_total',
    help: 'GraphQL operations by operation name and outcome (ok or error).',
    labelNames: ['operation', 'outcome'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'diplograph_graphql_request_duration_seconds',
    help: 'Time to answer a GraphQL operation, by operation name.',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const neo4jTime = new Histogram({
    name: 'diplograph_neo4j_transaction_duration_seconds',
    help: 'Time spent in Neo4j transactions, by kind (read or write).',
    labelNames: ['kind'] as const,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
    registers: [registry],
  });
  return {
    registry,
    observeNeo4jQuery: (kind, ms) => neo4jTime.observe({ kind }, ms / 1000),
    plugin: {
      async requestDidStart() {
        const began = performance.now();
        return {
          async willSendResponse(requestContext) {
            // Anonymous operations share one label; operation names are the client's, so cap their length.
            const operation = (requestContext.operationName ?? 'anonymous').slice(0, 64);
            const outcome = requestContext.errors && requestContext.errors.length > 0 ? 'error' : 'ok';
            requests.inc({ operation, outcome });
            latency.observe({ operation }, (performance.now() - began) / 1000);
          },
        };
      },
    },
  };
}
