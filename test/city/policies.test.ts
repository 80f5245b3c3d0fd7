import { randomUUID } from 'node:crypto';
import { Role } from '@qinshang/auth';
import { Actor, as, graphql, stackInfo, tokenFor } from '@qinshang/testkit';
import { asOwner, eventually, recordEnterprise } from './support';

const POLICIES_FOR = `query ($id: ID!) { policiesFor(enterpriseId: $id) { id level sectors fundAmount district { id } } }`;
const POLICIES = `query ($filter: PolicyFilter, $first: Int, $after: String) {
  policies(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title level issuer sectors eligibility fundAmount validFrom validTo district { id } } } }
}`;

type PolicyRow = { id: string; level: string; sectors: string[]; fundAmount: number | null; district: { id: string } | null };
type Page = { policies: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ cursor: string; node: PolicyRow & { title: string; validTo: string | null } }> } };

/** Enterprises of this run, known to the city subgraph only through the events written here. */
const run = randomUUID().slice(0, 8);
const huxianIndustry = `610125-T-${run}-1`;
const huxianCulture = `610125-T-${run}-2`;
const baqiaoIndustry = `610111-T-${run}-3`;

async function policiesFor(actor: Actor, id: string): Promise<PolicyRow[] | null> {
  const data = await actor.ok<{ policiesFor: PolicyRow[] | null }>(POLICIES_FOR, { id });
  return data.policiesFor;
}

