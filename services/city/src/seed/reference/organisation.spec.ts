import { CITY_BUREAUS, departmentKindOf, departments, leadingGroups, memberUnitCount } from './organisation';

const tenants = [
  { code: '610111', name: '灞桥区', kind: 'DISTRICT' as const },
  { code: '610125', name: '户县', kind: 'COUNTY' as const },
  { code: 'GX', name: '高新区', kind: 'DEVELOPMENT_ZONE' as const },
];

describe('the reference organisation', () => {
  it('gives 户县 its 21 member units and every other tenant 8 to 21, the same on every run', () => {
    const all = departments('610100', tenants);
    expect(all.filter((d) => d.districtId === '610125')).toHaveLength(21);
    for (const code of ['610111', 'GX', '610102', 'XX']) {
      expect(memberUnitCount(code)).toBeGreaterThanOrEqual(8);
      expect(memberUnitCount(code)).toBeLessThanOrEqual(21);
    }
    expect(departments('610100', tenants)).toEqual(all);
  });

  it('numbers city bureaus and member units by their owner, with unique names', () => {
    const all = departments('610100', tenants);
    const bureaus = all.filter((d) => d.districtId === null);
    expect(bureaus).toHaveLength(CITY_BUREAUS.length);
    expect(bureaus[0]).toMatchObject({ id: '610100-D01', name: '市发展和改革委员会', kind: 'COMMISSION' });
    expect(all.find((d) => d.id === '610125-D01')).toMatchObject({ name: '户县发展和改革局', kind: 'BUREAU' });
    expect(new Set(all.map((d) => d.id)).size).toBe(all.length);
    expect(new Set(all.map((d) => `${d.districtId}:${d.name}`)).size).toBe(all.length);
  });

  it('reads the kind from the name', () => {
    expect(departmentKindOf('市金融工作办公室')).toBe('OFFICE');
    expect(departmentKindOf('户县政务服务中心')).toBe('CENTRE');
    expect(departmentKindOf('某某公司')).toBe('OTHER');
  });

  it("has the city's group (id = city code) and one per tenant (id = tenant code)", () => {
    const groups = leadingGroups('610100', { name: '市千人亲商助企活动领导小组', leaderRole: '市长 (mayor), 组长', office: '市亲商助企办' }, tenants);
    expect(groups.map((g) => g.id)).toEqual(['610100', '610111', '610125', 'GX']);
    expect(groups[0]).toMatchObject({ level: 'CITY', districtId: null, office: '市亲商助企办' });
    expect(groups[2]).toMatchObject({ level: 'DISTRICT', districtId: '610125', leaderRole: '县长, 组长' });
  });
});
