/** Countries looked up by ISO code or name. */
import type { Node } from 'neo4j-driver';
import type { Database } from '../db/database.ts';
import type { CountryModel } from '../domain/graph-model.ts';
import { toCountry } from './node-mapper.ts';

export class CountryRepository {
  constructor(private readonly db: Database) {}

  /** By ISO 3166-1 alpha-2 or alpha-3 code, any case: `ru`, `RUS`. */
  async findByCode(code: string): Promise<CountryModel | null> {
    const result = await this.db.query('MATCH (c:Country) WHERE c.iso2 = toUpper($code) OR c.iso3 = toUpper($code) RETURN c LIMIT 1', { code: code.trim() });
    const node = result.records[0]?.get('c') as Node | undefined;
    return node ? toCountry(node) : null;
  }

  /** By common name, alias or demonym, ignoring case: `Russia`, `Russian Federation`. */
  async findByName(name: string): Promise<CountryModel | null> {
    const result = await this.db.query(
      `MATCH (c:Country)
       WHERE toLower(c.name) = toLower($name)
          OR any(alias IN coalesce(c.aliases, []) + coalesce(c.demonyms, []) WHERE toLower(alias) = toLower($name))
       RETURN c ORDER BY toLower(c.name) = toLower($name) DESC, c.id LIMIT 1`,
      { name: name.trim() },
    );
    const node = result.records[0]?.get('c') as Node | undefined;
    return node ? toCountry(node) : null;
  }
}
