import { ConfigError, parseConfig, port, postgresUrl, z } from './index';

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
