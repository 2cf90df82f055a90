import type { DatabaseHealth, HealthRepository } from '../repositories/health-repository.ts';

export class HealthService {
  constructor(private readonly repository: HealthRepository) {}

  health(): Promise<DatabaseHealth> {
    return this.repository.health();
  }
}
