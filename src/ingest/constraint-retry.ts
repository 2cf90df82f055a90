/**
 * Retries a write that lost a uniqueness race: two ingests MERGing the same new Person at once can make the
 * loser's transaction fail with ConstraintValidationFailed, which the driver does not count as transient.
 * Run again, the MERGE finds the node the winner committed.
 */
import { Neo4jError } from 'neo4j-driver';
import { setTimeout as sleep } from 'node:timers/promises';

const CONSTRAINT_RACE = 'Neo.ClientError.Schema.ConstraintValidationFailed';

function lostRace(error: unknown): boolean {
  for (let cause: unknown = error; cause instanceof Error; cause = cause.cause) {
    if (cause instanceof Neo4jError && cause.code === CONSTRAINT_RACE) return true;
  }
  return false;
}

export async function withConstraintRetry<T>(write: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await write();
    } catch (error) {
      if (attempt >= attempts || !lostRace(error)) throw error;
      await sleep(20 * attempt + Math.random() * 50);
    }
  }
}
