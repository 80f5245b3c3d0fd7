import DataLoader from 'dataloader';
import type { Department } from './department.type';
import type { DepartmentService } from './department.service';
import type { LeadingGroup } from './leading-group.type';
import type { LeadingGroupService } from './leading-group.service';

export function createOrganisationLoaders(departments: DepartmentService, leadingGroups: LeadingGroupService) {
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
