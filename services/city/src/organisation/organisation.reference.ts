import type { CityContext } from '../context';
import type { Department } from './department.type';
import { districtStub, type District } from './district.type';
import type { LeadingGroup } from './leading-group.type';

export const organisationReferences = {
  // Null for another tenant's department or group, as for a missing one (row-level security).
  Department: {
    __resolveReference: (reference: Pick<Department, 'id'>, ctx: CityContext) => ctx.loaders.department.load(reference.id),
  },
  LeadingGroup: {
    __resolveReference: (reference: Pick<LeadingGroup, 'id'>, ctx: CityContext) => ctx.loaders.leadingGroup.load(reference.id),
  },
  // The districts subgraph decides whether the tenant exists; the fields here answer for what the caller may see.
  District: {
    __resolveReference: (reference: Pick<District, 'id'>) => districtStub(reference.id),
  },
};
