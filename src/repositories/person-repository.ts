/** People looked up by what analysts type: a name or any alias. */
import type { Node } from 'neo4j-driver';
import type { Database } from '../db/database.ts';
import type { PersonModel } from '../domain/graph-model.ts';
import { toPerson } from './node-mapper.ts';

export class PersonRepository {
  constructor(private readonly db: Database) {}

  /**
   * The person named `name` or having it as an alias, ignoring case; when several match, the one
   * mentioned most (an alias such as "Biden" can be shared).
   */
  async findByName(name: string): Promise<PersonModel | null> {
    const result = await this.db.query(
      `MATCH (p:Person)
       WHERE toLower(p.name) = toLower($name) OR any(alias IN coalesce(p.aliases, []) WHERE toLower(alias) = toLower($name))
       OPTIONAL MATCH (:Article)-[r:MENTIONS]->(p)
       WITH p, toLower(p.name) = toLower($name) AS exact, sum(coalesce(r.count, 1)) AS mentions
       RETURN p ORDER BY exact DESC, mentions DESC, p.id LIMIT 1`,
      { name: name.trim() },
    );
    const node = result.records[0]?.get('p') as Node | undefined;
    return node ? toPerson(node) : null;
  }
}
