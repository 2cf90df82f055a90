/** Finding entities (by id, name, code or search) and curating them (aliases, merges). */
import { ENTITY_LABELS, type CountryModel, type EntityLabel, type EntityModel, type PersonModel, type SearchHitModel } from '../domain/graph-model.ts';
import { DiplographError, ErrorCode } from '../domain/errors.ts';
import type { CountryRepository } from '../repositories/country-repository.ts';
import type { CurationRepository } from '../repositories/curation-repository.ts';
import type { NodeRepository } from '../repositories/node-repository.ts';
import type { PersonRepository } from '../repositories/person-repository.ts';
import type { SearchRepository } from '../repositories/search-repository.ts';
import { pageSize } from './pagination.ts';

export interface EntityRepositories {
  nodes: NodeRepository;
  persons: PersonRepository;
  countries: CountryRepository;
  search: SearchRepository;
  curation: CurationRepository;
}

export const MAX_ALIAS_LENGTH = 200;

function badInput(message: string): DiplographError {
  return new DiplographError(ErrorCode.BAD_USER_INPUT, message);
}

export class EntityService {
  constructor(private readonly repositories: EntityRepositories) {}

  /** By id or by name/alias; exactly one of the two. */
  async person(args: { id?: string | null; name?: string | null }): Promise<PersonModel | null> {
    if (args.id) {
      const node = (await this.repositories.nodes.findByIdsWithLabel([args.id], 'Person')).get(args.id);
      return node?.label === 'Person' ? node : null;
    }
    if (args.name && args.name.trim() !== '') return this.repositories.persons.findByName(args.name);
    throw badInput('person: expected an id or a name, got neither');
  }

  /** By id, ISO code or name. */
  async country(args: { id?: string | null; code?: string | null; name?: string | null }): Promise<CountryModel | null> {
    if (args.id) {
      const node = (await this.repositories.nodes.findByIdsWithLabel([args.id], 'Country')).get(args.id);
      return node?.label === 'Country' ? node : null;
    }
    if (args.code && args.code.trim() !== '') return this.repositories.countries.findByCode(args.code);
    if (args.name && args.name.trim() !== '') return this.repositories.countries.findByName(args.name);
    throw badInput('country: expected an id, a code or a name, got none');
  }

  async search(query: string, labels: readonly EntityLabel[] | null, first: number | null | undefined): Promise<SearchHitModel[]> {
    const limit = pageSize(first);
    if (query.length > 200) throw badInput(`query: expected at most 200 characters, got ${query.length}`);
    return this.repositories.search.searchEntities(query, labels ?? ENTITY_LABELS, limit);
  }

  async addAlias(id: string, alias: string): Promise<EntityModel> {
    // "  Joseph  R. Biden " is the alias "Joseph R. Biden": stray whitespace must not make a second alias.
    const normalised = alias.trim().replace(/\s+/g, ' ');
    if (normalised === '') throw badInput(`alias: expected 1 to ${MAX_ALIAS_LENGTH} characters, got a blank alias`);
    if (normalised.length > MAX_ALIAS_LENGTH) {
      throw badInput(`alias: expected 1 to ${MAX_ALIAS_LENGTH} characters, got ${normalised.length} characters`);
    }
    const entity = await this.repositories.curation.addAlias(id, normalised);
    if (!entity) throw new DiplographError(ErrorCode.NOT_FOUND, `No person, country, organization or location has the id ${JSON.stringify(id)}.`);
    return entity;
  }

  async mergeEntities(keepId: string, mergeId: string): Promise<EntityModel> {
    if (keepId === mergeId) throw badInput(`merge: expected an id other than keep, got ${JSON.stringify(mergeId)} for both`);
    const outcome = await this.repositories.curation.mergeEntities(keepId, mergeId);
    switch (outcome.status) {
      case 'merged':
        return outcome.entity;
      case 'missing':
        throw new DiplographError(ErrorCode.NOT_FOUND, `No person, country, organization or location has the id ${JSON.stringify(outcome.id)}.`);
      case 'different-kinds':
        throw badInput(`mergeEntities: expected two entities of one kind, got ${outcome.keep.label} ${keepId} and ${outcome.merge.label} ${mergeId}`);
    }
  }
}
