import { Role, type Caller } from '@qinshang/auth';
import type { IssueRow } from '../ledger/issue.row';
import type { EscalationRow } from '../ledger/escalation.row';
import { escalationFor, SnapshotCache, type FeedSnapshot } from './feed-snapshot';

const who = (caller: Omit<Caller, 'sub'>) => ({ sub: 'x', ...caller }) as Caller;

function snapshot(over: Partial<IssueRow> = {}, enterpriseOfficial: string | null = '610111-O0001', districtName: string | null = '灞桥区'): FeedSnapshot {
  const issue = {
    id: '00000000-0000-4000-8000-000000000001',
    district_id: '610111',
    enterprise_id: '610111-E0001',
    ledger_no: '610111-2016-000001',
    official_id: '610111-O0001',
    raised_by: 'x',
    raised_by_role: 'DISTRICT_ADMIN',
    category: 'APPROVAL',
    urgency: 'NORMAL',
    title: 't',
    description: 'd',
    status: 'ESCALATED',
    level: 'DISTRICT',
    department_id: 'D01',
    raised_at: new Date(),
    stage_started_at: new Date(),
    version: 3,
    ...over,
  } as IssueRow;
  const escalation = {
    id: '00000000-0000-4000-8000-0000000000e1',
    issue_id: issue.id,
    district_id: issue.district_id,
    level: 'DISTRICT',
    reason: 'r',
    automatic: false,
    status: 'OPEN',
    raised_at: new Date(),
  } as EscalationRow;
  return {
    escalation,
    issue,
    enterprise: { enterprise_id: issue.enterprise_id, district_id: issue.district_id, name: '西安某某有限公司', official_id: enterpriseOfficial, district_name: districtName },
  };
}

