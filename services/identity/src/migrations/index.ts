import { IdentityInitial1765100000000 } from './1765100000000-identity-initial';
import { IdentityIdempotency1765200000000 } from './1765200000000-identity-idempotency';
import { IdentityDepartmentStaff1765300000000 } from './1765300000000-identity-department-staff';

/** In order. A committed migration is never rewritten: add a new one. */
export const migrations = [IdentityInitial1765100000000, IdentityIdempotency1765200000000, IdentityDepartmentStaff1765300000000];
