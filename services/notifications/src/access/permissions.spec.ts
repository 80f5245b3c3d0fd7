import { ErrorCode } from '@qinshang/errors';
import { Role, ROLES, type Caller } from '@qinshang/auth';
import { notificationPermissions } from './permissions';

const { CITY_ADMIN, DISTRICT_ADMIN } = Role;
const EXPECTED: Record<string, Role[]> = {
  READ_INBOX: [...ROLES],
  SET_PREFERENCES: [...ROLES],
  MANAGE_WEBHOOKS: [CITY_ADMIN, DISTRICT_ADMIN],
};
const caller = (role: Role): Caller => ({ sub: `someone-${role}`, role, districtId: '610111', officialId: '610111-O0001', departmentId: '610111-D01', enterpriseId: '610111-E0001' });

describe('The notifications subgraph permission table', () => {
  it('lists every action with the roles it admits', () => {
    expect(notificationPermissions.listing()).toEqual(EXPECTED);
  });

  it.each(Object.entries(EXPECTED))('%s: assertCan admits exactly those roles', (action, admitted) => {
    for (const role of ROLES) {
      const check = () => notificationPermissions.assertCan(caller(role), action as never);
      if (admitted.includes(role)) expect(check).not.toThrow();
      else expect(check).toThrow(expect.objectContaining({ code: ErrorCode.FORBIDDEN }));
    }
  });

  it("keeps each office to its own webhooks", () => {
    expect(notificationPermissions.can(caller(DISTRICT_ADMIN), 'MANAGE_WEBHOOKS', { districtId: '610111' })).toBe(true);
    expect(notificationPermissions.can(caller(DISTRICT_ADMIN), 'MANAGE_WEBHOOKS', { districtId: '610125' })).toBe(false);
    expect(notificationPermissions.can({ sub: 'c', role: CITY_ADMIN }, 'MANAGE_WEBHOOKS', { districtId: null })).toBe(true);
    expect(notificationPermissions.can({ sub: 'c', role: CITY_ADMIN }, 'MANAGE_WEBHOOKS', { districtId: '610111' })).toBe(false);
  });
});
