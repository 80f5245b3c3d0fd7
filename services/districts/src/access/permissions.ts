import { permissions, Role, type Caller } from '@qinshang/auth';

/*
 * Who may do what in this subgraph (the contract's role table): one table, checked by the
 * services (`assertCan`) before anything is read or written; row-level security enforces the
 * tenant again underneath.
 * - The organisation (enterprises, officials, pairings, imports): the offices, CITY_ADMIN in any
 *   tenant and DISTRICT_ADMIN in its own (`managesTenant`; another tenant's records are NOT_FOUND).
 * - The work (visits, excuses, monthly reports): an OFFICIAL for the enterprise it is paired with,
 *   or an office for any enterprise of its tenant.
 * INSPECTOR, DEPARTMENT and ENTERPRISE write nothing here.
 */

const OFFICES = [Role.CITY_ADMIN, Role.DISTRICT_ADMIN] as const;
const ORGANISATION = 'Only a district office or the city office manages enterprises, officials and pairings';
const WORK = 'Only the paired official or an office records visits, excuses and monthly reports';

export const districtsPermissions = permissions({
  ADD_ENTERPRISE: { roles: OFFICES, refused: ORGANISATION },
  UPDATE_ENTERPRISE: { roles: OFFICES, refused: ORGANISATION },
  IMPORT_ENTERPRISES: { roles: OFFICES, refused: ORGANISATION },
  ADD_OFFICIAL: { roles: OFFICES, refused: ORGANISATION },
  PAIR_OFFICIAL: { roles: OFFICES, refused: ORGANISATION },
  RECORD_VISIT: { roles: [...OFFICES, Role.OFFICIAL], refused: WORK },
  RECORD_EXCUSE: { roles: [...OFFICES, Role.OFFICIAL], refused: WORK },
  SUBMIT_MONTHLY_REPORT: { roles: [...OFFICES, Role.OFFICIAL], refused: WORK },
  IMPORT_OFFICIALS: { roles: OFFICES, refused: ORGANISATION },
  IMPORT_PAIRINGS: { roles: OFFICES, refused: ORGANISATION },
  /** Visits copied from the paper logbook (纪实手册) of a past month. */
  IMPORT_VISITS: { roles: OFFICES, refused: 'Only a district office or the city office imports a logbook' },
  /** The enterprise list, visits, excuses and reports as .xlsx or .csv, in the caller's own scope. */
  EXPORT_RECORDS: { roles: [...OFFICES, Role.INSPECTOR, Role.OFFICIAL], refused: 'The offices, inspectors and officials download these lists' },
});

export type DistrictsAction = keyof typeof districtsPermissions.table;
export const assertCan = districtsPermissions.assertCan;

/** May the office caller act in this tenant? A DISTRICT_ADMIN only in its own. */
export function managesTenant(caller: Caller, districtId: string): boolean {
  return caller.role === Role.CITY_ADMIN || (caller.role === Role.DISTRICT_ADMIN && caller.districtId === districtId);
}
