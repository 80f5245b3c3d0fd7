import { Role } from '@qinshang/auth';
import { Actor, as, graphql, stackInfo, tokenFor } from '@qinshang/testkit';

const CITY_DISTRICTS = /* GraphQL */ `
  query { city { name districts { id name kind } } }
`;

describe('the first slice through the gateway: city { districts }', () => {
  it('gives the city office all 21 tenants, from two subgraphs', async () => {
    const data = await as.city().ok<{ city: { name: string; districts: Array<{ id: string; name: string; kind: string }> } }>(CITY_DISTRICTS);
    expect(data.city.name).toBe('西安市');
    expect(data.city.districts).toHaveLength(21);
    expect(data.city.districts[0]).toEqual({ id: '610111', name: '灞桥区', kind: 'DISTRICT' });
    expect(data.city.districts.map((d) => d.kind)).toEqual(expect.arrayContaining(['COUNTY', 'DEVELOPMENT_ZONE', 'NEW_AREA']));
  });

  it('gives an inspector every tenant too', async () => {
    const data = await as.inspector().ok<{ city: { districts: unknown[] } }>(CITY_DISTRICTS);
    expect(data.city.districts).toHaveLength(21);
  });

  it("gives a district office only its own tenant, with the others present in the database", async () => {
    const data = await as.district('610111').ok<{ city: { districts: Array<{ id: string }> } }>(CITY_DISTRICTS);
    expect(data.city.districts).toEqual([{ id: '610111', name: '灞桥区', kind: 'DISTRICT' }]);
    const other = await as.district('610125').ok<{ city: { districts: Array<{ id: string }> } }>(CITY_DISTRICTS);
    expect(other.city.districts.map((d) => d.id)).toEqual(['610125']);
  });

  it('answers another tenant as if it did not exist', async () => {
    const query = 'query ($id: ID!) { district(id: $id) { id name } }';
    expect((await as.district('610111').ok(query, { id: '610125' })).district).toBeNull();
    expect((await as.district('610111').ok(query, { id: '610111' })).district).toEqual({ id: '610111', name: '灞桥区' });
  });

  it('refuses a request without a token with UNAUTHENTICATED, and touches no data', async () => {
    const response = await graphql(stackInfo().gatewayUrl, CITY_DISTRICTS);
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a token signed with another key, and an expired one', async () => {
    const forged = await tokenFor({ role: Role.CITY_ADMIN }, { devKey: 'another-key-another-key-another-key!' });
    const expired = await tokenFor({ role: Role.CITY_ADMIN }, { expiresIn: -60 });
    for (const token of [forged, expired]) {
      const response = await graphql(stackInfo().gatewayUrl, CITY_DISTRICTS, {}, token);
      expect(response.data ?? null).toBeNull();
      expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('composes fields of four subgraphs in one query', async () => {
    const data = await as.city().ok<{ city: { campaign: { name: string; minVisitsPerMonth: number }; districts: Array<{ issueStats: unknown; ranking: unknown }> } }>(
      `{ city { campaign { name mobilizedOn minVisitsPerMonth } districts { id issueStats { open overdue escalated closed } ranking(period: "2016-07") { rank } } } }`,
    );
    expect(data.city.campaign).toMatchObject({ name: '千人亲商助企活动', minVisitsPerMonth: 2 });
    // Other suites raise problems meanwhile: the figures are counts, whatever they are now.
    expect(data.city.districts[0].issueStats).toEqual({
      open: expect.any(Number),
      overdue: expect.any(Number),
      escalated: expect.any(Number),
      closed: expect.any(Number),
    });
  });

  it('names the offending argument on bad input', async () => {
    const response = await as.city().send(`{ city { districts { ranking(period: "July") { rank } } } }`);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
    expect(JSON.stringify(response)).not.toMatch(/at .*\.js|stacktrace/);
  });

  it('refuses an operation with more aliases than the limit, before planning it', async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `c${i}: city { name }`).join(' ')} }`;
    expect((await as.city().send(aliases(30))).errors).toBeUndefined();
    const response = await as.city().send(aliases(31));
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]).toMatchObject({ message: expect.stringContaining('31 aliases'), extensions: { code: 'BAD_USER_INPUT', field: 'query' } });
  });
});
