import { Role, type Caller } from '@qinshang/auth';
import { ForbiddenError } from '@qinshang/errors';

/** How far a role reaches: nobody grants a role that reaches further than their own. */
const REACH: Record<Role, number> = {
  [Role.CITY_ADMIN]: 3,
  [Role.INSPECTOR]: 2,
  [Role.DISTRICT_ADMIN]: 1,
  [Role.OFFICIAL]: 0,
  [Role.DEPARTMENT]: 0,
  [Role.ENTERPRISE]: 0,
};

/** Who manages accounts: the city office (every account) and a district office (its tenant's). */
export function assertManagesAccounts(caller: Caller): void {
  if (caller.role !== Role.CITY_ADMIN && caller.role !== Role.DISTRICT_ADMIN) {
    throw new ForbiddenError('Only the city office and district offices manage accounts');
  }
}

/** May the caller manage this account (or create one like it)? */
export function assertManages(caller: Caller, account: { role: string; districtId: string | null }): void {
  assertManagesAccounts(caller);
  if (caller.role === Role.CITY_ADMIN) return;
  if (account.districtId !== caller.districtId) throw new ForbiddenError("A district office manages its own tenant's accounts only");
  if (REACH[account.role as Role] > REACH[caller.role]) throw new ForbiddenError(`A ${caller.role} cannot manage a ${account.role} account`);
}

export function assertMayGrant(caller: Caller, role: Role): void {
  if (REACH[role] > REACH[caller.role]) throw new ForbiddenError(`A ${caller.role} cannot grant the role ${role}`);
}
