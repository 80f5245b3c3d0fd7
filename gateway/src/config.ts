import path from 'node:path';
import { logLevel, port, postgresUrl, withAuth, z } from '@qinshang/config';
import { metricsShape } from '@qinshang/telemetry';

const list = z
  .string()
  .default('')
  .transform((value) => value.split(',').map((item) => item.trim()).filter(Boolean));
const flag = z.enum(['true', 'false']).transform((value) => value === 'true');

/** Every variable the gateway reads (documented in `.env.example`). */
export const gatewayShape = withAuth({
  /**
   * The per-scope response cache (response-cache/): on by default wherever the gateway can follow
   * the event log (EVENTLOG_DATABASE_URL, set by the launcher), which is what invalidates it; it
   * cannot be on without it.
   */
  RESPONSE_CACHE: flag.optional(),
  /** The application role's connection, for following the event log (city scope, read only). */
  EVENTLOG_DATABASE_URL: postgresUrl.optional(),
  /** How long a cached answer may live even without an event (answers that change with the clock). */
  RESPONSE_CACHE_TTL_MS: z.coerce.number().int().min(0).default(10_000),
  RESPONSE_CACHE_MAX_ENTRIES: z.coerce.number().int().min(1).default(5000),
  /** `extensions.responseCache` (hit, didCache, ttl) for requests sending `x-response-cache-metadata: 1`: tests and diagnosis. */
  RESPONSE_CACHE_METADATA: flag.default('false'),
  PORT: port(4000),
  HOST: z.string().default('0.0.0.0'),
  LOG_LEVEL: logLevel,
  SUPERGRAPH_PATH: z.string().default(path.resolve(__dirname, '..', 'supergraph.graphql')),
  CITY_URL: z.string().url().default('http://127.0.0.1:4001/graphql'),
  DISTRICTS_URL: z.string().url().default('http://127.0.0.1:4002/graphql'),
  ISSUES_URL: z.string().url().default('http://127.0.0.1:4003/graphql'),
  EVALUATION_URL: z.string().url().default('http://127.0.0.1:4004/graphql'),
  /** The identity service's accounts subgraph (beside its OpenID provider on 4005). */
  IDENTITY_URL: z.string().url().default('http://127.0.0.1:4006/graphql'),
  NOTIFICATIONS_URL: z.string().url().default('http://127.0.0.1:4007/graphql'),
  /**
   * Operation limits (GraphQL Armor, limits.ts), checked before anything is planned: lexical
   * tokens (stops the parser early), depth and aliases and directives counted with fragments
   * expanded, and a static cost (page sizes multiply what they contain).
   */
  MAX_TOKENS: z.coerce.number().int().min(100).max(100_000).default(3000),
  MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(12),
  MAX_ALIASES: z.coerce.number().int().min(1).max(1000).default(30),
  MAX_DIRECTIVES: z.coerce.number().int().min(1).max(1000).default(30),
  MAX_COST: z.coerce.number().int().min(100).default(20_000),
  /** Largest request body (or websocket message) the gateway reads, in bytes. */
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(64 * 1024 * 1024).default(1024 * 1024),
  /** Origins a browser may call from (comma-separated, exact `scheme://host[:port]`); empty: none. */
  CORS_ORIGINS: list,
  /** Introspection and "Did you mean" suggestions: default on in development only, never for anonymous callers. */
  INTROSPECTION: flag.optional(),
  FIELD_SUGGESTIONS: flag.optional(),
  /**
   * Trusted documents: a manifest (GraphQL Code Generator client preset, sha256 hash → document)
   * whose operations are sent as `extensions.persistedQuery.sha256Hash`. The console's, built by
   * its helper, is used by default when present.
   */
  PERSISTED_DOCUMENTS_PATH: z.string().optional(),
  /**
   * Who may send documents that are not in the manifest. Default: everyone, except in production,
   * where only the roles and API clients (token `sub`, `azp` or `client_id`) named here may.
   */
  ARBITRARY_DOCUMENTS: z.enum(['everyone', 'named']).optional(),
  ARBITRARY_DOCUMENTS_ROLES: list,
  ARBITRARY_DOCUMENTS_CLIENTS: list,
  /** Retries of a failed subgraph fetch that has no side effect (queries only), and the pause between. */
  UPSTREAM_RETRIES: z.coerce.number().int().min(0).max(5).default(1),
  /** Milliseconds a subgraph has to answer a readiness probe. */
  READINESS_TIMEOUT_MS: z.coerce.number().int().min(100).default(2000),
  /** Results the gateway holds for one subscriber before closing it as too slow (RATE_LIMITED). */
  MAX_SUBSCRIBER_QUEUE: z.coerce.number().int().min(1).default(1000),
  /**
   * Subscribers of one scope with the same document and variables share one upstream execution
   * (shared-subscriptions/); off, each subscriber has its own.
   */
  SHARED_SUBSCRIPTIONS: flag.default('true'),
  /** Live shared subscriptions one token subject may hold on this gateway (RATE_LIMITED beyond); each subgraph caps its own the same way. */
  SUBSCRIPTIONS_PER_TOKEN: z.coerce.number().int().min(1).max(100_000).default(20),
  /** graphql-ws ping interval in milliseconds; a client that misses a pong is disconnected. */
  WS_KEEPALIVE_MS: z.coerce.number().int().min(1000).default(12_000),
  /** The web console's build, served at the gateway's origin. */
  CONSOLE_DIR: z.string().default(path.resolve(__dirname, '..', '..', 'services', 'console', 'dist')),
  /** Where the console signs in (OpenID Connect issuer) and its public client id there. */
  CONSOLE_OIDC_ISSUER: z.string().url().default('http://localhost:4005'),
  CONSOLE_OIDC_CLIENT_ID: z.string().min(1).default('qinshang-console'),
  /** Who may read /metrics, and how many operation names its labels keep (see @qinshang/telemetry). */
  ...metricsShape,
  /** Set by the launcher: the gateway exits when its launcher has gone. */
  QINSHANG_PARENT_PID: z.coerce.number().int().min(1).optional(),
});

export type GatewayConfig = z.infer<typeof gatewayShape>;

/** Whether the response cache is on, and the configuration problem if it is asked for but cannot be. */
export function responseCacheOn(config: Pick<GatewayConfig, 'RESPONSE_CACHE' | 'EVENTLOG_DATABASE_URL'>): boolean {
  return config.RESPONSE_CACHE ?? Boolean(config.EVENTLOG_DATABASE_URL);
}

/** The gateway's shape with its own cross-variable rule. */
export const gatewayConfig = gatewayShape.superRefine((config, ctx) => {
  if (config.RESPONSE_CACHE && !config.EVENTLOG_DATABASE_URL) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['RESPONSE_CACHE'], message: 'the response cache is invalidated from the event log: set EVENTLOG_DATABASE_URL (or RESPONSE_CACHE=false)' });
  }
});

/** The console's trusted documents, where its build writes them. */
export const CONSOLE_MANIFEST = path.resolve(__dirname, '..', '..', 'services', 'console', 'dist', 'persisted-documents.json');

export const SUBGRAPH_NAMES = ['city', 'districts', 'issues', 'evaluation', 'identity', 'notifications'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];
