/**
 * Constraints and indexes behind the graph model: a uniqueness constraint on `id` for every node label
 * and the full-text indexes search uses. Every statement is idempotent (IF NOT EXISTS).
 */
import type { Database } from '../db/database.ts';

import { NODE_LABELS, type NodeLabel } from '../domain/graph-model.ts';
import { DYAD_DAY_LABEL } from './dyad-counts.ts';
import { ENTITY_DAY_LABEL, EVENT_ENTRY_LABEL } from './entity-event-lists.ts';

export { NODE_LABELS, type NodeLabel };

export const ENTITY_NAME_INDEX = 'entityNames';
export const STATEMENT_TEXT_INDEX = 'statementText';

// Labels and index names are constants of this module, never input, so building these statements is safe.
const CONSTRAINTS = [
  ...NODE_LABELS.map((label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`),
  // A pair's counts per day (dyad-counts.ts), MERGEd and read by ranges of this key.
  `CREATE CONSTRAINT dyad_day_key IF NOT EXISTS FOR (n:${DYAD_DAY_LABEL}) REQUIRE n.key IS UNIQUE`,
  // An entity's meetings or statements in date order, and their counts per day (entity-event-lists.ts), read by
  // ranges of these keys; the first in key order, which the constraint's range index provides.
  `CREATE CONSTRAINT event_entry_key IF NOT EXISTS FOR (n:${EVENT_ENTRY_LABEL}) REQUIRE n.key IS UNIQUE`,
  `CREATE CONSTRAINT entity_day_key IF NOT EXISTS FOR (n:${ENTITY_DAY_LABEL}) REQUIRE n.key IS UNIQUE`,
];

const INDEXES = [
  `CREATE FULLTEXT INDEX ${ENTITY_NAME_INDEX} IF NOT EXISTS FOR (n:Person|Country|Organization|Location) ON EACH [n.name, n.aliases]`,
  `CREATE FULLTEXT INDEX ${STATEMENT_TEXT_INDEX} IF NOT EXISTS FOR (n:Statement) ON EACH [n.text]`,
  'CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date)',
  // FOLLOWS links meetings of the same parties: ingest looks them up by the sorted list of party ids.
  'CREATE INDEX meeting_parties IF NOT EXISTS FOR (n:Meeting) ON (n.parties)',
  // Deleting or updating an article finds its relationships between two entities by the article's id.
  'CREATE INDEX holds_role_article IF NOT EXISTS FOR ()-[r:HOLDS_ROLE]-() ON (r.articleId)',
  'CREATE INDEX in_country_article IF NOT EXISTS FOR ()-[r:IN_COUNTRY]-() ON (r.articleId)',
  'CREATE INDEX statement_date IF NOT EXISTS FOR (n:Statement) ON (n.date)',
  'CREATE INDEX article_url IF NOT EXISTS FOR (n:Article) ON (n.url)',
  'CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedAt)',
];

export interface SchemaObjects {
  constraints: string[];
  indexes: string[];
}

export class SchemaRepository {
  constructor(private readonly db: Database) {}

  /** Creates what is missing and waits until every index is online. */
  async ensureSchema(): Promise<void> {
    // Schema changes cannot share a transaction with each other, so each runs on its own.
    for (const statement of [...CONSTRAINTS, ...INDEXES]) {
      await this.db.write((tx) => tx.run(statement));
    }
    await this.db.write((tx) => tx.run('CALL db.awaitIndexes(300)'));
  }

  async listSchemaObjects(): Promise<SchemaObjects> {
    return this.db.read(async (tx) => {
      const constraints = await tx.run('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name');
      const indexes = await tx.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name ORDER BY name");
      return {
        constraints: constraints.records.map((r) => r.get('name') as string),
        indexes: indexes.records.map((r) => r.get('name') as string),
      };
    });
  }
}
