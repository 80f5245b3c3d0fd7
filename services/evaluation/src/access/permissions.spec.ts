import { ErrorCode } from '@qinshang/errors';
import { Role, ROLES, type Caller } from '@qinshang/auth';
import { evaluationPermissions } from './permissions';

const { CITY_ADMIN, DISTRICT_ADMIN, OFFICIAL, DEPARTMENT, ENTERPRISE, INSPECTOR } = Role;

/** Every action of this service and the roles it admits: a change to the table must change this list. */
const EXPECTED: Record<string, Role[]> = {
  RECORD_INSPECTION: [CITY_ADMIN, INSPECTOR],
  READ_INSPECTIONS: [CITY_ADMIN, DISTRICT_ADMIN, INSPECTOR],
  READ_BULLETIN: [CITY_ADMIN, DISTRICT_ADMIN, INSPECTOR],
  READ_SUGGESTED_FINDINGS: [CITY_ADMIN, DISTRICT_ADMIN, INSPECTOR],
  READ_COMMENDATION_CANDIDATES: [CITY_ADMIN, INSPECTOR],
  CONFIRM_COMMENDATIONS: [CITY_ADMIN],
  PUBLISH_PERIOD: [CITY_ADMIN],
  REBUILD_PROJECTIONS: [CITY_ADMIN],
  READ_RANKING: [CITY_ADMIN, DISTRICT_ADMIN, OFFICIAL, DEPARTMENT, ENTERPRISE, INSPECTOR],
  READ_SCORECARD: [CITY_ADMIN, DISTRICT_ADMIN, OFFICIAL, INSPECTOR],
};

const caller = (role: Role): Caller => ({ sub: `someone-${role}`, role, districtId: '610111', officialId: '610111-O0001', departmentId: '610111-D01', enterpriseId: '610111-E0001' });

describe('The evaluation subgraph permission table', () => {
  it('lists every action with the roles it admits', () => {
    expect(evaluationPermissions.listing()).toEqual(EXPECTED);
  });

  it.each(Object.entries(EXPECTED))('%s: assertCan admits exactly those roles, and refuses the others with FORBIDDEN and a message', (action, admitted) => {
    for (const role of ROLES) {
      const check = () => evaluationPermissions.assertCan(caller(role), action as never);
      if (admitted.includes(role)) expect(check).not.toThrow();
      else expect(check).toThrow(expect.objectContaining({ code: ErrorCode.FORBIDDEN, message: expect.stringMatching(/\w/) }));
    }
  });

  it("gives a tenant its own ranking line only, and an official its own scorecard only", () => {
    expect(evaluationPermissions.can(caller(DISTRICT_ADMIN), 'READ_RANKING', { districtId: '610111' })).toBe(true);
    expect(evaluationPermissions.can(caller(DISTRICT_ADMIN), 'READ_RANKING', { districtId: '610112' })).toBe(false);
    expect(evaluationPermissions.can(caller(INSPECTOR), 'READ_RANKING', { districtId: '610112' })).toBe(true);
    expect(evaluationPermissions.can(caller(OFFICIAL), 'READ_SCORECARD', { officialId: '610111-O0001' })).toBe(true);
    expect(evaluationPermissions.can(caller(OFFICIAL), 'READ_SCORECARD', { officialId: '610111-O0002' })).toBe(false);
  });
});
