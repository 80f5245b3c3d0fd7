import { Role, type Caller } from '@qinshang/auth';
import { ForbiddenError } from '@qinshang/errors';

/*
 * Row-level security confines every statement to what the caller's tenant may see (city-wide
 * rows, e.g. city bureaus and city-wide policies, are visible to everyone signed in). The
 * services check the role before any write, so a refusal never depends on the database alone.
 */

export function assertCityAdmin(caller: Caller): void {
  if (caller.role !== Role.CITY_ADMIN) throw new ForbiddenError('Only the city office (CITY_ADMIN) may do this');
}

/** The city office anywhere, or a district office in its own tenant. */
export function assertManagesOrganisation(caller: Caller): void {
  if (caller.role !== Role.CITY_ADMIN && caller.role !== Role.DISTRICT_ADMIN) {
    throw new ForbiddenError('Only the city office or a district office may change departments');
  }
}
