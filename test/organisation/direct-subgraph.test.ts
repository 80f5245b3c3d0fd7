import { Role } from '@qinshang/auth';
import { graphql, stackInfo, tokenFor } from '@qinshang/testkit';

const PAGE = `query ($first: Int!) {
  district(id: "610111") {
    enterprises(first: $first) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id name sector source official { id name enterprises { id } district { id } } district { id name } visitsThisMonth } }
    }
  }
}`;

describe('the districts subgraph called directly', () => {
  it("answers _entities with another tenant's Enterprise or Official key with null", async () => {
    const url = stackInfo().subgraphUrls.districts;
    const token = await tokenFor({ role: Role.DISTRICT_ADMIN, districtId: '610111' });
    const query = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Enterprise { id name } ... on Official { id name } } }';
    const representations = [
      { __typename: 'Enterprise', id: '610125-E0001' },
      { __typename: 'Enterprise', id: '610111-E0001' },
      { __typename: 'Official', id: '610125-O0001' },
      { __typename: 'Official', id: '610111-O0001' },
    ];
    const response = await graphql<{ _entities: Array<{ id: string } | null> }>(url, query, { r: representations }, token);
    expect(response.errors).toBeUndefined();
    const entities = response.data!._entities;
    expect(entities[0]).toBeNull();
    expect(entities[1]).toMatchObject({ id: '610111-E0001' });
    expect(entities[2]).toBeNull();
    expect(entities[3]).toMatchObject({ id: '610111-O0001' });
  });

  it('sends as many SQL statements for a page of 100 as for a page of 10 (no N+1)', async () => {
    const url = stackInfo().subgraphUrls.districts;
    const token = await tokenFor({ role: Role.DISTRICT_ADMIN, districtId: '610111' });
    const small = await graphql<{ district: { enterprises: { edges: unknown[] } } }>(url, PAGE, { first: 10 }, token);
    const large = await graphql<{ district: { enterprises: { edges: unknown[] } } }>(url, PAGE, { first: 100 }, token);
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(small.data!.district.enterprises.edges).toHaveLength(10);
    expect(large.data!.district.enterprises.edges).toHaveLength(100);
    expect(typeof small.extensions?.sqlStatements).toBe('number');
    expect(large.extensions?.sqlStatements).toBe(small.extensions?.sqlStatements);
    // Over the cost of the district alone (transaction and settings included): the page, its
    // count, the officials of the page, their enterprises, and the page's visits this month.
    // One statement each, whatever the size.
    const baseline = await graphql(url, '{ district(id: "610111") { id } }', {}, token);
    expect(small.extensions?.sqlStatements).toBe((baseline.extensions?.sqlStatements as number) + 5);
  });
});
