import { permissions, Role, type Caller } from '@qinshang/auth';

/*
 * Who may do what in the city subgraph: one table, checked by the services (`assertCan`) before
 * anything is written. Row-level security confines every statement to what the caller's tenant
 * may see (city-wide rows, e.g. city bureaus and city-wide policies, are visible to everyone
 * signed in), so a refusal never depends on the database alone.
 */

const OFFICES = [Role.CITY_ADMIN, Role.DISTRICT_ADMIN] as const;

export const cityPermissions = permissions({
  PUBLISH_CAMPAIGN_RULES: { roles: [Role.CITY_ADMIN], refused: 'Only the city office (CITY_ADMIN) may do this' },
  PUBLISH_CALENDAR_SETTINGS: { roles: [Role.CITY_ADMIN], refused: 'Only the city office (CITY_ADMIN) may publish the calendar settings' },
  ADD_DEPARTMENT: { roles: OFFICES, refused: 'Only the city office or a district office may change departments' },
  /** Resource: the department as it stands (`{ districtId }`, null for a city bureau). */
  RENAME_DEPARTMENT: {
    roles: OFFICES,
    refused: 'Only the city office or a district office may change departments',
    rule: (caller: Caller, department: { districtId: string | null }) =>
      caller.role !== Role.CITY_ADMIN && department.districtId !== caller.districtId ? 'Only the city office may rename a city bureau' : null,
  },
});

export type CityAction = keyof typeof cityPermissions.table;
export const assertCan = cityPermissions.assertCan;
