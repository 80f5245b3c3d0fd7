import { Role } from '@qinshang/auth';
import { accountPermissions } from './permissions';

const city = { sub: 'c', role: Role.CITY_ADMIN };
const baqiao = { sub: 'b', role: Role.DISTRICT_ADMIN, districtId: '610111' };

describe('account permissions', () => {
  it('admits the city office and district offices only', () => {
    const offices = [Role.CITY_ADMIN, Role.DISTRICT_ADMIN];
    expect(accountPermissions.listing()).toEqual({
      'account.list': offices,
      'account.create': offices,
      'account.manage': offices,
      'account.createForOfficials': offices,
    });
  });

  it('lets a district office reach its own tenant up to its own role', () => {
    expect(accountPermissions.can(baqiao, 'account.create', { role: Role.OFFICIAL, districtId: '610111' })).toBe(true);
    expect(accountPermissions.can(baqiao, 'account.create', { role: Role.DISTRICT_ADMIN, districtId: '610111' })).toBe(true);
    expect(accountPermissions.can(baqiao, 'account.create', { role: Role.OFFICIAL, districtId: '610125' })).toBe(false);
    expect(accountPermissions.can(baqiao, 'account.create', { role: Role.CITY_ADMIN, districtId: null })).toBe(false);
    expect(accountPermissions.can(baqiao, 'account.create', { role: Role.INSPECTOR, districtId: null })).toBe(false);
    expect(accountPermissions.can(baqiao, 'account.manage', { role: Role.DEPARTMENT, districtId: null })).toBe(false);
  });

  it('lets the city office reach every account', () => {
    expect(accountPermissions.can(city, 'account.create', { role: Role.CITY_ADMIN, districtId: null })).toBe(true);
    expect(accountPermissions.can(city, 'account.manage', { role: Role.OFFICIAL, districtId: '610125' })).toBe(true);
  });
});
