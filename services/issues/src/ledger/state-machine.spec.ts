import { Role } from '@qinshang/auth';
import { allowedActions, checkTransition, IssueAction, IssueStatus, TRANSITIONS } from './state-machine';

describe('the ledger state machine', () => {
  it('walks the whole life of a problem the issue describes', () => {
    const steps: [IssueStatus, IssueAction, Role, IssueStatus | null][] = [
      [IssueStatus.RAISED, IssueAction.ASSIGN, Role.DISTRICT_ADMIN, IssueStatus.ASSIGNED],
      [IssueStatus.ASSIGNED, IssueAction.RETURN, Role.DEPARTMENT, IssueStatus.RETURNED],
      [IssueStatus.RETURNED, IssueAction.ASSIGN, Role.DISTRICT_ADMIN, IssueStatus.ASSIGNED],
      [IssueStatus.ASSIGNED, IssueAction.ACCEPT, Role.DEPARTMENT, IssueStatus.ACCEPTED],
      [IssueStatus.ACCEPTED, IssueAction.DECIDE_EXTENSION, Role.DISTRICT_ADMIN, null],
      [IssueStatus.ACCEPTED, IssueAction.RESOLVE, Role.DEPARTMENT, IssueStatus.RESOLVED],
      [IssueStatus.RESOLVED, IssueAction.REOPEN, Role.ENTERPRISE, IssueStatus.REOPENED],
      [IssueStatus.REOPENED, IssueAction.RESOLVE, Role.DEPARTMENT, IssueStatus.RESOLVED],
      [IssueStatus.RESOLVED, IssueAction.CONFIRM_CLOSURE, Role.ENTERPRISE, IssueStatus.CLOSED],
    ];
    for (const [from, action, role, to] of steps) expect(checkTransition(from, action, role)).toEqual({ ok: true, to });
  });

  it('names the allowed actions when the state forbids one', () => {
    expect(checkTransition(IssueStatus.CLOSED, IssueAction.RESOLVE, Role.DEPARTMENT)).toEqual({ ok: false, reason: 'STATE', allowed: [] });
    const check = checkTransition(IssueStatus.RAISED, IssueAction.ACCEPT, Role.DEPARTMENT);
    expect(check).toEqual({ ok: false, reason: 'STATE', allowed: [IssueAction.RESOLVE_ON_SPOT, IssueAction.ASSIGN, IssueAction.RESPOND, IssueAction.ESCALATE] });
  });

  it('lets only the enterprise strike a problem off, and never a department or an official', () => {
    for (const role of [Role.DEPARTMENT, Role.OFFICIAL, Role.DISTRICT_ADMIN, Role.CITY_ADMIN, Role.INSPECTOR]) {
      expect(checkTransition(IssueStatus.RESOLVED, IssueAction.CONFIRM_CLOSURE, role)).toMatchObject({ ok: false, reason: 'ROLE' });
    }
  });

  it('gives an inspector no action at all', () => {
    for (const action of Object.keys(TRANSITIONS) as IssueAction[]) expect(TRANSITIONS[action].roles).not.toContain(Role.INSPECTOR);
  });

  it('keeps a closed problem closed', () => {
    expect(allowedActions(IssueStatus.CLOSED)).toEqual([]);
  });
});
