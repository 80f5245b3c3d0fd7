import { Role, type Caller } from '@qinshang/auth';
import type { StoredEvent } from '@qinshang/eventlog';
import { feedFilter } from './feed-scope';

const event = (payload: Record<string, unknown>, districtId = '610111', type = 'issue.escalated'): StoredEvent =>
  ({ position: '1', type, districtId, payload: { officialId: '610111-O0001', enterpriseId: '610111-E0001', departmentId: null, ...payload } }) as unknown as StoredEvent;

const district = event({ level: 'DISTRICT' });
const city = event({ level: 'CITY' });
const elsewhere = event({ level: 'CITY', officialId: '610125-O0001', enterpriseId: '610125-E0001' }, '610125');
const who = (caller: Omit<Caller, 'sub'>) => ({ sub: 'x', ...caller }) as Caller;

describe('who gets which escalation', () => {
  it('gives the city CITY-level ones by default and all when it asks for DISTRICT', () => {
    for (const role of [Role.CITY_ADMIN, Role.INSPECTOR]) {
      const byDefault = feedFilter(who({ role }), {});
      expect([district, city, elsewhere].map(byDefault)).toEqual([false, true, true]);
      const all = feedFilter(who({ role }), { level: 'DISTRICT' });
      expect([district, city, elsewhere].map(all)).toEqual([true, true, true]);
      expect([district, city, elsewhere].map(feedFilter(who({ role }), { level: 'DISTRICT', districtId: '610125' }))).toEqual([false, false, true]);
    }
  });

  it('gives a district office both levels of its own tenant only, whatever districtId it asks for', () => {
    const office = who({ role: Role.DISTRICT_ADMIN, districtId: '610111' });
    expect([district, city, elsewhere].map(feedFilter(office, {}))).toEqual([true, true, false]);
    expect([district, city, elsewhere].map(feedFilter(office, { level: 'CITY' }))).toEqual([false, true, false]);
    expect([district, city, elsewhere].map(feedFilter(office, { districtId: '610125' }))).toEqual([false, false, false]);
  });

  it('gives an official, an enterprise and a department what concerns them', () => {
    expect([district, elsewhere].map(feedFilter(who({ role: Role.OFFICIAL, districtId: '610111', officialId: '610111-O0001' }), {}))).toEqual([true, false]);
    expect([district].map(feedFilter(who({ role: Role.OFFICIAL, districtId: '610111', officialId: '610111-O0002' }), {}))).toEqual([false]);
    expect([district, elsewhere].map(feedFilter(who({ role: Role.ENTERPRISE, districtId: '610111', enterpriseId: '610111-E0001' }), {}))).toEqual([true, false]);
    const assigned = event({ level: 'DISTRICT', departmentId: '610111-D01' });
    expect([district, assigned].map(feedFilter(who({ role: Role.DEPARTMENT, districtId: '610111', departmentId: '610111-D01' }), {}))).toEqual([false, true]);
  });

  it('ignores every other event type', () => {
    expect(feedFilter(who({ role: Role.CITY_ADMIN }), { level: 'DISTRICT' })(event({ level: 'CITY' }, '610111', 'issue.raised'))).toBe(false);
  });
});
