/**
 * Neo4j PROFILE of the Cypher behind each question: the driver form runs once against a recording
 * Database, then every statement it ran is run again under PROFILE with the same parameters. Database
 * hits that grow with the corpus show a scan or an unbounded expansion where an index seek was meant.
 */
import type { ProfiledPlan } from 'neo4j-driver';
import type { Database } from '../../src/db/database.ts';
import { driverWorkload } from './driver-queries.ts';
import { RecordingDatabase } from './equivalence.ts';
import type { WorkloadParameters } from './parameters.ts';
import { QUERY_NAMES, type QueryName } from './workload.ts';

export interface StatementProfile {
  /** The first 120 characters of the statement, whitespace collapsed. */
  statement: string;
  dbHits: number;
  rows: number;
  /** The three operators with the most database hits, e.g. `Expand(All) 41210`. */
  topOperators: string[];
}

export interface QueryProfile {
  query: QueryName;
  dbHits: number;
  statements: StatementProfile[];
}

function operators(plan: ProfiledPlan, into: Array<{ name: string; dbHits: number }> = []): Array<{ name: string; dbHits: number }> {
  into.push({ name: plan.operatorType.replace(/@neo4j$/, ''), dbHits: plan.dbHits });
  for (const child of plan.children) operators(child, into);
  return into;
}

export async function profileCypher(db: Database, parameters: WorkloadParameters): Promise<QueryProfile[]> {
  const recording = new RecordingDatabase(db.driver, { database: null, readTimeoutMs: 60_000 });
  const workload = driverWorkload(recording, parameters);
  const profiles: QueryProfile[] = [];
  for (const query of QUERY_NAMES) {
    recording.recorded.length = 0;
    let previous: unknown = null;
    for (const step of workload[query]) previous = await step(previous);
    const statements: StatementProfile[] = [];
    for (const { query: cypher, params } of [...recording.recorded]) {
      const result = await db.read((tx) => tx.run(`PROFILE ${cypher}`, params), 60_000);
      const plan = result.summary.profile;
      const all = plan ? operators(plan) : [];
      statements.push({
        statement: cypher.replace(/\s+/g, ' ').trim().slice(0, 120),
        dbHits: all.reduce((sum, op) => sum + op.dbHits, 0),
        rows: result.records.length,
        topOperators: all
          .sort((a, b) => b.dbHits - a.dbHits)
          .slice(0, 3)
          .map((op) => `${op.name} ${op.dbHits}`),
      });
    }
    profiles.push({ query, dbHits: statements.reduce((sum, s) => sum + s.dbHits, 0), statements });
  }
  return profiles;
}
