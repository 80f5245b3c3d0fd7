import type { DepartmentKind } from './department.type';

/** What a department is, from its name's ending (局, 委员会, 办公室, 中心). */
export function departmentKindOf(name: string): DepartmentKind {
  if (/局$/.test(name)) return 'BUREAU' as DepartmentKind;
  if (/(委员会|委)$/.test(name)) return 'COMMISSION' as DepartmentKind;
  if (/(办公室|办)$/.test(name)) return 'OFFICE' as DepartmentKind;
  if (/中心$/.test(name)) return 'CENTRE' as DepartmentKind;
  return 'OTHER' as DepartmentKind;
}
