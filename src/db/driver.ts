/** Creates neo4j-driver instances for the embedded database or a server the user points at. */
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConnection } from '../config.ts';

export function createDriver(connection: Neo4jConnection): Driver {
  const auth = connection.username !== null ? neo4j.auth.basic(connection.username, connection.password ?? '') : undefined;
  return neo4j.driver(connection.uri, auth, {
    // Keep integers as JS numbers only where safe: we convert explicitly in repositories.
    disableLosslessIntegers: false,
    connectionAcquisitionTimeout: 10_000,
    // With the server gone, the defaults (30 s of retries, each connection attempt up to 30 s) kept API
    // requests and /healthz waiting over a minute before DATABASE_UNAVAILABLE.
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 10_000,
    maxConnectionPoolSize: 100,
    logging: { level: 'error', logger: () => undefined },
  });
}
