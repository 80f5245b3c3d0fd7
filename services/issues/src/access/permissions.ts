import { canSeeTenant, permissions, Role, type Caller, type Permission } from '@qinshang/auth';
import { IssueAction, TRANSITIONS } from '../ledger/state-machine';

/*
 * Who may do what in the issues subgraph: one table, checked by the services (`assertCan`)
 * before anything is read or written for the action. The ledger's transitions take their roles
 * from the state machine's table (`TRANSITIONS`); the state is checked first (CONFLICT naming
 * what is possible), then this table (FORBIDDEN). Row-level security and the ledger's visibility
 * rules (`ledger/visibility.ts`) confine every statement to the caller's own records underneath.
 */

const OFFICES = [Role.DISTRICT_ADMIN, Role.CITY_ADMIN] as const;

export const IssuesAction = {
  ...IssueAction,
  /** Enter a problem in the ledger. */
  RAISE: 'RAISE',
  /** Decide an escalation that is with the city's leading group. */
  DECIDE_CITY_ESCALATION: 'DECIDE_CITY_ESCALATION',
  /** Read the problems assigned to a department (resource: `{ departmentId }`). */
  READ_DEPARTMENT_ASSIGNMENTS: 'READ_DEPARTMENT_ASSIGNMENTS',
  /** Read a tenant's ledger figures (resource: `{ districtId }`); refused means null, not an error. */
  READ_ISSUE_STATS: 'READ_ISSUE_STATS',
  /** Link problems into a systemic problem, and escalate one. */
  HANDLE_SYSTEMIC: 'HANDLE_SYSTEMIC',
  /** Escalate a systemic problem that spans tenants. */
  ESCALATE_CROSS_TENANT_SYSTEMIC: 'ESCALATE_CROSS_TENANT_SYSTEMIC',
  /** Download the ledger (台账) as .xlsx or .csv, in the caller's own scope. */
  EXPORT_LEDGER: 'EXPORT_LEDGER',
} as const;
export type IssuesAction = (typeof IssuesAction)[keyof typeof IssuesAction];

const transitions = Object.fromEntries(
  (Object.keys(TRANSITIONS) as IssueAction[]).map((action) => [
    action,
    { roles: TRANSITIONS[action].roles, refused: (caller: Caller) => `${caller.role} may not ${action} a problem` },
  ]),
) as Record<IssueAction, Permission>;

export const issuesPermissions = permissions<IssuesAction>({
  ...transitions,
  RAISE: {
    roles: [Role.OFFICIAL, Role.ENTERPRISE, ...OFFICES],
    refused: 'Only an official, the enterprise or an office can raise a problem',
  },
  DECIDE_CITY_ESCALATION: {
    roles: [Role.CITY_ADMIN],
    refused: "Only the city leading group's office decides city-level escalations",
  },
  READ_DEPARTMENT_ASSIGNMENTS: {
    roles: [...OFFICES, Role.INSPECTOR, Role.DEPARTMENT],
    refused: 'Not yours to see',
    rule: (caller: Caller, department: { departmentId: string }) =>
      caller.role === Role.DEPARTMENT && caller.departmentId !== department.departmentId ? 'A department sees only its own assignments' : null,
  },
  READ_ISSUE_STATS: {
    roles: [...OFFICES, Role.INSPECTOR, Role.OFFICIAL, Role.ENTERPRISE, Role.DEPARTMENT],
    refused: 'Not yours to see',
    rule: (caller: Caller, tenant: { districtId: string }) =>
      canSeeTenant(caller, tenant.districtId) ? null : "Another tenant's figures are not yours to see",
  },
  HANDLE_SYSTEMIC: {
    roles: OFFICES,
    refused: 'Only a district office or the city office handles systemic problems',
  },
  ESCALATE_CROSS_TENANT_SYSTEMIC: {
    roles: [Role.CITY_ADMIN],
    refused: 'A systemic problem that spans tenants is escalated by the city office',
  },
  EXPORT_LEDGER: {
    roles: [...OFFICES, Role.INSPECTOR, Role.OFFICIAL, Role.DEPARTMENT],
    refused: 'The ledger is downloaded by the offices, inspectors, officials and departments',
  },
});

export const assertCan = issuesPermissions.assertCan;
export const can = issuesPermissions.can;
