import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createApiServer, type ApiServer } from '../../src/graphql/server.ts';
import { createServices } from '../../src/services/services.ts';
import { openTestDatabase } from './test-database.ts';

const db = openTestDatabase();
let server: ApiServer;
let url: string;

beforeAll(async () => {
  server = await createApiServer({ services: createServices(db), logger: pino({ level: 'silent' }), development: false });
  url = await server.listen(0, '127.0.0.1');
});
afterAll(async () => {
  await server.close();
  await db.close();
});

async function graphql(query: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: response.status, body: await response.json() };
}

describe('Query.health over HTTP', () => {
  it('reports the Neo4j version and node count of the real database', async () => {
    const marker = `health-test-${Date.now()}`;
    await db.write((tx) => tx.run('UNWIND range(1, 3) AS i CREATE (:HealthTest {marker: $marker})', { marker }));
    try {
      const { status, body } = await graphql('{ health { neo4jVersion edition nodeCount } }');
      expect(status).toBe(200);
      const health = (body as { data: { health: { neo4jVersion: string; edition: string; nodeCount: number } } }).data.health;
      expect(health.neo4jVersion).toMatch(/^5\.\d+/);
      expect(health.nodeCount).toBeGreaterThanOrEqual(3);
    } finally {
      await db.write((tx) => tx.run('MATCH (n:HealthTest {marker: $marker}) DELETE n', { marker }));
    }
  });

  it('answers /healthz with 200 while the database is up', async () => {
    const response = await fetch(`${url}/healthz`);
    expect(response.status).toBe(200);
  });

  it('rejects an unknown field with a validation error, not an internal one', async () => {
    const { status, body } = await graphql('{ nope }');
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toContain('GRAPHQL_VALIDATION_FAILED');
  });
});
