/** What every resolver receives: the services, built per server, plus per-request state. */
import type { RequestLoaders } from '../services/request-loaders.ts';
import type { Services } from '../services/services.ts';
import type { RequestAuth } from './auth.ts';

export interface GraphQLContext {
  services: Services;
  /** A fresh set per request: batching and caching never cross requests. */
  loaders: RequestLoaders;
  auth: RequestAuth;
}
