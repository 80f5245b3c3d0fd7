import { ConfigError, parseConfig, port, postgresUrl, withAuth, z } from './index';

describe('parseConfig', () => {
  const shape = { PORT: port(4001), DATABASE_URL: postgresUrl, NAME: z.string().min(2) };

  it('applies defaults and coerces numbers', () => {
    const config = parseConfig(shape, { DATABASE_URL: 'postgres://u@h/db', NAME: 'city', PORT: '4100' });
    expect(config).toEqual({ PORT: 4100, DATABASE_URL: 'postgres://u@h/db', NAME: 'city' });
    expect(parseConfig(shape, { DATABASE_URL: 'postgres://u@h/db', NAME: 'ok' }).PORT).toBe(4001);
  });

  it('lists every problem at once, naming each variable', () => {
    try {
      parseConfig(shape, { PORT: 'x', DATABASE_URL: 'mysql://h/db' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/^PORT:/m);
      expect(problems).toMatch(/^DATABASE_URL: must be a postgres/m);
      expect(problems).toMatch(/^NAME:/m);
    }
  });
});

describe('withAuth', () => {
  const schema = withAuth({ PORT: port(4001) });

  it('needs a JWKS or a development key, and refuses the development key alone in production', () => {
    expect(() => parseConfig(schema, {})).toThrow(/AUTH_JWKS_URL or AUTH_DEV_KEY: one is required/);
    const devKey = 'k'.repeat(32);
    expect(parseConfig(schema, { AUTH_DEV_KEY: devKey })).toMatchObject({ PORT: 4001, NODE_ENV: 'development', AUTH_DEV_KEY: devKey });
    expect(() => parseConfig(schema, { AUTH_DEV_KEY: devKey, NODE_ENV: 'production' })).toThrow(/AUTH_DEV_KEY: the development key is refused in production/);
    expect(parseConfig(schema, { AUTH_JWKS_URL: 'https://id.example/jwks', NODE_ENV: 'production' }).NODE_ENV).toBe('production');
  });

  it('lists the shape problems and the rule together', () => {
    try {
      parseConfig(schema, { PORT: 'x' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/^PORT:/m);
    }
  });
});
