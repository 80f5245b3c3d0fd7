import { Role } from '@qinshang/auth';

/**
 * The ledger's state machine (问题清单销号制), drawn in the README. A pure table: which action
 * moves a problem from which status to which, and who may take it. Everything else (clocks,
 * events, concurrency) hangs off this table, so it is the one place to read the rules.
 */
export enum IssueStatus {
  RAISED = 'RAISED',
  ASSIGNED = 'ASSIGNED',
  RETURNED = 'RETURNED',
  ACCEPTED = 'ACCEPTED',
  IN_PROGRESS = 'IN_PROGRESS',
  RESOLVED = 'RESOLVED',
  REOPENED = 'REOPENED',
  ESCALATED = 'ESCALATED',
  UNSOLVABLE = 'UNSOLVABLE',
  CLOSED = 'CLOSED',
}

export enum IssueAction {
  RESOLVE_ON_SPOT = 'RESOLVE_ON_SPOT',
  ASSIGN = 'ASSIGN',
  RETURN = 'RETURN',
  ACCEPT = 'ACCEPT',
  RESPOND = 'RESPOND',
  ADD_MILESTONE = 'ADD_MILESTONE',
  COMPLETE_MILESTONE = 'COMPLETE_MILESTONE',
  REQUEST_EXTENSION = 'REQUEST_EXTENSION',
  DECIDE_EXTENSION = 'DECIDE_EXTENSION',
  RESOLVE = 'RESOLVE',
  DECLARE_UNSOLVABLE = 'DECLARE_UNSOLVABLE',
  CONFIRM_CLOSURE = 'CONFIRM_CLOSURE',
  REOPEN = 'REOPEN',
  ESCALATE = 'ESCALATE',
  DECIDE_ESCALATION = 'DECIDE_ESCALATION',
}

/** Statuses in which a problem is still on the ledger and being worked. */
export const OPEN_STATUSES: readonly IssueStatus[] = [
  IssueStatus.RAISED,
  IssueStatus.ASSIGNED,
  IssueStatus.RETURNED,
  IssueStatus.ACCEPTED,
  IssueStatus.IN_PROGRESS,
  IssueStatus.REOPENED,
  IssueStatus.ESCALATED,
];

/** OPEN_STATUSES as an SQL list, for `status IN (...)`. */
export const OPEN_STATUSES_SQL = OPEN_STATUSES.map((status) => `'${status}'`).join(',');

/** Statuses in which the department holding the problem works on it. */
const WORKING: readonly IssueStatus[] = [IssueStatus.ACCEPTED, IssueStatus.IN_PROGRESS, IssueStatus.REOPENED];

/** The office of the tenant (or the city office acting for it). */
const OFFICE = [Role.DISTRICT_ADMIN, Role.CITY_ADMIN] as const;

interface Rule {
  from: readonly IssueStatus[];
  /** The status after the action; null when the action leaves the status as it is. */
  to: IssueStatus | null;
  roles: readonly Role[];
}

export const TRANSITIONS: Record<IssueAction, Rule> = {
  [IssueAction.RESOLVE_ON_SPOT]: { from: [IssueStatus.RAISED], to: IssueStatus.RESOLVED, roles: [...OFFICE, Role.OFFICIAL] },
  [IssueAction.ASSIGN]: { from: [IssueStatus.RAISED, IssueStatus.RETURNED], to: IssueStatus.ASSIGNED, roles: OFFICE },
  [IssueAction.RETURN]: { from: [IssueStatus.ASSIGNED], to: IssueStatus.RETURNED, roles: [Role.DEPARTMENT] },
  [IssueAction.ACCEPT]: { from: [IssueStatus.ASSIGNED], to: IssueStatus.ACCEPTED, roles: [Role.DEPARTMENT] },
  [IssueAction.RESPOND]: { from: OPEN_STATUSES, to: null, roles: [...OFFICE, Role.DEPARTMENT, Role.OFFICIAL] },
  [IssueAction.ADD_MILESTONE]: {
    from: [IssueStatus.ASSIGNED, ...WORKING],
    to: null,
    roles: [...OFFICE, Role.DEPARTMENT],
  },
  [IssueAction.COMPLETE_MILESTONE]: { from: WORKING, to: IssueStatus.IN_PROGRESS, roles: [Role.DEPARTMENT, ...OFFICE] },
  [IssueAction.REQUEST_EXTENSION]: { from: WORKING, to: null, roles: [Role.DEPARTMENT] },
  [IssueAction.DECIDE_EXTENSION]: { from: [...WORKING, IssueStatus.ESCALATED], to: null, roles: OFFICE },
  [IssueAction.RESOLVE]: { from: WORKING, to: IssueStatus.RESOLVED, roles: [Role.DEPARTMENT, ...OFFICE] },
  // The department working it knows first when current policy cannot solve it (政策性暂不能解决); a leading group's decision does it for an escalated one.
  [IssueAction.DECLARE_UNSOLVABLE]: { from: [...WORKING, IssueStatus.ESCALATED], to: IssueStatus.UNSOLVABLE, roles: [...OFFICE, Role.DEPARTMENT] },
  [IssueAction.CONFIRM_CLOSURE]: { from: [IssueStatus.RESOLVED], to: IssueStatus.CLOSED, roles: [Role.ENTERPRISE] },
  [IssueAction.REOPEN]: {
    from: [IssueStatus.RESOLVED, IssueStatus.UNSOLVABLE],
    to: IssueStatus.REOPENED,
    roles: [Role.ENTERPRISE, ...OFFICE],
  },
  [IssueAction.ESCALATE]: {
    from: [IssueStatus.RAISED, IssueStatus.ASSIGNED, IssueStatus.RETURNED, ...WORKING, IssueStatus.ESCALATED],
    to: IssueStatus.ESCALATED,
    roles: OFFICE,
  },
  [IssueAction.DECIDE_ESCALATION]: { from: [IssueStatus.ESCALATED], to: null, roles: OFFICE },
};

/** The actions possible from a status (whoever takes them), in the table's order. */
export function allowedActions(status: IssueStatus): IssueAction[] {
  return (Object.keys(TRANSITIONS) as IssueAction[]).filter((action) => TRANSITIONS[action].from.includes(status));
}

export type TransitionCheck =
  | { ok: true; to: IssueStatus | null }
  | { ok: false; reason: 'STATE'; allowed: IssueAction[] }
  | { ok: false; reason: 'ROLE'; roles: readonly Role[] };

/** May `action` be taken on a problem in `status` (by whoever may take it)? */
export function checkState(status: IssueStatus, action: IssueAction): { ok: true; to: IssueStatus | null } | { ok: false; allowed: IssueAction[] } {
  const rule = TRANSITIONS[action];
  return rule.from.includes(status) ? { ok: true, to: rule.to } : { ok: false, allowed: allowedActions(status) };
}

/** May `role` take `action` on a problem in `status`? The state is checked first. */
export function checkTransition(status: IssueStatus, action: IssueAction, role: Role): TransitionCheck {
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(status)) return { ok: false, reason: 'STATE', allowed: allowedActions(status) };
  if (!rule.roles.includes(role)) return { ok: false, reason: 'ROLE', roles: rule.roles };
  return { ok: true, to: rule.to };
}

export const isOpen = (status: IssueStatus) => OPEN_STATUSES.includes(status);
