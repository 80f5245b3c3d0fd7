import { z, type ZodRawShape } from 'zod';

export { z };

/** Thrown (and, at start-up, printed in full) when the environment does not validate. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses `env` against `schema` once; every problem is listed, not just the first. */
export function parseConfig<S extends ZodRawShape>(
  shape: S,
  env: NodeJS.ProcessEnv = process.env,
): z.infer<z.ZodObject<S>> {
  // An empty variable means "not set" (as in `DATABASE_URL= npm start`), never an empty value.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const result = z.object(shape).safeParse(present);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    );
  }
  return result.data;
}

/**
 * The start-up form of `parseConfig`: on a bad environment, print every problem and exit 1
 * instead of throwing a stack trace at the operator.
 */
export function loadConfigOrExit<S extends ZodRawShape>(shape: S, env: NodeJS.ProcessEnv = process.env) {
  try {
    return parseConfig(shape, env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
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

export function assertAuthConfigured(config: { AUTH_JWKS_URL?: string; AUTH_DEV_KEY?: string; NODE_ENV: string }) {
  const problems: string[] = [];
  if (!config.AUTH_JWKS_URL && !config.AUTH_DEV_KEY) problems.push('AUTH_JWKS_URL or AUTH_DEV_KEY: one is required');
  if (config.NODE_ENV === 'production' && config.AUTH_DEV_KEY) {
    problems.push('AUTH_DEV_KEY: the development key is refused in production; set AUTH_JWKS_URL');
  }
  if (problems.length) throw new ConfigError(problems);
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
