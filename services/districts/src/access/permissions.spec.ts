import { ErrorCode } from '@qinshang/errors';
import { Role, ROLES, type Caller } from '@qinshang/auth';
import { districtsPermissions } from './permissions';

const { CITY_ADMIN, DISTRICT_ADMIN, OFFICIAL, DEPARTMENT, ENTERPRISE, INSPECTOR } = Role;

/** Every action of this service and the roles it admits: a change to the table must change this list. */
const EXPECTED: Record<string, Role[]> = {
  ADD_ENTERPRISE: [CITY_ADMIN, DISTRICT_ADMIN],
  UPDATE_ENTERPRISE: [CITY_ADMIN, DISTRICT_ADMIN],
  IMPORT_ENTERPRISES: [CITY_ADMIN, DISTRICT_ADMIN],
  ADD_OFFICIAL: [CITY_ADMIN, DISTRICT_ADMIN],
  PAIR_OFFICIAL: [CITY_ADMIN, DISTRICT_ADMIN],
  RECORD_VISIT: [CITY_ADMIN, DISTRICT_ADMIN, OFFICIAL],
  RECORD_EXCUSE: [CITY_ADMIN, DISTRICT_ADMIN, OFFICIAL],
  SUBMIT_MONTHLY_REPORT: [CITY_ADMIN, DISTRICT_ADMIN, OFFICIAL],
  IMPORT_OFFICIALS: [CITY_ADMIN, DISTRICT_ADMIN],
  IMPORT_PAIRINGS: [CITY_ADMIN, DISTRICT_ADMIN],
  IMPORT_VISITS: [CITY_ADMIN, DISTRICT_ADMIN],
  EXPORT_RECORDS: [CITY_ADMIN, DISTRICT_ADMIN, OFFICIAL, INSPECTOR],
};

const caller = (role: Role): Caller => ({ sub: `someone-${role}`, role, districtId: '610111', officialId: '610111-O0001', departmentId: '610111-D01', enterpriseId: '610111-E0001' });

describe('The districts subgraph permission table', () => {
  it('lists every action with the roles it admits', () => {
    expect(districtsPermissions.listing()).toEqual(EXPECTED);
  });

  it.each(Object.entries(EXPECTED))('%s: assertCan admits exactly those roles, and refuses the others with FORBIDDEN and a message', (action, admitted) => {
    for (const role of ROLES) {
      const check = () => districtsPermissions.assertCan(caller(role), action as never);
      if (admitted.includes(role)) expect(check).not.toThrow();
      else expect(check).toThrow(expect.objectContaining({ code: ErrorCode.FORBIDDEN, message: expect.stringMatching(/\w/) }));
    }
  });
});
