/**
 * The HTTP server: Apollo at /graphql, /healthz, and (when built) the explorer page at /.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import express from 'express';
import { projectRoot } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { Services } from '../services/services.ts';
import type { GraphQLContext } from './context.ts';
import { createErrorFormatter } from './format-error.ts';
import { resolvers } from './resolvers/index.ts';
import { loadTypeDefs } from './type-defs.ts';

export interface ApiServerOptions {
  services: Services;
  logger: Logger;
  development: boolean;
}

export interface ApiServer {
  /** Listens on `port` (0 picks a free one) and resolves with the URL of the API root. */
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

export async function createApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<GraphQLContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: options.development,
    formatError: createErrorFormatter({
      development: options.development,
      onInternalError: (error) => options.logger.error({ err: error }, 'internal error in a GraphQL operation'),
    }),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
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

  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async () => ({ services: options.services }),
    }),
  );

  // The explorer page, built by `npm run build`; without a build the API still serves on its own.
  const explorerDir = path.join(projectRoot, 'web', 'dist');
  if (fs.existsSync(path.join(explorerDir, 'index.html'))) app.use(express.static(explorerDir, { index: 'index.html' }));

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
