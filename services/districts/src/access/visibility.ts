import { Role, type Caller } from '@qinshang/auth';
import type { SqlParams } from '../common/sql-params';

/*
 * Row-level security already confines every statement to the caller's tenant. Within a tenant,
 * some roles see less, and the services add these predicates so that an out-of-reach record is
 * exactly as absent as another tenant's:
 * - OFFICIAL: the enterprises it is currently paired with, and itself;
 * - ENTERPRISE: itself, and the official currently paired with it.
 * Every other role sees what row-level security lets it see.
 */

const ACTIVE_PAIRING = 'SELECT 1 FROM districts.pairing vp WHERE vp.ended_on IS NULL';

/** A predicate on the enterprise aliased `alias` (e.g. `e`), for use in a WHERE clause. */
export function enterpriseVisible(caller: Caller, alias: string, params: SqlParams): string {
  switch (caller.role) {
    case Role.OFFICIAL:
      return `EXISTS (${ACTIVE_PAIRING} AND vp.enterprise_id = ${alias}.id AND vp.official_id = ${params.add(caller.officialId ?? null)})`;
    case Role.ENTERPRISE:
      return `${alias}.id = ${params.add(caller.enterpriseId ?? null)}`;
    default:
      return 'true';
  }
}

/** A predicate on the official aliased `alias`. */
export function officialVisible(caller: Caller, alias: string, params: SqlParams): string {
  switch (caller.role) {
    case Role.OFFICIAL:
      return `${alias}.id = ${params.add(caller.officialId ?? null)}`;
    case Role.ENTERPRISE:
      return `EXISTS (${ACTIVE_PAIRING} AND vp.official_id = ${alias}.id AND vp.enterprise_id = ${params.add(caller.enterpriseId ?? null)})`;
    default:
      return 'true';
  }
}
