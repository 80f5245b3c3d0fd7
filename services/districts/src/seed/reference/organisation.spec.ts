import { isValidCreditCode } from '../../enterprise/credit-code';
import { generateOrganisation } from './organisation';

const BAQIAO = { code: '610111', name: '灞桥区', cityAssigned: 63, districtSelected: 76, officials: 139 };
const options = () => ({ cityCode: '610100', startedOn: '2016-06-03', usedCreditCodes: new Set<string>() });

describe('generated organisation of a tenant', () => {
  it('gives the same rows for the same tenant, every time', () => {
    expect(generateOrganisation(BAQIAO, options())).toEqual(generateOrganisation(BAQIAO, options()));
  });

  it('gives another tenant other names', () => {
    const other = generateOrganisation({ ...BAQIAO, code: '610125', name: '户县' }, options());
    const names = new Set(generateOrganisation(BAQIAO, options()).enterprises.map((e) => e.name));
    expect(other.enterprises.filter((e) => names.has(e.name)).length).toBeLessThan(10);
  });

  it('follows the reference counts, city-assigned first, with stable ids', () => {
    const { enterprises, officials } = generateOrganisation(BAQIAO, options());
    expect(enterprises).toHaveLength(139);
    expect(officials).toHaveLength(139);
    expect(enterprises.filter((e) => e.source === 'CITY_ASSIGNED')).toHaveLength(63);
    expect(enterprises[62]).toMatchObject({ id: '610111-E0063', source: 'CITY_ASSIGNED' });
    expect(enterprises[63]).toMatchObject({ id: '610111-E0064', source: 'DISTRICT_SELECTED' });
    expect(officials[0].id).toBe('610111-O0001');
  });

  it('pairs every enterprise with exactly one official, one-to-one', () => {
    const { enterprises, officials, pairings } = generateOrganisation(BAQIAO, options());
    expect(pairings).toHaveLength(139);
    expect(new Set(pairings.map((p) => p.enterpriseId)).size).toBe(enterprises.length);
    expect(new Set(pairings.map((p) => p.officialId)).size).toBe(officials.length);
  });

  it('gives every enterprise a valid, unique credit code in the division, and none to a project', () => {
    const { enterprises } = generateOrganisation(BAQIAO, options());
    const codes = enterprises.filter((e) => e.kind === 'ENTERPRISE').map((e) => e.creditCode!);
    expect(codes.every(isValidCreditCode)).toBe(true);
    expect(codes.every((code) => code.startsWith('91610111'))).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
    expect(enterprises.filter((e) => e.kind === 'PROJECT').every((e) => e.creditCode === null)).toBe(true);
  });

  it('keeps names unique within a tenant and Chinese-looking', () => {
    const { enterprises, officials } = generateOrganisation(BAQIAO, options());
    expect(new Set(enterprises.map((e) => e.name)).size).toBe(enterprises.length);
    expect(enterprises.every((e) => /^[\u4e00-\u9fff0-9]+$/.test(e.name))).toBe(true);
    expect(officials.every((o) => /^[\u4e00-\u9fff]{2,3}$/.test(o.name))).toBe(true);
  });

  it('uses the city division for a zone without a six-digit code', () => {
    const { enterprises } = generateOrganisation({ code: 'GX', name: '高新区', districtSelected: 90, officials: 90 }, options());
    expect(enterprises.find((e) => e.creditCode)!.creditCode).toMatch(/^91610100/);
  });
});
