/** Every service the API needs, built once over one database handle. */
import type { Database } from '../db/database.ts';
import { HealthRepository } from '../repositories/health-repository.ts';
import { HealthService } from './health-service.ts';

export interface Services {
  health: HealthService;
}

export function createServices(db: Database): Services {
  return {
    health: new HealthService(new HealthRepository(db)),
  };
}
