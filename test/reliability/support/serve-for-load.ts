/**
 * The API server as `diplograph serve` assembles it, in a process of its own so its memory can be
 * measured: run with `node --expose-gc --import tsx`, it prints its URL, and answers an IPC "gc" message
 * by collecting garbage and sending back process.memoryUsage().
 * Usage: serve-for-load.ts BOLT_URI HTTP_PORT
 */
import { pino } from 'pino';
import { createApiIngester } from '../../../src/commands/api-ingester.ts';
import { Database } from '../../../src/db/database.ts';
import { createDriver } from '../../../src/db/driver.ts';
import { createApiServer } from '../../../src/graphql/server.ts';
import { createServices } from '../../../src/services/services.ts';

const [uri, port] = process.argv.slice(2);
if (!uri || !port) throw new Error('usage: serve-for-load.ts BOLT_URI HTTP_PORT');
const db = new Database(createDriver({ uri, username: null, password: null, database: null }), { database: null, readTimeoutMs: 5_000 });
const server = await createApiServer({ services: createServices(db, { ingester: createApiIngester(db) }), logger: pino({ level: 'error' }), development: false });
process.stdout.write(`${await server.listen(Number(port), '127.0.0.1')}\n`);
const gc = (globalThis as { gc?: () => void }).gc;
process.on('message', (message) => {
  if (message !== 'gc' || !gc) return;
  for (let i = 0; i < 3; i += 1) gc();
  process.send?.(process.memoryUsage());
});
process.on('disconnect', () => void server.close().then(() => db.close()).then(() => process.exit(0)));
