import { z, type ZodRawShape } from 'zod';

export { z };

/** Thrown (and, at start-up, printed in full) when the environment does not validate. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** A process's variables: a zod object shape, or a whole schema (an object with rules across variables). */
export type ConfigSchema = ZodRawShape | z.ZodTypeAny;
export type ConfigOf<S extends ConfigSchema> = S extends z.ZodTypeAny ? z.infer<S> : S extends ZodRawShape ? z.infer<z.ZodObject<S>> : never;

/** Parses `env` against `schema` once; every problem is listed, not just the first. */
export function parseConfig<S extends ConfigSchema>(schema: S, env: NodeJS.ProcessEnv = process.env): ConfigOf<S> {
  // An empty variable means "not set" (as in `DATABASE_URL= npm start`), never an empty value.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parser: z.ZodTypeAny = schema instanceof z.ZodType ? schema : z.object(schema as ZodRawShape);
  const result = parser.safeParse(present);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`));
  }
  return result.data as ConfigOf<S>;
}

/**
 * What every process does at start: parse its variables and, on a bad environment, print every
 * problem (prefixed with the process's name) and exit 1 instead of throwing a stack trace at the
 * operator.
 */
export function loadConfigOrExit<S extends ConfigSchema>(name: string, schema: S, env: NodeJS.ProcessEnv = process.env): ConfigOf<S> {
  return orExitOnConfigError(name, () => parseConfig(schema, env));
}

/** Runs a start-up step that may find the configuration wrong (ConfigError): prints why and exits 1. */
export function orExitOnConfigError<T>(name: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${name}: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

/** Pieces every process shares. */
export const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
export const postgresUrl = z
  .string()
  .url()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), 'must be a postgres:// URL');
export const logLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info');
export const nodeEnv = z.enum(['development', 'production', 'test']).default('development');

/** A JSON object in an environment variable (e.g. `AUTH_CLAIMS='{"role":"realm_access.role"}'`). */
const jsonObject = z
  .string()
  .transform((value, ctx) => {
    try {
      const parsed = JSON.parse(value);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, string>;
    } catch {
      // reported below
    }
    ctx.addIssue({ code: 'custom', message: 'must be a JSON object of strings' });
    return z.NEVER;
  });

/**
 * How tokens are verified. By default the embedded identity provider's JWKS (the launcher sets
 * `AUTH_JWKS_URL` and `AUTH_ISSUER` to it); outside production, the local development key
 * (`AUTH_DEV_KEY`, tokens with issuer `AUTH_DEV_ISSUER`) as well, which the token command signs with.
 */
export const authShape = {
  AUTH_JWKS_URL: z.string().url().optional(),
  AUTH_ISSUER: z.string().min(1).default('qinshang-dev'),
  AUTH_DEV_ISSUER: z.string().min(1).default('qinshang-dev'),
  AUTH_AUDIENCE: z.string().min(1).default('qinshang'),
  AUTH_DEV_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  /** The longest lifetime a token may have (exp − iat), and the clock skew allowed, in seconds. */
  AUTH_MAX_TOKEN_LIFETIME_S: z.coerce.number().int().min(60).default(24 * 3600),
  AUTH_CLOCK_SKEW_S: z.coerce.number().int().min(0).max(600).default(60),
  /** An outside provider: where the contract's claims are in its tokens, e.g. {"role":"qinshang_role"}. */
  AUTH_CLAIMS: jsonObject.optional(),
  /** An outside provider: its role names mapped to the contract's, e.g. {"city-admin":"CITY_ADMIN"}. */
  AUTH_ROLE_MAP: jsonObject.optional(),
};

/**
 * The rule across the auth variables: a JWKS or a development key, and never the development key
 * alone in production. Part of every schema that verifies tokens (`withAuth`).
 */
export function authRule(config: { AUTH_JWKS_URL?: string; AUTH_DEV_KEY?: string; NODE_ENV: string }, ctx: z.RefinementCtx, embeddedProvider = false): void {
  if (!embeddedProvider && !config.AUTH_JWKS_URL && !config.AUTH_DEV_KEY) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['AUTH_JWKS_URL or AUTH_DEV_KEY'], message: 'one is required' });
  if (config.NODE_ENV === 'production' && config.AUTH_DEV_KEY) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['AUTH_DEV_KEY'], message: 'the development key is refused in production; set AUTH_JWKS_URL' });
  }
}

/**
 * A process's shape with the auth variables (and NODE_ENV) and the auth rule. `embeddedProvider`:
 * the launcher, which starts its own identity provider when no JWKS is named.
 */
export function withAuth<S extends ZodRawShape>(shape: S, { embeddedProvider = false } = {}) {
  return z.object({ NODE_ENV: nodeEnv, ...shape, ...authShape }).superRefine((config, ctx) => authRule(config as Parameters<typeof authRule>[0], ctx, embeddedProvider));
}

/** The verifier's options from a validated configuration (gateway and every subgraph alike). */
export function verifierOptionsOf(config: {
  AUTH_JWKS_URL?: string;
  AUTH_DEV_KEY?: string;
  AUTH_ISSUER: string;
  AUTH_DEV_ISSUER: string;
  AUTH_AUDIENCE: string;
  AUTH_CLAIMS?: Record<string, string>;
  AUTH_ROLE_MAP?: Record<string, string>;
  AUTH_MAX_TOKEN_LIFETIME_S?: number;
  AUTH_CLOCK_SKEW_S?: number;
  NODE_ENV: string;
}) {
  return {
    maxLifetimeSeconds: config.AUTH_MAX_TOKEN_LIFETIME_S,
    clockSkewSeconds: config.AUTH_CLOCK_SKEW_S,
    jwksUrl: config.AUTH_JWKS_URL,
    devKey: config.NODE_ENV === 'production' ? undefined : config.AUTH_DEV_KEY,
    issuer: config.AUTH_ISSUER,
    devIssuer: config.AUTH_DEV_ISSUER,
    audience: config.AUTH_AUDIENCE,
    claimMap: config.AUTH_CLAIMS,
    roleMap: config.AUTH_ROLE_MAP as never,
  };
}
