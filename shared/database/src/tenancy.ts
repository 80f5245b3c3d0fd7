import { Role, type Caller } from '@qinshang/auth';
import { escapeLiteral } from 'pg';

/**
 * What the database lets a transaction see, set transaction-locally from the verified caller.
 * The row-level-security policies read these through the `tenancy` functions (see bootstrap.ts).
 *
 * - `city`: every tenant, read and write (city office, and the platform's own jobs).
 * - `city_read`: every tenant, read only (inspectors).
 * - `tenant`: one tenant, read and write (district office, officials, enterprises).
 * - `department`: a department's own assignments (`department_id`) and what they concern. Its tenant
 *   is never a setting: each service's policies take it from the department's own record (the
 *   token's `districtId` is ignored), and `tenancy.can_read` answers false for this scope.
 * - `none`: nothing at all.
 */
export type DbScope = 'city' | 'city_read' | 'tenant' | 'department' | 'none';

export interface TenantSettings {
  scope: DbScope;
  districtId: string | null;
  departmentId: string | null;
  actor: string;
  role: string;
}

export function tenantSettingsFor(caller: Caller | null): TenantSettings {
  if (!caller) return { scope: 'none', districtId: null, departmentId: null, actor: 'anonymous', role: 'NONE' };
  const base = { actor: caller.sub, role: caller.role, departmentId: caller.departmentId ?? null };
  switch (caller.role) {
    case Role.CITY_ADMIN:
      return { ...base, scope: 'city', districtId: null };
    case Role.INSPECTOR:
      return { ...base, scope: 'city_read', districtId: null };
    case Role.DEPARTMENT:
      return { ...base, scope: 'department', districtId: null };
    case Role.DISTRICT_ADMIN:
    case Role.OFFICIAL:
    case Role.ENTERPRISE:
      return { ...base, scope: 'tenant', districtId: caller.districtId ?? null };
  }
}

export const APPLY_SETTINGS_SQL =
  `SELECT set_config('qinshang.scope', $1, true), set_config('qinshang.district_id', $2, true), ` +
  `set_config('qinshang.department_id', $3, true), set_config('qinshang.actor', $4, true), ` +
  `set_config('qinshang.role', $5, true)`;

export function settingsParameters(settings: TenantSettings): string[] {
  return [settings.scope, settings.districtId ?? '', settings.departmentId ?? '', settings.actor, settings.role];
}

/**
 * START TRANSACTION and the settings as one simple-protocol query (two statements, one round
 * trip). The values are literals escaped by pg's own `escapeLiteral`: a simple query takes no
 * parameters.
 */
export function openTransactionSql(settings: TenantSettings): string {
  const [scope, districtId, departmentId, actor, role] = settingsParameters(settings).map((value) => escapeLiteral(value));
  return (
    `START TRANSACTION; SELECT set_config('qinshang.scope', ${scope}, true), set_config('qinshang.district_id', ${districtId}, true), ` +
    `set_config('qinshang.department_id', ${departmentId}, true), set_config('qinshang.actor', ${actor}, true), ` +
    `set_config('qinshang.role', ${role}, true)`
  );
}
