import { ForbiddenError } from '@qinshang/errors';
import { ROLES, type Caller, type Role } from './roles';

/**
 * One row of a service's permission table: the roles that may take an action at all and, where
 * the resource matters (a department's own assignments, a city-level escalation), a rule that
 * names the refusal. Services check a row before they read or write anything for the action.
 */
export interface Permission<R = unknown> {
  roles: readonly Role[];
  /** The message a role outside `roles` gets (FORBIDDEN). */
  refused: string | ((caller: Caller) => string);
  /**
   * Given a role in `roles` and a resource: null when the caller may act on it, else the refusal.
   * Asked without a resource, only the role is checked (a service may check early, then again
   * once it has read the resource).
   */
  rule?: (caller: Caller, resource: R) => string | null;
}

export type PermissionTable<A extends string> = { readonly [K in A]: Permission<never> };

export interface Permissions<A extends string> {
  readonly table: PermissionTable<A>;
  /** The refusal for this caller, action and resource, or null when it is allowed. */
  refusal(caller: Caller, action: A, resource?: unknown): string | null;
  can(caller: Caller, action: A, resource?: unknown): boolean;
  /** Throws FORBIDDEN with the table's message unless the caller may take the action. */
  assertCan(caller: Caller, action: A, resource?: unknown): void;
  /** Every action with the roles it admits, in the table's order (what the permission tests list). */
  listing(): Record<A, Role[]>;
}

/** A service's `assertCan` over its table of actions and roles. */
export function permissions<A extends string>(table: PermissionTable<A>): Permissions<A> {
  const refusal = (caller: Caller, action: A, resource?: unknown): string | null => {
    const row = table[action] as Permission<unknown>;
    if (!row.roles.includes(caller.role)) return typeof row.refused === 'function' ? row.refused(caller) : row.refused;
    return resource === undefined ? null : (row.rule?.(caller, resource) ?? null);
  };
  return {
    table,
    refusal,
    can: (caller, action, resource) => refusal(caller, action, resource) === null,
    assertCan(caller, action, resource) {
      const message = refusal(caller, action, resource);
      if (message !== null) throw new ForbiddenError(message);
    },
    listing() {
      const out = {} as Record<A, Role[]>;
      for (const action of Object.keys(table) as A[]) out[action] = ROLES.filter((role) => table[action].roles.includes(role));
      return out;
    },
  };
}
