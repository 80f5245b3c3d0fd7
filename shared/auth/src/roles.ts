/** The roles of the client contract. */
export enum Role {
  CITY_ADMIN = 'CITY_ADMIN',
  DISTRICT_ADMIN = 'DISTRICT_ADMIN',
  OFFICIAL = 'OFFICIAL',
  DEPARTMENT = 'DEPARTMENT',
  ENTERPRISE = 'ENTERPRISE',
  INSPECTOR = 'INSPECTOR',
}

export const ROLES = Object.values(Role);

/** The verified caller of a request, from the token's claims. */
export interface Caller {
  sub: string;
  role: Role;
  districtId?: string;
  officialId?: string;
  departmentId?: string;
  enterpriseId?: string;
  /** Seconds since the epoch when the token stops being valid. */
  expiresAt?: number;
}

/** Claims each role must carry, beside `sub` and `role`. */
export type ScopeClaim = 'districtId' | 'officialId' | 'departmentId' | 'enterpriseId';

export const REQUIRED_CLAIMS: Record<Role, ReadonlyArray<ScopeClaim>> = {
  [Role.CITY_ADMIN]: [],
  [Role.INSPECTOR]: [],
  [Role.DISTRICT_ADMIN]: ['districtId'],
  [Role.OFFICIAL]: ['districtId', 'officialId'],
  [Role.ENTERPRISE]: ['districtId', 'enterpriseId'],
  [Role.DEPARTMENT]: ['departmentId'],
};

/** Roles that see every tenant. */
export function seesEveryTenant(caller: Caller): boolean {
  return caller.role === Role.CITY_ADMIN || caller.role === Role.INSPECTOR;
}

/** True when the caller may read the tenant's records at all. */
export function canSeeTenant(caller: Caller, districtId: string): boolean {
  return seesEveryTenant(caller) || caller.districtId === districtId;
}
