import type { DepartmentKind } from '../../organisation/department.type';
import { departmentKindOf } from '../../organisation/department-kind';

export { departmentKindOf };
import { mulberry32, seedFrom } from '@qinshang/prng';

/** A tenant as the reference data describes it. */
export interface ReferenceTenant {
  code: string;
  name: string;
  kind: 'DISTRICT' | 'COUNTY' | 'DEVELOPMENT_ZONE' | 'NEW_AREA';
}

export interface ReferenceLeadingGroup {
  name: string;
  leaderRole: string;
  deputyRoles?: string[];
  office: string;
}

export interface SeedLeadingGroup {
  id: string;
  districtId: string | null;
  level: 'CITY' | 'DISTRICT';
  name: string;
  office: string;
  leaderRole: string;
  deputyRoles: string[];
  sortOrder: number;
}

export interface SeedDepartment {
  id: string;
  districtId: string | null;
  name: string;
  kind: DepartmentKind;
  sortOrder: number;
}

/** City bureaus (市级部门) that problems are most often assigned to, with the 2016 names. */
export const CITY_BUREAUS = [
  '市发展和改革委员会',
  '市工业和信息化委员会',
  '市商务局',
  '市财政局',
  '市人力资源和社会保障局',
  '市国土资源局',
  '市规划局',
  '市环境保护局',
  '市交通运输局',
  '市科学技术局',
  '市工商行政管理局',
  '市金融工作办公室',
];

/**
 * A district's or county's member units (成员单位), in a canonical order. 户县's leading group
 * has 21 member units (reported): the first 21. Other tenants draw theirs from this list.
 */
export const MEMBER_UNITS = [
  '发展和改革局',
  '工业和信息化局',
  '财政局',
  '人力资源和社会保障局',
  '国土资源局',
  '住房和城乡建设局',
  '环境保护局',
  '交通运输局',
  '商务局',
  '科学技术局',
  '工商行政管理局',
  '国家税务局',
  '地方税务局',
  '安全生产监督管理局',
  '城市管理局',
  '水务局',
  '统计局',
  '审计局',
  '食品药品监督管理局',
  '质量技术监督局',
  '金融工作办公室',
  '农林局',
  '旅游局',
  '政务服务中心',
];

/** The reported member-unit counts; every other tenant gets a deterministic 8 to 21. */
const REPORTED_MEMBER_UNITS: Record<string, number> = { '610125': 21 };

const pad = (n: number) => String(n).padStart(2, '0');


const LEADER_ROLE: Record<ReferenceTenant['kind'], string> = {
  DISTRICT: '区长, 组长',
  COUNTY: '县长, 组长',
  DEVELOPMENT_ZONE: '管委会主任, 组长',
  NEW_AREA: '管委会主任, 组长',
};

/** The city's leading group (id = the city code) and one per tenant (id = the tenant code). */
export function leadingGroups(cityCode: string, city: ReferenceLeadingGroup, tenants: readonly ReferenceTenant[]): SeedLeadingGroup[] {
  return [
    { id: cityCode, districtId: null, level: 'CITY', name: city.name, office: city.office, leaderRole: city.leaderRole, deputyRoles: city.deputyRoles ?? [], sortOrder: 0 },
    ...tenants.map((tenant, index) => ({
      id: tenant.code,
      districtId: tenant.code,
      level: 'DISTRICT' as const,
      name: `${tenant.name}千人亲商助企活动领导小组`,
      office: `${tenant.name}亲商助企办`,
      leaderRole: LEADER_ROLE[tenant.kind],
      deputyRoles: [],
      sortOrder: index + 1,
    })),
  ];
}

/** How many member units a tenant has: the reported figure, else a deterministic 8 to 21. */
export function memberUnitCount(code: string): number {
  return REPORTED_MEMBER_UNITS[code] ?? 8 + Math.floor(mulberry32(seedFrom(`qinshang:departments:${code}`))() * 14);
}

/** City bureaus (`<city>-D01`...) and each tenant's member units (`<tenant>-D01`...), the same on every run. */
export function departments(cityCode: string, tenants: readonly ReferenceTenant[]): SeedDepartment[] {
  const bureaus = CITY_BUREAUS.map((name, index) => ({ id: `${cityCode}-D${pad(index + 1)}`, districtId: null, name, kind: departmentKindOf(name), sortOrder: index + 1 }));
  const units = tenants.flatMap((tenant) =>
    MEMBER_UNITS.slice(0, memberUnitCount(tenant.code)).map((unit, index) => {
      const name = `${tenant.name}${unit}`;
      return { id: `${tenant.code}-D${pad(index + 1)}`, districtId: tenant.code, name, kind: departmentKindOf(name), sortOrder: index + 1 };
    }),
  );
  return [...bureaus, ...units];
}
