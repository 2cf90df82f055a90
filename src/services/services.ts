/** Every service the API needs, built once over one database handle. */
import type { Database } from '../db/database.ts';
import { AnalyticsRepository } from '../repositories/analytics-repository.ts';
import { ArticleRepository } from '../repositories/article-repository.ts';
import { CountryRepository } from '../repositories/country-repository.ts';
import { CurationRepository } from '../repositories/curation-repository.ts';
import { EvidenceRepository } from '../repositories/evidence-repository.ts';
import { GraphRepository } from '../repositories/graph-repository.ts';
import { HealthRepository } from '../repositories/health-repository.ts';
import { MeetingRepository } from '../repositories/meeting-repository.ts';
import { NodeRepository } from '../repositories/node-repository.ts';
import { PersonRepository } from '../repositories/person-repository.ts';
import { RelationRepository } from '../repositories/relation-repository.ts';
import { SearchRepository } from '../repositories/search-repository.ts';
import { StatementRepository } from '../repositories/statement-repository.ts';
import { AnalyticsService } from './analytics-service.ts';
import { ArticleService, type ArticleIngester } from './article-service.ts';
import { EntityService } from './entity-service.ts';
import { GraphService } from './graph-service.ts';
import { HealthService } from './health-service.ts';
import { MeetingService } from './meeting-service.ts';
import { createRequestLoaders, type RequestLoaders } from './request-loaders.ts';

export interface Services {
  health: HealthService;
  entities: EntityService;
  meetings: MeetingService;
  articles: ArticleService;
  graph: GraphService;
  analytics: AnalyticsService;
  /** A new set of DataLoaders, for one request. */
  createLoaders(): RequestLoaders;
}

export interface ServiceOptions {
  /** Runs the ingest pipeline for `Mutation.ingestArticle`; without it that mutation is refused. */
  ingester?: ArticleIngester;
  maxArticleBytes?: number;
}

export function createServices(db: Database, options: ServiceOptions = {}): Services {
  const nodes = new NodeRepository(db);
  const relations = new RelationRepository(db);
  const evidence = new EvidenceRepository(db);
  const curation = new CurationRepository(db);
  return {
    health: new HealthService(new HealthRepository(db)),
    entities: new EntityService({
      nodes,
      persons: new PersonRepository(db),
      countries: new CountryRepository(db),
      search: new SearchRepository(db),
      curation,
    }),
    meetings: new MeetingService(new MeetingRepository(db), new StatementRepository(db)),
    articles: new ArticleService(new ArticleRepository(db), nodes, curation, options.ingester ?? null, options.maxArticleBytes ?? 5 * 1024 * 1024),
    graph: new GraphService(new GraphRepository(db), nodes),
    analytics: new AnalyticsService(new AnalyticsRepository(db)),
    createLoaders: () => createRequestLoaders({ nodes, relations, evidence }),
  };
}
