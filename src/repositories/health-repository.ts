/** What `Query.health` and `/healthz` report about the database. */
import neo4j from 'neo4j-driver';
import type { Database } from '../db/database.ts';

export interface DatabaseHealth {
  neo4jVersion: string;
  edition: string;
  nodeCount: number;
}

export class HealthRepository {
  constructor(private readonly db: Database) {}

  async health(): Promise<DatabaseHealth> {
    return this.db.read(async (tx) => {
      const components = await tx.run("CALL dbms.components() YIELD name, versions, edition WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version, edition");
      const count = await tx.run('MATCH (n) RETURN count(n) AS nodes');
      const component = components.records[0];
      return {
        neo4jVersion: (component?.get('version') as string | undefined) ?? 'unknown',
        edition: (component?.get('edition') as string | undefined) ?? 'unknown',
        nodeCount: neo4j.integer.toNumber(count.records[0]?.get('nodes') ?? 0),
      };
    }, 3000);
  }
}
