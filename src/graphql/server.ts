/**
 * The HTTP server: Apollo at /graphql (GraphiQL there for browsers; graphql-http.ts), and through Express
 * /healthz, /metrics and (when built) the explorer page at /.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import express from 'express';
import { GraphQLError, type ValidationRule } from 'graphql';
import { projectRoot } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { Services } from '../services/services.ts';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { AuthConfig } from './auth.ts';
import type { GraphQLContext } from './context.ts';
import { createErrorFormatter } from './format-error.ts';
import { createGraphQLHttpHandler, isGraphQLPath } from './graphql-http.ts';
import { createArmor, DEFAULT_LIMITS, parseOptions, type OperationLimits } from './limits.ts';
import { createMetrics, type ApiMetrics } from './metrics.ts';
import { requestLogPlugin } from './request-log.ts';
import { resolvers } from './resolvers/index.ts';
import { loadTypeDefs } from './type-defs.ts';

export interface ApiServerOptions {
  services: Services;
  logger: Logger;
  development: boolean;
  /** Bearer tokens; without them reads are open and mutations refused. */
  auth?: AuthConfig;
  /** Metrics shared with the Database's `onQueryTime`; a private set when absent. */
  metrics?: ApiMetrics;
  limits?: OperationLimits;
}

/** The largest GraphQL request body, after decoding: an article for `ingestArticle` with room to spare. */
const MAX_BODY_BYTES = 6 * 1024 * 1024;

export interface ApiServer {
  /** Listens on `port` (0 picks a free one) and resolves with the URL of the API root. */
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

export async function createApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const app = express();
  app.set('etag', false);
  app.set('x-powered-by', false);
  // The request listener is added once Apollo has started; the drain plugin needs the server before that.
  const httpServer = http.createServer();
  const auth = options.auth ?? { editorToken: null, readToken: null };
  const metrics = options.metrics ?? createMetrics();
  const limits = options.limits ?? DEFAULT_LIMITS;
  const armor = createArmor(limits);
  const apollo = new ApolloServer<GraphQLContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    validationRules: [...armor.validationRules, noSubscriptions],
    parseOptions: parseOptions(limits),
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: options.development,
    formatError: createErrorFormatter({
      development: options.development,
      onInternalError: (error) => options.logger.error({ err: error }, 'internal error in a GraphQL operation'),
    }),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // GraphiQL is served from local assets below instead of Apollo's CDN-loaded landing page.
      ApolloServerPluginLandingPageDisabled(),
      // Apollo's default cache-control plugin wraps every field's resolver to collect cache hints, which
      // the schema does not give (answers go to POSTs and are not cached): a neighbourhood of 100 nodes
      // and 500 edges resolved 3,000 fields through that wrapper.
      ApolloServerPluginCacheControlDisabled(),
      ...armor.plugins,
      metrics.plugin,
      requestLogPlugin(options.logger),
    ],
  });
  await apollo.start();

  app.get('/healthz', async (_req, res) => {
    try {
      const health = await options.services.health.health();
      res.status(200).json({ status: 'ok', neo4jVersion: health.neo4jVersion });
    } catch {
      res.status(503).json({ status: 'unavailable' });
    }
  });

  app.get('/metrics', async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  // The explorer page, built by `npm run build`; without a build the API still serves on its own.
  const explorerDir = path.join(projectRoot, 'web', 'dist');
  if (fs.existsSync(path.join(explorerDir, 'index.html'))) app.use(express.static(explorerDir, { index: 'index.html' }));

  const graphql = createGraphQLHttpHandler({
    apollo,
    context: (requestAuth) => ({ services: options.services, loaders: options.services.createLoaders(), auth: requestAuth }),
    auth,
    logger: options.logger,
    maxBodyBytes: MAX_BODY_BYTES,
  });
  httpServer.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => (isGraphQLPath(req.url) ? graphql(req, res) : app(req, res)));

  return {
    listen: (port, host = '0.0.0.0') =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address() as AddressInfo;
          resolve(`http://127.0.0.1:${address.port}`);
        });
      }),
    close: () => apollo.stop(),
  };
}

/**
 * The schema has no Subscription type. Without this rule graphql-js fails such an operation at execution
 * with an error that carries no code, which the formatter must then mask as an internal error.
 */
const noSubscriptions: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === 'subscription') context.reportError(new GraphQLError('Subscriptions are not supported by this API.', { nodes: node }));
  },
});
