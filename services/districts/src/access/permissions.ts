import { Role, type Caller } from '@qinshang/auth';
import { ForbiddenError } from '@qinshang/errors';

/*
 * Who may change what in this subgraph (the contract's role table). Checked in the services
 * before anything is read or written; row-level security enforces the tenant again underneath.
 * - The organisation (enterprises, officials, pairings, imports): the offices, CITY_ADMIN in any
 *   tenant and DISTRICT_ADMIN in its own.
 * - The work (visits, excuses, monthly reports): an OFFICIAL for the enterprise it is paired with,
 *   or an office for any enterprise of its tenant.
 * INSPECTOR, DEPARTMENT and ENTERPRISE write nothing here.
 */

const OFFICES = new Set<Role>([Role.CITY_ADMIN, Role.DISTRICT_ADMIN]);

export function isOffice(caller: Caller): boolean {
  return OFFICES.has(caller.role);
}

export function assertManagesOrganisation(caller: Caller): void {
  if (!isOffice(caller)) throw new ForbiddenError('Only a district office or the city office manages enterprises, officials and pairings');
}

export function assertRecordsWork(caller: Caller): void {
  if (!isOffice(caller) && caller.role !== Role.OFFICIAL) {
    throw new ForbiddenError('Only the paired official or an office records visits, excuses and monthly reports');
  }
}

/** May the office caller act in this tenant? A DISTRICT_ADMIN only in its own. */
export function managesTenant(caller: Caller, districtId: string): boolean {
  return caller.role === Role.CITY_ADMIN || (caller.role === Role.DISTRICT_ADMIN && caller.districtId === districtId);
}
