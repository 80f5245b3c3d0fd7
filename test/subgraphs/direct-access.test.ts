import { Role } from '@qinshang/auth';
import { graphql, stackInfo, tokenFor } from '@qinshang/testkit';

const SUBGRAPHS = ['city', 'districts', 'issues', 'evaluation', 'identity'] as const;

describe('a subgraph called directly, skipping the gateway', () => {
  it.each(SUBGRAPHS)('%s refuses a request with no token', async (name) => {
    const response = await graphql(stackInfo().subgraphUrls[name], '{ __typename }');
    expect(response.status).toBe(401);
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it.each(SUBGRAPHS)('%s refuses a token signed by another key', async (name) => {
    const forged = await tokenFor({ role: Role.CITY_ADMIN }, { devKey: 'not-the-platform-key-not-the-platform-key' });
    const response = await graphql(stackInfo().subgraphUrls[name], '{ __typename }', {}, forged);
    expect(response.status).toBe(401);
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.data ?? null).toBeNull();
  });

  it('refuses _entities without a token, and answers another tenant\'s key with null', async () => {
    const query = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on District { id name } } }';
    const variables = { r: [{ __typename: 'District', id: '610125' }, { __typename: 'District', id: '610111' }] };
    const url = stackInfo().subgraphUrls.districts;
    expect((await graphql(url, query, variables)).status).toBe(401);
    const token = await tokenFor({ role: Role.DISTRICT_ADMIN, districtId: '610111' });
    const response = await graphql<{ _entities: unknown[] }>(url, query, variables, token);
    expect(response.data?._entities).toEqual([null, { id: '610111', name: '灞桥区' }]);
  });

  it('answers a valid token', async () => {
    const token = await tokenFor({ role: Role.CITY_ADMIN });
    const response = await graphql<{ city: { name: string } }>(stackInfo().subgraphUrls.city, '{ city { name } }', {}, token);
    expect(response.data?.city.name).toBe('西安市');
  });
});
