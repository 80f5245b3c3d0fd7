import { ErrorCode } from '@qinshang/errors';
import { Role, ROLES, type Caller } from '@qinshang/auth';
import { IssueAction, TRANSITIONS } from '../ledger/state-machine';
import { issuesPermissions } from './permissions';

const { CITY_ADMIN, DISTRICT_ADMIN, OFFICIAL, DEPARTMENT, ENTERPRISE, INSPECTOR } = Role;

/** Every action of this service and the roles it admits: a change to the table must change this list. */
const EXPECTED: Record<string, Role[]> = {
  RESOLVE_ON_SPOT: [CITY_ADMIN, DISTRICT_ADMIN, OFFICIAL],
  ASSIGN: [CITY_ADMIN, DISTRICT_ADMIN],
  RETURN: [DEPARTMENT],
  ACCEPT: [DEPARTMENT],
  RESPOND: [CITY_ADMIN, DISTRICT_ADMIN, OFFICIAL, DEPARTMENT],
  ADD_MILESTONE: [CITY_ADMIN, DISTRICT_ADMIN, DEPARTMENT],
  COMPLETE_MILESTONE: [CITY_ADMIN, DISTRICT_ADMIN, DEPARTMENT],
  REQUEST_EXTENSION: [DEPARTMENT],
  DECIDE_EXTENSION: [CITY_ADMIN, DISTRICT_ADMIN],
  RESOLVE: [CITY_ADMIN, DISTRICT_ADMIN, DEPARTMENT],
  DECLARE_UNSOLVABLE: [CITY_ADMIN, DISTRICT_ADMIN, DEPARTMENT],
  CONFIRM_CLOSURE: [ENTERPRISE],
  REOPEN: [CITY_ADMIN, DISTRICT_ADMIN, ENTERPRISE],
  ESCALATE: [CITY_ADMIN, DISTRICT_ADMIN],
  DECIDE_ESCALATION: [CITY_ADMIN, DISTRICT_ADMIN],
  RAISE: [CITY_ADMIN, DISTRICT_ADMIN, OFFICIAL, ENTERPRISE],
  DECIDE_CITY_ESCALATION: [CITY_ADMIN],
  READ_DEPARTMENT_ASSIGNMENTS: [CITY_ADMIN, DISTRICT_ADMIN, DEPARTMENT, INSPECTOR],
  READ_ISSUE_STATS: [CITY_ADMIN, DISTRICT_ADMIN, OFFICIAL, DEPARTMENT, ENTERPRISE, INSPECTOR],
  HANDLE_SYSTEMIC: [CITY_ADMIN, DISTRICT_ADMIN],
  ESCALATE_CROSS_TENANT_SYSTEMIC: [CITY_ADMIN],
  EXPORT_LEDGER: [CITY_ADMIN, DISTRICT_ADMIN, OFFICIAL, DEPARTMENT, INSPECTOR],
};

const caller = (role: Role): Caller => ({ sub: `someone-${role}`, role, districtId: '610111', officialId: '610111-O0001', departmentId: '610111-D01', enterpriseId: '610111-E0001' });

describe('The issues subgraph permission table', () => {
  it('lists every action with the roles it admits', () => {
    expect(issuesPermissions.listing()).toEqual(EXPECTED);
  });

  it.each(Object.entries(EXPECTED))('%s: assertCan admits exactly those roles, and refuses the others with FORBIDDEN and a message', (action, admitted) => {
    for (const role of ROLES) {
      const check = () => issuesPermissions.assertCan(caller(role), action as never);
      if (admitted.includes(role)) expect(check).not.toThrow();
      else expect(check).toThrow(expect.objectContaining({ code: ErrorCode.FORBIDDEN, message: expect.stringMatching(/\w/) }));
    }
  });

  it('takes the ledger transitions from the state machine, so the two tables cannot drift apart', () => {
    for (const action of Object.keys(TRANSITIONS) as IssueAction[]) {
      expect(issuesPermissions.listing()[action]).toEqual(ROLES.filter((role) => TRANSITIONS[action].roles.includes(role)));
    }
  });

  it("lets a department read its own assignments only, and a tenant its own figures only", () => {
    expect(issuesPermissions.can(caller(DEPARTMENT), 'READ_DEPARTMENT_ASSIGNMENTS', { departmentId: '610111-D01' })).toBe(true);
    expect(() => issuesPermissions.assertCan(caller(DEPARTMENT), 'READ_DEPARTMENT_ASSIGNMENTS', { departmentId: '610111-D02' })).toThrow('A department sees only its own assignments');
    expect(issuesPermissions.can(caller(DISTRICT_ADMIN), 'READ_ISSUE_STATS', { districtId: '610112' })).toBe(false);
    expect(issuesPermissions.can(caller(INSPECTOR), 'READ_ISSUE_STATS', { districtId: '610112' })).toBe(true);
  });
});
