import { GraphQLError } from 'graphql';
import { createMaskError } from './masking';

describe('the gateway error mask', () => {
  const logged: unknown[] = [];
  const mask = createMaskError((error) => logged.push(error));

  it('passes a contract code through with only its safe details', () => {
    const upstream = new GraphQLError('creditCode is not valid', {
      path: ['addEnterprise'],
      extensions: { code: 'BAD_USER_INPUT', field: 'input.creditCode', serviceName: 'districts', stacktrace: ['at x (/srv/a.js:1)'] },
    });
    const masked = mask(upstream) as GraphQLError;
    expect(masked.message).toBe('creditCode is not valid');
    expect(masked.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.creditCode' });
    expect(masked.path).toEqual(['addEnterprise']);
  });

  it('masks anything else and logs the original', () => {
    const upstream = new GraphQLError('connect ECONNREFUSED 10.0.0.7:5432', { extensions: { code: 'DOWNSTREAM_SERVICE_ERROR' } });
    const masked = mask(upstream) as GraphQLError;
    expect(masked.message).toBe('Internal server error');
    expect(JSON.stringify(masked)).not.toContain('10.0.0.7');
    expect(masked.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(logged).toContain(upstream);
  });

  it("reads a subscription's plain error object as the subgraph sent it: a contract code passes, anything else is masked", () => {
    const passed = mask({ message: 'The cursor is not valid', path: ['escalationRaised'], extensions: { code: 'BAD_USER_INPUT', field: 'after', serviceName: 'issues' } }) as GraphQLError;
    expect(passed.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(passed.path).toEqual(['escalationRaised']);
    const masked = mask({ message: 'relation "x" does not exist', extensions: { code: 'DB_ERROR' } }) as GraphQLError;
    expect(masked.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('masks plain errors', () => {
    expect((mask(new Error('boom at /srv')) as GraphQLError).extensions.code).toBe('INTERNAL_SERVER_ERROR');
  });
});
