/** What every resolver receives: the services, built per server, plus per-request state. */
import type { Services } from '../services/services.ts';

export interface GraphQLContext {
  services: Services;
}
