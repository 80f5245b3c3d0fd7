import { Role } from '@qinshang/auth';
import { Actor, as, graphql, stackInfo, tokenFor } from '@qinshang/testkit';
import { countEvents } from './support';

const DISTRICT = `query ($id: ID!) { district(id: $id) { id name leadingGroup { id name office level leaderRole district { id } } departments { id name kind district { id } } } }`;
const ADD = `mutation ($input: AddDepartmentInput!) { addDepartment(input: $input) { department { id name kind district { id } } } }`;
const RENAME = `mutation ($input: RenameDepartmentInput!) { renameDepartment(input: $input) { department { id name } } }`;
const LOOKUP = `query ($d: ID!, $g: ID!) { department(id: $d) { id name } leadingGroup(id: $g) { id name } }`;

type Department = { id: string; name: string; kind: string; district: { id: string } | null };
type DistrictData = { district: { id: string; name: string; leadingGroup: { id: string; name: string; office: string; level: string; district: { id: string } | null } | null; departments: Department[] } | null };

describe('leading groups and departments', () => {
  it('gives 户县 its leading group and its 21 member units', async () => {
    const data = await as.district('610125').ok<DistrictData>(DISTRICT, { id: '610125' });
    expect(data.district!.name).toBe('户县');
    expect(data.district!.leadingGroup).toMatchObject({ id: '610125', name: '户县千人亲商助企活动领导小组', office: '户县亲商助企办', level: 'DISTRICT', district: { id: '610125' } });
    const units = data.district!.departments;
    expect(units).toHaveLength(21);
    expect(units.map((d) => d.id)).toEqual(Array.from({ length: 21 }, (_, i) => `610125-D${String(i + 1).padStart(2, '0')}`));
    expect(units[0]).toEqual({ id: '610125-D01', name: '户县发展和改革局', kind: 'BUREAU', district: { id: '610125' } });
  });

  it("gives the city its leading group, led by the mayor, and its bureaus; every tenant has a group and 8 to 21 units", async () => {
    const data = await as.city().ok<{
      city: { leadingGroup: { id: string; name: string; office: string; leaderRole: string; level: string; district: null }; departments: Department[]; districts: Array<{ id: string; leadingGroup: { id: string }; departments: Department[] }> };
    }>(`{ city { leadingGroup { id name office leaderRole level district { id } } departments { id name kind district { id } } districts { id leadingGroup { id } departments { id } } } }`);
    const { city } = data;
    expect(city.leadingGroup).toEqual({ id: '610100', name: '市千人亲商助企活动领导小组', office: '市亲商助企办', leaderRole: '市长 (mayor), 组长', level: 'CITY', district: null });
    expect(city.departments.length).toBeGreaterThanOrEqual(12);
    expect(city.departments[0]).toEqual({ id: '610100-D01', name: '市发展和改革委员会', kind: 'COMMISSION', district: null });
    expect(city.districts).toHaveLength(21);
    for (const district of city.districts) {
      expect(district.leadingGroup.id).toBe(district.id);
      const seeded = district.departments.filter((d) => Number(d.id.split('-D')[1]) <= 21);
      expect(seeded.length).toBeGreaterThanOrEqual(8);
      expect(seeded.length).toBeLessThanOrEqual(21);
    }
  });

  it("shows a district office city bureaus and its own units, and another tenant's as missing", async () => {
    const baqiao = as.district('610111');
    const response = await baqiao.send(LOOKUP, { d: '610125-D01', g: '610125' });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ department: null, leadingGroup: null });
    expect(await baqiao.ok(LOOKUP, { d: '610100-D01', g: '610100' })).toEqual({ department: { id: '610100-D01', name: '市发展和改革委员会' }, leadingGroup: { id: '610100', name: '市千人亲商助企活动领导小组' } });
    expect(await baqiao.ok(DISTRICT, { id: '610125' })).toEqual({ district: null });
  });

  it("answers _entities with another tenant's District key with no group and no departments, at the subgraph itself", async () => {
    const token = await tokenFor({ role: Role.DISTRICT_ADMIN, districtId: '610111' });
    const response = await graphql<{ _entities: Array<{ id: string; leadingGroup: { id: string } | null; departments: Array<{ id: string }> } | null> }>(
      stackInfo().subgraphUrls.city,
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on District { id leadingGroup { id } departments { id } } ... on Department { id name } } }',
      { r: [{ __typename: 'District', id: '610125' }, { __typename: 'District', id: '610111' }, { __typename: 'Department', id: '610125-D01' }] },
      token,
    );
    expect(response.errors).toBeUndefined();
    const [other, own, department] = response.data!._entities;
    expect(other).toEqual({ id: '610125', leadingGroup: null, departments: [] });
    expect(own!.leadingGroup).toEqual({ id: '610111' });
    expect(own!.departments.length).toBeGreaterThanOrEqual(8);
    expect(department).toBeNull();
  });

  it('lets a district office add a member unit to its own tenant, with a department.registered event', async () => {
    const zhouzhi = as.district('610124');
    const before = (await zhouzhi.ok<DistrictData>(DISTRICT, { id: '610124' })).district!.departments;
    const data = await zhouzhi.ok<{ addDepartment: { department: Department } }>(ADD, { input: { name: ' 周至县猕猴桃产业发展办公室 ' } });
    const added = data.addDepartment.department;
    expect(added).toEqual({ id: `610124-D${String(before.length + 1).padStart(2, '0')}`, name: '周至县猕猴桃产业发展办公室', kind: 'OFFICE', district: { id: '610124' } });
    expect(await countEvents('department.registered', added.id)).toBe(1);
    const after = (await zhouzhi.ok<DistrictData>(DISTRICT, { id: '610124' })).district!.departments;
    expect(after.map((d) => d.id)).toEqual([...before.map((d) => d.id), added.id]);

    const renamed = await zhouzhi.ok<{ renameDepartment: { department: { id: string; name: string } } }>(RENAME, { input: { id: added.id, name: '周至县猕猴桃产业办公室' } });
    expect(renamed.renameDepartment.department).toEqual({ id: added.id, name: '周至县猕猴桃产业办公室' });
    expect(await countEvents('department.registered', added.id)).toBe(2);
  });

  it("refuses a district office another tenant's departments exactly as missing ones, and changes nothing", async () => {
    const baqiao = as.district('610111');
    const before = (await as.district('610125').ok<DistrictData>(DISTRICT, { id: '610125' })).district!.departments.length;
    const add = await baqiao.send(ADD, { input: { districtId: '610125', name: '户县不该出现的局' } });
    const addMissing = await baqiao.send(ADD, { input: { districtId: '619999', name: '不存在的局' } });
    expect(add.data ?? null).toBeNull();
    expect(add.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(addMissing.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(add.errors![0].message.replace('610125', 'X')).toBe(addMissing.errors![0].message.replace('619999', 'X'));

    const rename = await baqiao.send(RENAME, { input: { id: '610125-D01', name: '改名' } });
    const renameMissing = await baqiao.send(RENAME, { input: { id: '610125-D99', name: '改名' } });
    expect(rename.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(renameMissing.errors![0].extensions!.code).toBe('NOT_FOUND');

    const bureau = await baqiao.send(RENAME, { input: { id: '610100-D01', name: '改名' } });
    expect(bureau.errors![0].extensions!.code).toBe('FORBIDDEN');
    const cityBureau = await baqiao.send(ADD, { input: { name: '灞桥区新成立局', districtId: null } });
    expect(cityBureau.data!).toBeTruthy(); // a district office without districtId adds to its own tenant
    expect((cityBureau.data as { addDepartment: { department: Department } }).addDepartment.department.district).toEqual({ id: '610111' });

    const after = await as.district('610125').ok<DistrictData>(DISTRICT, { id: '610125' });
    expect(after.district!.departments).toHaveLength(before);
    expect(after.district!.departments[0].name).toBe('户县发展和改革局');
  });

  it('lets only the city office and district offices change departments', async () => {
    for (const actor of [
      new Actor({ role: Role.OFFICIAL, districtId: '610124', officialId: '610124-O0001' }),
      new Actor({ role: Role.ENTERPRISE, districtId: '610124', enterpriseId: '610124-E0001' }),
      as.inspector(),
    ]) {
      const response = await actor.send(ADD, { input: { name: '周至县无权添加局' } });
      expect(response.errors![0].extensions!.code).toBe('FORBIDDEN');
    }
  });

  it('lets the city office add a city bureau and a unit in any tenant', async () => {
    const city = as.city();
    const bureau = await city.ok<{ addDepartment: { department: Department } }>(ADD, { input: { name: '市行政审批服务局' } });
    expect(bureau.addDepartment.department).toMatchObject({ name: '市行政审批服务局', kind: 'BUREAU', district: null });
    expect(bureau.addDepartment.department.id).toMatch(/^610100-D\d{2}$/);
    const unit = await city.ok<{ addDepartment: { department: Department } }>(ADD, { input: { districtId: '610122', name: '蓝田县招商局' } });
    expect(unit.addDepartment.department).toMatchObject({ name: '蓝田县招商局', district: { id: '610122' } });
    const unknown = await city.send(ADD, { input: { districtId: '619999', name: '不存在的局' } });
    expect(unknown.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it.each([
    ['an empty name', { name: '  ' }],
    ['a name of one character', { name: '局' }],
    ['a name that is taken in the tenant', { name: '周至县发展和改革局' }],
  ])('refuses %s with BAD_USER_INPUT on input.name', async (_name, input) => {
    const response = await as.district('610124').send(ADD, { input });
    expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
  });
});
