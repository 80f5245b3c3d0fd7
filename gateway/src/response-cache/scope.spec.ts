import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Role } from '@qinshang/auth';
import { buildASTSchema, parse } from 'graphql';
import { ScopeGenerations } from './generations';
import { createPerAccountCheck, perAccountFields, scopeOf } from './scope';

const supergraph = buildASTSchema(parse(readFileSync(path.join(__dirname, '..', '..', 'supergraph.graphql'), 'utf8')), { assumeValidSDL: true });

describe('the cache scope', () => {
  it('holds every claim that can change an answer, and not the token or the account', () => {
    const base = { sub: 'a', role: Role.OFFICIAL, districtId: '610111', officialId: '610111-O0001' };
    expect(scopeOf(base, false)).toEqual(scopeOf({ ...base, sub: 'b', expiresAt: 1 }, false));
    const keys = new Set(
      [
        base,
        { ...base, role: Role.DISTRICT_ADMIN },
        { ...base, districtId: '610125' },
        { ...base, officialId: '610111-O0002' },
        { ...base, departmentId: '610111-D01' },
        { ...base, enterpriseId: '610111-E0001' },
      ].map((caller) => scopeOf(caller, false).key),
    );
    expect(keys.size).toBe(6);
    // Per-account answers are keyed by the account too.
    expect(scopeOf(base, true).key).not.toBe(scopeOf({ ...base, sub: 'b' }, true).key);
  });

  it('binds tenant roles to their tenant and the others to every tenant', () => {
    expect(scopeOf({ sub: 'a', role: Role.DISTRICT_ADMIN, districtId: '610111' }, false).tenant).toBe('610111');
    expect(scopeOf({ sub: 'a', role: Role.ENTERPRISE, districtId: '610111', enterpriseId: 'E' }, false).tenant).toBe('610111');
    expect(scopeOf({ sub: 'a', role: Role.CITY_ADMIN }, false).tenant).toBeNull();
    expect(scopeOf({ sub: 'a', role: Role.DEPARTMENT, departmentId: 'D' }, false).tenant).toBeNull();
  });

  it("finds the fields answered for the account: the identity's and the notifier's", () => {
    const fields = perAccountFields(supergraph);
    expect(fields).toContain('Query.me');
    expect(fields).toContain('Query.notifications');
    expect(fields).not.toContain('Query.district');
    expect(fields).not.toContain('District.enterprises');
    // A value type every subgraph defines is nobody's in particular.
    expect(fields).not.toContain('PageInfo.hasNextPage');
    const check = createPerAccountCheck(supergraph, fields);
    expect(check(parse('{ city { name districts { id } } }'))).toBe(false);
    expect(check(parse('{ district(id: "610111") { enterprises(first: 2) { pageInfo { hasNextPage endCursor } edges { node { official { id name } } } } } }'))).toBe(false);
    expect(check(parse('query { ...F } fragment F on Query { me { id } }'))).toBe(true);
  });
});

describe('the generations', () => {
  it("move a tenant's scopes and the city's on a tenant's change, and everything on a city-wide one", () => {
    const g = new ScopeGenerations();
    const [ours, theirs, city] = [g.stamp('610111'), g.stamp('610125'), g.stamp(null)];
    g.tenantChanged('610111');
    expect(g.stamp('610111')).not.toBe(ours);
    expect(g.stamp('610125')).toBe(theirs);
    expect(g.stamp(null)).not.toBe(city);
    const before = [g.stamp('610111'), g.stamp('610125'), g.stamp(null)];
    g.changed(['610125', null]);
    expect([g.stamp('610111'), g.stamp('610125'), g.stamp(null)].every((stamp, i) => stamp !== before[i])).toBe(true);
  });
});
