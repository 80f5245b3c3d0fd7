import { Role, type Caller } from '@qinshang/auth';
import type { SqlParams } from '@qinshang/database';

/*
 * Row-level security confines every statement to the caller's tenant (and a department to the
 * problems assigned to it). Within a tenant, an official sees the problems of the enterprises it
 * is paired with (or raised itself), an enterprise its own: out of reach is exactly as absent as
 * another tenant's.
 */
export function issueVisible(caller: Caller, alias: string, params: SqlParams): string {
  switch (caller.role) {
    case Role.OFFICIAL: {
      const official = params.add(caller.officialId ?? null);
      return `(${alias}.official_id = ${official} OR EXISTS (SELECT 1 FROM issues.enterprise_ref vr WHERE vr.enterprise_id = ${alias}.enterprise_id AND vr.official_id = ${official}))`;
    }
    case Role.ENTERPRISE:
      return `${alias}.enterprise_id = ${params.add(caller.enterpriseId ?? null)}`;
    default:
      return 'true';
  }
}

/*
 * The same rules in memory, for rows read once in city scope and shared by many callers (the live
 * feed reads each escalation once per process, not once per subscriber). Each mirrors a database
 * policy or predicate exactly; keep them in step (feeds/feed-snapshot.spec.ts checks them).
 */

/** `tenancy.can_read(district)` for this caller's transaction settings (see tenantSettingsFor). */
export function tenantReadable(caller: Caller, districtId: string): boolean {
  switch (caller.role) {
    case Role.CITY_ADMIN:
    case Role.INSPECTOR:
      return true;
    case Role.DISTRICT_ADMIN:
    case Role.OFFICIAL:
    case Role.ENTERPRISE:
      return Boolean(caller.districtId) && caller.districtId === districtId;
    default:
      return false;
  }
}

/**
 * The row-level-security policy on `issues.issue` (and `issues.escalation`) plus `issueVisible`.
 * `departmentHome` is the assigned department's tenant from `issues.department_ref` (null for a
 * city bureau, undefined when the department is not known).
 */
export function issueVisibleTo(
  caller: Caller,
  issue: { district_id: string; department_id: string | null; official_id: string | null; enterprise_id: string },
  enterpriseOfficialId: string | null,
  departmentHome?: string | null,
): boolean {
  if (caller.role === Role.DEPARTMENT) {
    // issues.department_may: the department's own assignments, in the tenant of its own record.
    return (
      Boolean(caller.departmentId) &&
      issue.department_id === caller.departmentId &&
      departmentHome !== undefined &&
      (departmentHome === null || departmentHome === issue.district_id)
    );
  }
  if (!tenantReadable(caller, issue.district_id)) return false;
  switch (caller.role) {
    case Role.OFFICIAL:
      return Boolean(caller.officialId) && (issue.official_id === caller.officialId || enterpriseOfficialId === caller.officialId);
    case Role.ENTERPRISE:
      return Boolean(caller.enterpriseId) && issue.enterprise_id === caller.enterpriseId;
    default:
      return true;
  }
}

/**
 * Whether the caller may see an enterprise's name and tenant, as the districts subgraph decides
 * (row-level security on its tenant, then its `enterpriseVisible`): an official the enterprises it
 * is currently paired with (`enterprise_ref.official_id` follows the pairings), an enterprise
 * itself, a department (asking about a problem it may see) the enterprise that problem concerns,
 * everyone else what their tenant scope allows.
 */
export function enterpriseVisibleTo(caller: Caller, enterprise: { enterprise_id: string; district_id: string; official_id: string | null }): boolean {
  if (caller.role === Role.DEPARTMENT) return true;
  if (!tenantReadable(caller, enterprise.district_id)) return false;
  switch (caller.role) {
    case Role.OFFICIAL:
      return Boolean(caller.officialId) && enterprise.official_id === caller.officialId;
    case Role.ENTERPRISE:
      return Boolean(caller.enterpriseId) && enterprise.enterprise_id === caller.enterpriseId;
    default:
      return true;
  }
}