describe('support policies (惠企政策)', () => {
  beforeAll(async () => {
    await recordEnterprise('enterprise.added', { enterpriseId: huxianIndustry, districtId: '610125', sector: 'INDUSTRY' });
    await recordEnterprise('enterprise.added', { enterpriseId: huxianCulture, districtId: '610125', sector: 'CULTURE' });
    await recordEnterprise('enterprise.added', { enterpriseId: baqiaoIndustry, districtId: '610111', sector: 'INDUSTRY' });
    // The city subgraph's consumer applies them asynchronously.
    await eventually(() => policiesFor(as.city(), baqiaoIndustry));
  });

  it('lists the seeded policies a page at a time, city-wide and each tenant’s own', async () => {
    const city = as.city();
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page: Page = await city.ok<Page>(POLICIES, { first: 4, after });
      total = page.policies.totalCount;
      seen.push(...page.policies.edges.map((e) => e.node.id));
      after = page.policies.pageInfo.hasNextPage ? page.policies.pageInfo.endCursor : null;
    } while (after);
    expect(total).toBeGreaterThanOrEqual(15);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);

    const huxian = await as.district('610125').ok<Page>(POLICIES, { first: 100, filter: { level: 'DISTRICT' } });
    expect(huxian.policies.edges.map((e) => e.node.district!.id)).toEqual(['610125']);
    const fund = huxian.policies.edges[0].node;
    expect(fund.fundAmount).toBe(50_000_000);
    expect(fund.sectors).toEqual(expect.arrayContaining(['INDUSTRY', 'TECHNOLOGY']));
    expect(fund.validTo).toBeNull();

    const culture = await as.district('610111').ok<Page>(POLICIES, { first: 100, filter: { sector: 'CULTURE', validOn: '2016-08-01' } });
    expect(culture.policies.totalCount).toBe(culture.policies.edges.length);
    expect(culture.policies.edges.every((e) => e.node.sectors.includes('CULTURE') && (e.node.district === null || e.node.district.id === '610111'))).toBe(true);

    const bad = await city.send(POLICIES, { filter: { validOn: '2016-8-1' } });
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.validOn' });
  });

  it('matches an enterprise by its sector and its tenant, today', async () => {
    const city = as.city();
    const industry = (await policiesFor(city, huxianIndustry))!;
    const ids = industry.map((p) => p.id);
    expect(ids).toContain('POL-D01'); // 户县's 50-million-yuan funds
    expect(ids).toContain('POL-C02'); // city industrial upgrading
    expect(ids).not.toContain('POL-C04'); // culture only
    expect(ids).not.toContain('POL-N03'); // expired in 2017
    expect(ids).not.toContain('POL-D03'); // 新城区's
    expect(industry.every((p) => p.sectors.includes('INDUSTRY'))).toBe(true);

    const culture = (await policiesFor(city, huxianCulture))!.map((p) => p.id);
    expect(culture).toContain('POL-C04');
    expect(culture).not.toContain('POL-D01');

    const baqiao = (await policiesFor(city, baqiaoIndustry))!.map((p) => p.id);
    expect(baqiao).toContain('POL-C02');
    expect(baqiao).not.toContain('POL-D01');
  });

  it('follows enterprise.updated', async () => {
    const id = `610125-T-${run}-4`;
    await recordEnterprise('enterprise.added', { enterpriseId: id, districtId: '610125', sector: 'TOURISM' });
    await eventually(() => policiesFor(as.city(), id));
    expect((await policiesFor(as.city(), id))!.map((p) => p.id)).not.toContain('POL-D01');
    await recordEnterprise('enterprise.updated', { enterpriseId: id, districtId: '610125', sector: 'TECHNOLOGY' });
    const updated = await eventually(async () => {
      const rows = await policiesFor(as.city(), id);
      return rows?.some((p) => p.id === 'POL-D01') ? rows : null;
    });
    expect(updated.every((p) => p.sectors.includes('TECHNOLOGY'))).toBe(true);
  });

  it("answers another tenant's enterprise exactly as a missing one", async () => {
    for (const actor of [
      as.district('610111'),
      new Actor({ role: Role.OFFICIAL, districtId: '610111', officialId: '610111-O0001' }),
      new Actor({ role: Role.ENTERPRISE, districtId: '610111', enterpriseId: baqiaoIndustry }),
    ]) {
      for (const id of [huxianIndustry, `610125-T-${run}-missing`]) {
        const response = await actor.send(POLICIES_FOR, { id });
        expect(response.errors).toBeUndefined();
        expect(response.data).toEqual({ policiesFor: null });
      }
    }
    // Its own tenant sees it; an enterprise sees only itself.
    expect(await policiesFor(as.district('610125'), huxianIndustry)).not.toBeNull();
    expect(await policiesFor(new Actor({ role: Role.ENTERPRISE, districtId: '610125', enterpriseId: huxianIndustry }), huxianIndustry)).not.toBeNull();
    expect(await policiesFor(new Actor({ role: Role.ENTERPRISE, districtId: '610125', enterpriseId: huxianIndustry }), huxianCulture)).toBeNull();
  });

  it("answers Enterprise.policies at the subgraph with nothing for another tenant's key", async () => {
    const token = await tokenFor({ role: Role.DISTRICT_ADMIN, districtId: '610111' });
    const response = await graphql<{ _entities: Array<{ id: string; policies: Array<{ id: string }> }> }>(
      stackInfo().subgraphUrls.city,
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Enterprise { id policies { id } } } }',
      { r: [{ __typename: 'Enterprise', id: huxianIndustry }, { __typename: 'Enterprise', id: baqiaoIndustry }] },
      token,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!._entities[0]).toEqual({ id: huxianIndustry, policies: [] });
    expect(response.data!._entities[1].policies.map((p) => p.id)).toContain('POL-C02');
  });

  it('matches many enterprises in as many statements as one (no N+1)', async () => {
    const token = await tokenFor({ role: Role.CITY_ADMIN });
    const query = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Enterprise { id policies { id district { id } } } } }';
    const ids = [huxianIndustry, huxianCulture, baqiaoIndustry];
    const one = await graphql(stackInfo().subgraphUrls.city, query, { r: ids.slice(0, 1).map((id) => ({ __typename: 'Enterprise', id })) }, token);
    const three = await graphql(stackInfo().subgraphUrls.city, query, { r: ids.map((id) => ({ __typename: 'Enterprise', id })) }, token);
    expect(one.errors).toBeUndefined();
    expect(three.errors).toBeUndefined();
    // The transaction's own statements, then one for the profiles and one for the policies.
    expect(three.extensions?.sqlStatements).toBe(one.extensions?.sqlStatements);
  });

  it('learns every seeded enterprise from the districts seed’s events and adds its policies through the gateway', async () => {
    // The districts seed records each enterprise it inserts as enterprise.added; the city's consumer projects them.
    // Other suites add enterprises meanwhile: check that none of the 1,220 seeded ones is missing.
    const missing = await eventually(async () => {
      const n = await asOwner(
        async (client) =>
          (
            await client.query(
              'SELECT count(*)::int AS n FROM districts.enterprise e WHERE e.generated AND NOT EXISTS (SELECT 1 FROM city.enterprise_profile p WHERE p.enterprise_id = e.id)',
            )
          ).rows[0].n as number,
      );
      return n === 0 ? n : null;
    }, 30_000);
    expect(missing).toBe(0);
    expect(await asOwner(async (client) => (await client.query('SELECT count(*)::int AS n FROM districts.enterprise WHERE generated')).rows[0].n)).toBe(1220);
    const { id } = await asOwner(async (client) => (await client.query("SELECT id FROM districts.enterprise WHERE district_id = '610125' AND sector = 'INDUSTRY' ORDER BY id LIMIT 1")).rows[0]);
    const data = await as.district('610125').ok<{ enterprise: { id: string; sector: string; policies: Array<{ id: string; fundAmount: number | null }> } }>(
      `query ($id: ID!) { enterprise(id: $id) { id sector policies { id fundAmount } } }`,
      { id },
    );
    expect(data.enterprise.sector).toBe('INDUSTRY');
    expect(data.enterprise.policies).toContainEqual({ id: 'POL-D01', fundAmount: 50_000_000 });
    // Another tenant's office asking for the same enterprise's policies gets null, as for a missing one.
    expect(await policiesFor(as.district('610111'), id)).toBeNull();
  });
});
