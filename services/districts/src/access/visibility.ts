import { Role, type Caller } from '@qinshang/auth';
import type { SqlParams } from '@qinshang/database';

/*
 * Row-level security already confines every statement to the caller's tenant. Within a tenant,
 * some roles see less, and the services add these predicates so that an out-of-reach record is
 * exactly as absent as another tenant's:
 * - OFFICIAL: the enterprises it is currently paired with, itself, and its own pairings, visits,
 *   excuses and reports;
 * - ENTERPRISE: itself, the official currently paired with it, and its own pairings, visits,
 *   excuses and reports;
 * - DEPARTMENT: the enterprises of its tenant (of every tenant for a city bureau), so the problems
 *   assigned to it can name them; no official, pairing, visit, excuse or report;
 * - CITY_ADMIN, DISTRICT_ADMIN and INSPECTOR: what row-level security lets them see.
 */

/**
 * Whether the caller sees every enterprise and official of the tenants row-level security lets it
 * read (so a tenant's kept counts are its counts): the city office, inspectors, a tenant's office.
 */
export function seesWholeTenant(caller: Caller): boolean {
  return caller.role === Role.CITY_ADMIN || caller.role === Role.INSPECTOR || caller.role === Role.DISTRICT_ADMIN;
}

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
    case Role.DEPARTMENT:
      return 'false';
    default:
      return 'true';
  }
}

/**
 * A predicate on a record between an official and an enterprise (a pairing, visit, excuse or
 * report) aliased `alias`, with `official_id` and `enterprise_id` columns: an official sees the
 * records it is party to, an enterprise those about itself.
 */
export function partyRecordVisible(caller: Caller, alias: string, params: SqlParams): string {
  switch (caller.role) {
    case Role.OFFICIAL:
      return `${alias}.official_id = ${params.add(caller.officialId ?? null)}`;
    case Role.ENTERPRISE:
      return `${alias}.enterprise_id = ${params.add(caller.enterpriseId ?? null)}`;
    case Role.DEPARTMENT:
      return 'false';
    default:
      return 'true';
  }
}
