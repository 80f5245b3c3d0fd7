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
  try {
    return parseConfig(schema, env);
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

/**
 * How tokens are verified. Production names the identity provider's JWKS; development and tests
 * use the local development key (`AUTH_DEV_KEY`), which the token command signs with.
 */
export const authShape = {
  AUTH_JWKS_URL: z.string().url().optional(),
  AUTH_ISSUER: z.string().min(1).default('qinshang-dev'),
  AUTH_AUDIENCE: z.string().min(1).default('qinshang'),
  AUTH_DEV_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
};

/**
 * The rule across the auth variables: a JWKS or a development key, and never the development key
 * alone in production. Part of every schema that verifies tokens (`withAuth`).
 */
export function authRule(config: { AUTH_JWKS_URL?: string; AUTH_DEV_KEY?: string; NODE_ENV: string }, ctx: z.RefinementCtx): void {
  if (!config.AUTH_JWKS_URL && !config.AUTH_DEV_KEY) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['AUTH_JWKS_URL or AUTH_DEV_KEY'], message: 'one is required' });
  if (config.NODE_ENV === 'production' && config.AUTH_DEV_KEY && !config.AUTH_JWKS_URL) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['AUTH_DEV_KEY'], message: 'the development key is refused in production; set AUTH_JWKS_URL' });
  }
}

/** A process's shape with the auth variables (and NODE_ENV) and the auth rule. */
export function withAuth<S extends ZodRawShape>(shape: S) {
  return z.object({ NODE_ENV: nodeEnv, ...shape, ...authShape }).superRefine((config, ctx) => authRule(config as Parameters<typeof authRule>[0], ctx));
}
