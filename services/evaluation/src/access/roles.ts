import { Role, type Caller } from '@qinshang/auth';
import { ForbiddenError } from '@qinshang/errors';

/** Permission is checked in the service, before storage (row-level security checks it again). */
export function requireRole(caller: Caller, roles: readonly Role[], action: string): void {
  if (!roles.includes(caller.role)) throw new ForbiddenError(`Your role may not ${action}`);
}

export const CITY_WIDE: readonly Role[] = [Role.CITY_ADMIN, Role.INSPECTOR];
