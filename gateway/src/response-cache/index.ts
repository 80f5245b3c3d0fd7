import type { GraphQLSchema } from 'graphql';
import type { GatewayConfig } from '../config';
import { responseCacheOn } from '../config';
import { ScopeGenerations } from './generations';
import { CacheInvalidation } from './invalidation';
import { useScopedResponseCache } from './plugin';

export { ScopeGenerations } from './generations';
export { scopeOf, perAccountFields } from './scope';

export interface ResponseCache {
  plugins: unknown[];
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** The response cache as configured over the gateway's supergraph, or null when it is off (see config.ts). */
export function createResponseCache(config: GatewayConfig, supergraph: GraphQLSchema, onError: (error: unknown) => void): ResponseCache | null {
  if (!responseCacheOn(config) || !config.EVENTLOG_DATABASE_URL) return null;
  const generations = new ScopeGenerations();
  const invalidation = new CacheInvalidation({ url: config.EVENTLOG_DATABASE_URL, generations, onError });
  return {
    plugins: useScopedResponseCache({
      generations,
      online: () => invalidation.online,
      supergraph,
      ttlMs: config.RESPONSE_CACHE_TTL_MS,
      maxEntries: config.RESPONSE_CACHE_MAX_ENTRIES,
      metadata: config.RESPONSE_CACHE_METADATA,
    }),
    start: () => invalidation.start(),
    stop: () => invalidation.stop(),
  };
}
