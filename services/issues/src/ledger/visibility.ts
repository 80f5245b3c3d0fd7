import { Role, type Caller } from '@qinshang/auth';

/** Collects positional parameters for hand-written SQL. */
export class SqlParams {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

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
