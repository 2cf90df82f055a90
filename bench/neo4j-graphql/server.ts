/**
 * An @neo4j/graphql 7 API over the Diplograph graph, for the benchmark's comparison: the library's
 * generated schema from `type-defs.graphql`, served by the same Apollo Server 5 and Express 5 setup as
 * Diplograph, with no limits, logging or metrics of its own (a user's starting point).
 * Run as a child process: `node --import tsx bench/neo4j-graphql/server.ts`, configured by
 * BENCH_NEO4J_URI and BENCH_PORT.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import neo4j from 'neo4j-driver';

const uri = process.env['BENCH_NEO4J_URI'];
const port = Number(process.env['BENCH_PORT']);
if (!uri || !Number.isInteger(port) || port < 1) {
  throw new Error(`expected BENCH_NEO4J_URI and BENCH_PORT, got ${JSON.stringify(uri)} and ${JSON.stringify(process.env['BENCH_PORT'])}`);
}

const typeDefs = fs.readFileSync(path.join(import.meta.dirname, 'type-defs.graphql'), 'utf8');
// The same pool size as Diplograph's driver (src/db/driver.ts), so neither is starved of connections.
const driver = neo4j.driver(uri, undefined, { maxConnectionPoolSize: 100, logging: { level: 'error', logger: () => undefined } });
const neoSchema = new Neo4jGraphQL({
  typeDefs,
  driver,
  // Dates are ISO strings in the graph; ranges over them need the String comparison filters.
  features: { filters: { String: { LT: true, GT: true, LTE: true, GTE: true } } },
});
const schema = await neoSchema.getSchema();

const app = express();
const httpServer = http.createServer(app);
const apollo = new ApolloServer({ schema, csrfPrevention: true, plugins: [ApolloServerPluginDrainHttpServer({ httpServer })] });
await apollo.start();
app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
// Diplograph bounds every read by a 5 s transaction timeout; the same here, so a slow query stops in
// Neo4j instead of running on and slowing every measurement after it.
const context = async () => ({ transaction: { timeout: 5_000 } });
app.use('/graphql', express.json({ limit: '6mb' }), expressMiddleware(apollo, { context }));

const shutdown = async () => {
  await apollo.stop();
  await driver.close();
  process.exit(0);
};
process.once('SIGTERM', () => void shutdown());
process.once('SIGINT', () => void shutdown());
httpServer.listen(port, '127.0.0.1', () => process.stdout.write(`@neo4j/graphql at http://127.0.0.1:${port}/graphql\n`));
