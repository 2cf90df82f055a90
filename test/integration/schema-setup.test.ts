import { afterAll, describe, expect, it } from 'vitest';
import { NODE_LABELS, SchemaRepository } from '../../src/repositories/schema-repository.ts';
import { openTestDatabase } from './test-database.ts';

const db = openTestDatabase();
afterAll(() => db.close());

describe('schema set-up', () => {
  it('creates a uniqueness constraint on id for every node label and the full-text indexes', async () => {
    const schema = new SchemaRepository(db);
    await schema.ensureSchema();
    const objects = await schema.listSchemaObjects();
    for (const label of NODE_LABELS) expect(objects.constraints).toContain(`${label.toLowerCase()}_id`);
    expect(objects.indexes).toEqual(expect.arrayContaining(['entityNames', 'statementText']));
  });

  it('is idempotent: running it twice more changes nothing', async () => {
    const schema = new SchemaRepository(db);
    const before = await schema.listSchemaObjects();
    await schema.ensureSchema();
    await schema.ensureSchema();
    expect(await schema.listSchemaObjects()).toEqual(before);
  });

  it('rejects a second node with the same id', async () => {
    const id = `person:schema-test-${Date.now()}`;
    try {
      await db.write((tx) => tx.run('CREATE (:Person {id: $id})', { id }));
      await expect(db.write((tx) => tx.run('CREATE (:Person {id: $id})', { id }))).rejects.toThrow(/already exists/);
    } finally {
      await db.write((tx) => tx.run('MATCH (n {id: $id}) DETACH DELETE n', { id }));
    }
  });
});
