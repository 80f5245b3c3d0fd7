import { permissions, Role, type Caller } from '@qinshang/auth';

/** How far a role reaches: nobody grants or manages a role that reaches further than their own. */
const REACH: Record<Role, number> = {
  [Role.CITY_ADMIN]: 3,
  [Role.INSPECTOR]: 2,
  [Role.DISTRICT_ADMIN]: 1,
  [Role.OFFICIAL]: 0,
  [Role.DEPARTMENT]: 0,
  [Role.ENTERPRISE]: 0,
};

const OFFICES = [Role.CITY_ADMIN, Role.DISTRICT_ADMIN] as const;
const refused = 'Only the city office and district offices manage accounts';

/** An account, or one about to be created: its role and tenant. */
export interface AccountScope {
  role: string;
  districtId: string | null;
}

/** The city office reaches every account; a district office its own tenant's, up to its own role. */
function withinReach(caller: Caller, account: AccountScope): string | null {
  if (REACH[account.role as Role] > REACH[caller.role]) return `A ${caller.role} cannot grant or manage the role ${account.role}`;
  if (caller.role === Role.CITY_ADMIN) return null;
  if (account.districtId !== caller.districtId) return "A district office manages its own tenant's accounts only";
  return null;
}

/** The identity service's permission table. */
export const accountPermissions = permissions({
  'account.list': { roles: OFFICES, refused },
  'account.create': { roles: OFFICES, refused, rule: withinReach },
  'account.manage': { roles: OFFICES, refused, rule: withinReach },
  'account.createForOfficials': { roles: OFFICES, refused, rule: withinReach },
});
