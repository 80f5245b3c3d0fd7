import { ErrorCode } from '@qinshang/errors';
import { Role, ROLES, type Caller } from '@qinshang/auth';
import { cityPermissions } from './permissions';

const { CITY_ADMIN, DISTRICT_ADMIN, OFFICIAL, DEPARTMENT, ENTERPRISE, INSPECTOR } = Role;

/** Every action of this service and the roles it admits: a change to the table must change this list. */
const EXPECTED: Record<string, Role[]> = {
  PUBLISH_CAMPAIGN_RULES: [CITY_ADMIN],
  PUBLISH_CALENDAR_SETTINGS: [CITY_ADMIN],
  ADD_DEPARTMENT: [CITY_ADMIN, DISTRICT_ADMIN],
  RENAME_DEPARTMENT: [CITY_ADMIN, DISTRICT_ADMIN],
};

const caller = (role: Role): Caller => ({ sub: `someone-${role}`, role, districtId: '610111', officialId: '610111-O0001', departmentId: '610111-D01', enterpriseId: '610111-E0001' });

describe('The city subgraph permission table', () => {
  it('lists every action with the roles it admits', () => {
    expect(cityPermissions.listing()).toEqual(EXPECTED);
  });

  it.each(Object.entries(EXPECTED))('%s: assertCan admits exactly those roles, and refuses the others with FORBIDDEN and a message', (action, admitted) => {
    for (const role of ROLES) {
      const check = () => cityPermissions.assertCan(caller(role), action as never);
      if (admitted.includes(role)) expect(check).not.toThrow();
      else expect(check).toThrow(expect.objectContaining({ code: ErrorCode.FORBIDDEN, message: expect.stringMatching(/\w/) }));
    }
  });

  it("lets a district office rename its own tenant's units, never a city bureau", () => {
    expect(() => cityPermissions.assertCan(caller(DISTRICT_ADMIN), 'RENAME_DEPARTMENT', { districtId: '610111' })).not.toThrow();
    expect(() => cityPermissions.assertCan(caller(DISTRICT_ADMIN), 'RENAME_DEPARTMENT', { districtId: null })).toThrow('Only the city office may rename a city bureau');
    expect(() => cityPermissions.assertCan(caller(CITY_ADMIN), 'RENAME_DEPARTMENT', { districtId: null })).not.toThrow();
  });
});
