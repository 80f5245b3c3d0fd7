import path from 'node:path';
import { authShape, logLevel, nodeEnv, port, z } from '@qinshang/config';

/** Every variable the gateway reads (documented in `.env.example`). */
export const gatewayShape = {
  NODE_ENV: nodeEnv,
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
  /** Operation limits: a query deeper than this, or with more aliases, is refused before planning. */
  MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(12),
  MAX_ALIASES: z.coerce.number().int().min(1).max(1000).default(30),
  /** Milliseconds a subgraph has to answer a readiness probe. */
  READINESS_TIMEOUT_MS: z.coerce.number().int().min(100).default(2000),
  /** Results the gateway holds for one subscriber before closing it as too slow (RATE_LIMITED). */
  MAX_SUBSCRIBER_QUEUE: z.coerce.number().int().min(1).default(1000),
  /** graphql-ws ping interval in milliseconds; a client that misses a pong is disconnected. */
  WS_KEEPALIVE_MS: z.coerce.number().int().min(1000).default(12_000),
  ...authShape,
};

export const SUBGRAPH_NAMES = ['city', 'districts', 'issues', 'evaluation', 'identity'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];
