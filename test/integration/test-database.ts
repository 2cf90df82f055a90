/** Opens the test database that global-setup.ts provides. */
import { inject } from 'vitest';
import { Database } from '../../src/db/database.ts';
import { createDriver } from '../../src/db/driver.ts';

export function openTestDatabase(): Database {
  const connection = inject('neo4j');
  return new Database(createDriver(connection), { database: connection.database, readTimeoutMs: 30_000 });
}
