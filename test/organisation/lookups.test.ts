import { Role } from '@qinshang/auth';
import { Actor, as, graphql, stackInfo, tokenFor } from '@qinshang/testkit';

const ENTERPRISE = `query ($id: ID!) { enterprise(id: $id) { id name creditCode kind aboveScale generated district { id } official { id name enterprises { id } } } }`;
const OFFICIAL = `query ($id: ID!) { official(id: $id) { id name title departmentName district { id } enterprises { id official { id } } } }`;

describe('enterprises and officials looked up one at a time', () => {
  it('gives a district office its own enterprise with its district and official', async () => {
    const data = await as.district('610111').ok<{ enterprise: { id: string; district: { id: string }; official: { id: string; enterprises: Array<{ id: string }> }; generated: boolean } }>(
      ENTERPRISE,
      { id: '610111-E0001' },
    );
    expect(data.enterprise).toMatchObject({ id: '610111-E0001', district: { id: '610111' }, generated: true });
    expect(data.enterprise.official.enterprises).toEqual([{ id: '610111-E0001' }]);
  });

  it("answers another tenant's enterprise and official with null, as for a missing one", async () => {
    const baqiao = as.district('610111');
    for (const id of ['610125-E0001', 'no-such-enterprise']) {
      const response = await baqiao.send(ENTERPRISE, { id });
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({ enterprise: null });
    }
    expect(await baqiao.ok(OFFICIAL, { id: '610125-O0001' })).toEqual({ official: null });
    // …and the other tenant's own office does see it.
    expect((await as.district('610125').ok<{ enterprise: { id: string } }>(ENTERPRISE, { id: '610125-E0001' })).enterprise.id).toBe('610125-E0001');
  });

  it('gives an official only the enterprise it is paired with, and an enterprise only itself', async () => {
    const baqiao = as.district('610111');
    const paired = await baqiao.ok<{ enterprise: { official: { id: string } } }>(ENTERPRISE, { id: '610111-E0001' });
    const officialId = paired.enterprise.official.id;
    const official = new Actor({ role: Role.OFFICIAL, districtId: '610111', officialId });
    const own = await official.ok<{ district: { enterpriseCount: number; officialCount: number; enterprises: { totalCount: number; edges: Array<{ node: { id: string } }> } } }>(
      `{ district(id: "610111") { enterpriseCount officialCount enterprises(first: 50) { totalCount edges { node { id } } } } }`,
    );
    expect(own.district).toEqual({ enterpriseCount: 1, officialCount: 1, enterprises: { totalCount: 1, edges: [{ node: { id: '610111-E0001' } }] } });
    expect(await official.ok(ENTERPRISE, { id: '610111-E0002' })).toEqual({ enterprise: null });
    expect(await official.ok(OFFICIAL, { id: officialId === '610111-O0001' ? '610111-O0002' : '610111-O0001' })).toEqual({ official: null });

    const enterprise = new Actor({ role: Role.ENTERPRISE, districtId: '610111', enterpriseId: '610111-E0002' });
    expect(await enterprise.ok(ENTERPRISE, { id: '610111-E0001' })).toEqual({ enterprise: null });
    const self = await enterprise.ok<{ enterprise: { id: string; official: { id: string } | null } }>(ENTERPRISE, { id: '610111-E0002' });
    expect(self.enterprise.id).toBe('610111-E0002');
    expect(self.enterprise.official).not.toBeNull();
  });

  it('gives the city office every tenant’s counts, summing to the reference totals', async () => {
    const data = await as.city().ok<{ city: { districts: Array<{ id: string; enterpriseCount: number; officialCount: number }> } }>(
      `{ city { districts { id enterpriseCount officialCount } } }`,
    );
    const districts = data.city.districts;
    expect(districts).toHaveLength(21);
    // At least the 1,220 seeded: the workflow and import tests add to other tenants as they run.
    expect(districts.reduce((sum, d) => sum + d.enterpriseCount, 0)).toBeGreaterThanOrEqual(1220);
    expect(districts.reduce((sum, d) => sum + d.officialCount, 0)).toBeGreaterThanOrEqual(1220);
    expect(districts.find((d) => d.id === '610111')).toEqual({ id: '610111', enterpriseCount: 139, officialCount: 139 });
  });

  it('counts all 21 tenants in one statement, not one per tenant', async () => {
    const token = await tokenFor({ role: Role.CITY_ADMIN });
    const url = stackInfo().subgraphUrls.districts;
    const one = await graphql(url, `{ district(id: "610111") { enterpriseCount officialCount } }`, {}, token);
    const all = await graphql(url, `{ _entities(representations: [{ __typename: "City", id: "610100" }]) { ... on City { districts { enterpriseCount officialCount } } } }`, {}, token);
    expect(one.errors).toBeUndefined();
    expect(all.errors).toBeUndefined();
    // one: BEGIN, settings, district, counts, COMMIT; all: BEGIN, settings, districts, counts, COMMIT.
    expect(all.extensions?.sqlStatements).toBe(one.extensions?.sqlStatements);
  });
});
