import DataLoader from 'dataloader';
import type { Department } from './department.type';
import type { DepartmentQueries } from './department.queries';
import type { LeadingGroup } from './leading-group.type';
import type { LeadingGroupQueries } from './leading-group.queries';

export function createOrganisationLoaders(departments: DepartmentQueries, leadingGroups: LeadingGroupQueries) {
  return {
    department: new DataLoader<string, Department | null>(async (ids) => {
      const found = await departments.byIds(ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    /** Keyed by tenant code: its member units. */
    departmentsOfDistrict: new DataLoader<string, Department[]>(async (ids) => {
      const found = await departments.ofDistricts(ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
    leadingGroup: new DataLoader<string, LeadingGroup | null>(async (ids) => {
      const found = await leadingGroups.byIds(ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    /** Keyed by tenant code: its leading group. */
    leadingGroupOfDistrict: new DataLoader<string, LeadingGroup | null>(async (ids) => {
      const found = await leadingGroups.byDistricts(ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
  };
}