describe('an event read once, shown per subscriber as row-level security would', () => {
  const ours = snapshot();
  const theirs = snapshot({ district_id: '610125', enterprise_id: '610125-E0001', official_id: '610125-O0001' });

  it('shows the city every tenant, with the enterprise name and tenant it provides', () => {
    for (const role of [Role.CITY_ADMIN, Role.INSPECTOR]) {
      const shown = escalationFor(who({ role }), ours)!;
      expect(shown.id).toBe(ours.escalation.id);
      expect(shown.preloadedIssue?.ledgerNo).toBe('610111-2016-000001');
      expect(shown.preloadedIssue?.enterprise).toEqual({ id: '610111-E0001', name: '西安某某有限公司', district: { id: '610111', name: '灞桥区' }, resolved: true });
      expect(escalationFor(who({ role }), theirs)).not.toBeNull();
    }
  });

  it('shows a district office its own tenant only', () => {
    const office = who({ role: Role.DISTRICT_ADMIN, districtId: '610111' });
    expect(escalationFor(office, ours)).not.toBeNull();
    expect(escalationFor(office, theirs)).toBeNull();
    expect(escalationFor(who({ role: Role.DISTRICT_ADMIN }), ours)).toBeNull();
  });

  it('shows an official the problems it raised or whose enterprise it is paired with, the name only while paired', () => {
    const official = who({ role: Role.OFFICIAL, districtId: '610111', officialId: '610111-O0001' });
    expect(escalationFor(official, ours)?.preloadedIssue?.enterprise.name).toBe('西安某某有限公司');
    // Paired elsewhere now, but it is the problem's official: the problem, not the enterprise's name.
    const repaired = escalationFor(official, snapshot({}, '610111-O0009'))!;
    expect(repaired).not.toBeNull();
    expect(repaired.preloadedIssue?.enterprise).toEqual({ id: '610111-E0001', resolved: true });
    // Paired now, not the problem's official.
    expect(escalationFor(official, snapshot({ official_id: '610111-O0002' }))).not.toBeNull();
    expect(escalationFor(official, snapshot({ official_id: '610111-O0002' }, '610111-O0002'))).toBeNull();
    expect(escalationFor(who({ role: Role.OFFICIAL, districtId: '610125', officialId: '610111-O0001' }), ours)).toBeNull();
  });

  it('shows an enterprise its own problems only', () => {
    expect(escalationFor(who({ role: Role.ENTERPRISE, districtId: '610111', enterpriseId: '610111-E0001' }), ours)).not.toBeNull();
    expect(escalationFor(who({ role: Role.ENTERPRISE, districtId: '610111', enterpriseId: '610111-E0002' }), ours)).toBeNull();
    expect(escalationFor(who({ role: Role.ENTERPRISE, districtId: '610125', enterpriseId: '610111-E0001' }), ours)).toBeNull();
  });

  it("shows a department the problems assigned to it, in the tenant of its own record, whatever its token says", () => {
    const home = (snap: FeedSnapshot, departmentHome: string | null | undefined): FeedSnapshot => ({ ...snap, departmentHome });
    const member = who({ role: Role.DEPARTMENT, departmentId: 'D01' });
    expect(escalationFor(member, home(ours, '610111'))).not.toBeNull();
    // A member unit of 610111 never sees a problem of 610125, even one assigned to its id.
    expect(escalationFor(member, home(theirs, '610111'))).toBeNull();
    // A token's districtId changes nothing (the verifier drops it; here it is simply not read).
    expect(escalationFor(who({ role: Role.DEPARTMENT, departmentId: 'D01', districtId: '610125' }), home(theirs, '610111'))).toBeNull();
    expect(escalationFor(who({ role: Role.DEPARTMENT, departmentId: 'D01', districtId: '610125' }), home(ours, '610111'))).not.toBeNull();
    // A city bureau (no tenant of its own): its assignments in every tenant.
    expect(escalationFor(member, home(theirs, null))).not.toBeNull();
    // An unknown department sees nothing; neither does another department, nor an unassigned problem.
    expect(escalationFor(member, home(ours, undefined))).toBeNull();
    expect(escalationFor(who({ role: Role.DEPARTMENT, departmentId: 'D02' }), home(ours, '610111'))).toBeNull();
    expect(escalationFor(member, home(snapshot({ department_id: null }), '610111'))).toBeNull();
  });
});

describe('the per-event read', () => {
  const deferred = () => {
    let resolve!: (value: FeedSnapshot | null) => void;
    let reject!: (error: unknown) => void;
    const promise = new Promise<FeedSnapshot | null>((res, rej) => ((resolve = res), (reject = rej)));
    return { promise, resolve, reject };
  };

  it('reads an event once for every subscriber, again after the time to live', async () => {
    let now = 0;
    const reads: string[] = [];
    const cache = new SnapshotCache(async (id) => (reads.push(id), snapshot()), { ttlMs: 1000, maxEntries: 10, now: () => now });
    await Promise.all(Array.from({ length: 1000 }, () => cache.get('7', 'e7')));
    expect(reads).toEqual(['e7']);
    now = 999;
    await cache.get('7', 'e7');
    expect(reads).toHaveLength(1);
    now = 1000;
    await cache.get('7', 'e7');
    expect(reads).toHaveLength(2);
  });

  it('does not keep a failed read, and holds at most maxEntries events', async () => {
    const pending = deferred();
    let calls = 0;
    const cache = new SnapshotCache(() => (++calls === 1 ? pending.promise : Promise.resolve(snapshot())), { ttlMs: 60_000, maxEntries: 3 });
    const first = cache.get('1', 'e1');
    pending.reject(new Error('connection lost'));
    await expect(first).rejects.toThrow('connection lost');
    await expect(cache.get('1', 'e1')).resolves.not.toBeNull();
    expect(calls).toBe(2);
    for (const position of ['2', '3', '4', '5']) await cache.get(position, `e${position}`);
    expect(cache.size).toBeLessThanOrEqual(3);
  });
});
