import { as } from '@qinshang/testkit';
import { operation } from '../contract/operations';

/** The contract's DistrictEnterprises (shared/contract/district-portal.graphql), as written. */
const DISTRICT_ENTERPRISES = operation('district-portal.graphql', 'DistrictEnterprises');

interface Node {
  id: string;
  name: string;
  sector: string;
  source: string;
  official: { id: string; name: string } | null;
  visitsThisMonth: number;
}
interface Page {
  district: {
    id: string;
    name: string;
    enterprises: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ cursor: string; node: Node }> };
  } | null;
}

describe('a district office pages through its enterprise list (DistrictEnterprises)', () => {
  const baqiao = as.district('610111');

  it('gives 灞桥区 its 139 enterprises in three pages of at most 50, each with its official', async () => {
    const nodes: Node[] = [];
    const pages: Array<NonNullable<Page['district']>['enterprises']> = [];
    let after: string | null = null;
    do {
      const data: Page = await baqiao.ok<Page>(DISTRICT_ENTERPRISES, { districtId: '610111', first: 50, after });
      expect(data.district).toMatchObject({ id: '610111', name: '灞桥区' });
      const page = data.district!.enterprises;
      pages.push(page);
      nodes.push(...page.edges.map((edge) => edge.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after && pages.length < 10);

    expect(pages.map((page) => page.edges.length)).toEqual([50, 50, 39]);
    expect(pages.map((page) => page.totalCount)).toEqual([139, 139, 139]);
    expect(pages.map((page) => page.pageInfo.hasNextPage)).toEqual([true, true, false]);
    expect(pages[2].pageInfo.endCursor).toBe(pages[2].edges[38].cursor);
    expect(new Set(nodes.map((node) => node.id)).size).toBe(139);
    expect(nodes.map((node) => node.id)).toEqual([...nodes.map((node) => node.id)].sort());
    expect(nodes.filter((node) => node.source === 'CITY_ASSIGNED')).toHaveLength(63);
    expect(nodes.filter((node) => node.source === 'DISTRICT_SELECTED')).toHaveLength(76);
    // 一对一: every enterprise has its own official.
    expect(nodes.every((node) => node.official && node.official.name.length > 0)).toBe(true);
    expect(new Set(nodes.map((node) => node.official!.id)).size).toBe(139);
    expect(nodes.every((node) => node.visitsThisMonth === 0)).toBe(true);
    expect(nodes.every((node) => /^[\u4e00-\u9fff0-9]+$/.test(node.name))).toBe(true);
  });

  it('gives the same ids on every run (deterministic seed)', async () => {
    const data = await baqiao.ok<Page>(DISTRICT_ENTERPRISES, { districtId: '610111', first: 2, after: null });
    expect(data.district!.enterprises.edges.map((edge) => edge.node.id)).toEqual(['610111-E0001', '610111-E0002']);
  });

  it('filters by source and sector, counting what matches', async () => {
    const query = `query ($f: EnterpriseFilter) { district(id: "610111") { enterprises(first: 200, filter: $f) { totalCount edges { node { source sector } } } } }`;
    const city = await baqiao.ok<{ district: { enterprises: { totalCount: number; edges: Array<{ node: { source: string } }> } } }>(query, {
      f: { source: 'CITY_ASSIGNED' },
    });
    expect(city.district.enterprises.totalCount).toBe(63);
    expect(city.district.enterprises.edges.every((edge) => edge.node.source === 'CITY_ASSIGNED')).toBe(true);
    const sector = await baqiao.ok<{ district: { enterprises: { totalCount: number; edges: Array<{ node: { sector: string } }> } } }>(query, {
      f: { sector: 'TECHNOLOGY' },
    });
    expect(sector.district.enterprises.totalCount).toBe(sector.district.enterprises.edges.length);
    expect(sector.district.enterprises.edges.every((edge) => edge.node.sector === 'TECHNOLOGY')).toBe(true);
  });

  it("answers the same query for 户县 with the 灞桥 token with district: null", async () => {
    const response = await baqiao.send<Page>(DISTRICT_ENTERPRISES, { districtId: '610125', first: 50 });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ district: null });
  });

  it('refuses a page size out of bounds and a cursor it did not make, naming the argument', async () => {
    const tooMany = await baqiao.send(DISTRICT_ENTERPRISES, { districtId: '610111', first: 1000 });
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const forged = await baqiao.send(DISTRICT_ENTERPRISES, { districtId: '610111', first: 10, after: 'bm9wZQ' });
    expect(forged.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
