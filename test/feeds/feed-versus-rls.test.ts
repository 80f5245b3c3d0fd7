import { Role, type Caller } from '@qinshang/auth';
import { APPLY_SETTINGS_SQL, settingsParameters, SqlParams, tenantSettingsFor } from '@qinshang/database';
import { Random } from '@qinshang/prng';
import { Actor, stackInfo, tokenFor } from '@qinshang/testkit';
import { Client } from 'pg';
import { issueVisible } from '../../services/issues/src/ledger/visibility';
import { pairedOfficial } from '../ledger/helpers';
import { collect, enterprisesOf, office } from './helpers';

/**
 * The live feed filters each escalation in memory by the rules row-level security applies
 * (`ledger/visibility.ts`, `feeds/feed-snapshot.ts`), so it can read each event once for every
 * subscriber. Here the two are held against each other: random escalations (raw, assigned to a
 * department, passed up to the city) in two tenants, and for a token of every role, including
 * DEPARTMENT with and without a tenant, what the feed delivers equals what that token's own
 * transaction, as PostgreSQL's row-level security and the ledger's visibility give it, can read.
 */
describe('the feed delivers exactly what the token may read in its own transaction', () => {
  const A = '610112';
  const B = '610114';
  const CITY_BUREAU = '610100-D05';
  const random = new Random(`feed-versus-rls:${process.env.FEED_RLS_SEED ?? Date.now()}`);
  const ours = new Set<string>();
  let admin: Client;
  let startCursor = '';

  interface Party {
    districtId: string;
    enterpriseId: string;
    officialId: string;
  }
  const parties: Party[] = [];
  const departments: Record<string, string[]> = { [A]: [`${A}-D01`, `${A}-D02`, CITY_BUREAU], [B]: [`${B}-D01`, CITY_BUREAU] };

  const RAISE = 'mutation($input: RaiseIssueInput!) { raiseIssue(input: $input) { issue { id } } }';
  const ASSIGN = 'mutation($input: AssignIssueInput!) { assignIssue(input: $input) { issue { id } } }';
  const ESCALATE = 'mutation($input: EscalateIssueInput!) { escalateIssue(input: $input) { escalation { id } } }';

  /** One problem of a party, assigned (or not) and escalated one or two levels; its escalations. */
  async function escalated(party: Party, department: string | null, levels: number, label: string): Promise<string[]> {
    const official = new Actor({ role: Role.OFFICIAL, districtId: party.districtId, officialId: party.officialId, sub: `feed-rls:${party.officialId}` });
    const raised = await official.ok<{ raiseIssue: { issue: { id: string } } }>(RAISE, {
      input: { enterpriseId: party.enterpriseId, category: 'POLICY', title: `${label} 政策兑现`, description: '补贴未兑现' },
    });
    const issueId = raised.raiseIssue.issue.id;
    const districtOffice = office(party.districtId);
    if (department) await districtOffice.ok(ASSIGN, { input: { issueId, departmentId: department, responsiblePerson: '张伟' } });
    const ids: string[] = [];
    for (let level = 0; level < levels; level++) {
      const data = await districtOffice.ok<{ escalateIssue: { escalation: { id: string } } }>(ESCALATE, { input: { issueId, reason: `${label} 第${level + 1}级` } });
      ids.push(data.escalateIssue.escalation.id);
      ours.add(data.escalateIssue.escalation.id);
    }
    return ids;
  }

  /** What the token's own transaction reads of our escalations (row-level security and `issueVisible`). */
  async function readable(caller: Caller): Promise<string[]> {
    const client = new Client({ connectionString: stackInfo().appDatabaseUrl });
    await client.connect();
    try {
      await client.query('BEGIN READ ONLY');
      await client.query(APPLY_SETTINGS_SQL, settingsParameters(tenantSettingsFor(caller)));
      const params = new SqlParams();
      const ids = params.add([...ours]);
      const { rows } = await client.query<{ id: string }>(
        `SELECT e.id FROM issues.escalation e JOIN issues.issue i ON i.id = e.issue_id
          WHERE e.id = ANY(${ids}::uuid[]) AND ${issueVisible(caller, 'i', params)} ORDER BY e.event_position`,
        params.values,
      );
      await client.query('COMMIT');
      return rows.map((row) => row.id);
    } finally {
      await client.end();
    }
  }

  let sentinels: Record<string, string> = {};

  beforeAll(async () => {
    admin = new Client({ connectionString: stackInfo().adminDatabaseUrl });
    await admin.connect();
    const [{ head }] = (await admin.query<{ head: string }>('SELECT coalesce(max(position), 0)::text AS head FROM eventlog.event')).rows;
    startCursor = Buffer.from(`f1:${head}`, 'utf8').toString('base64url');

    for (const districtId of [A, B]) {
      for (const enterpriseId of (await enterprisesOf(districtId, 3)).slice(0, 3)) {
        parties.push({ districtId, enterpriseId, officialId: await pairedOfficial(districtId, enterpriseId) });
      }
    }
    // The random escalations: any party, assigned to one of its tenant's units, a city bureau or none, one or two levels up.
    for (let i = 0; i < 14; i++) {
      const party = random.pick(parties);
      const department = random.chance(0.6) ? random.pick(departments[party.districtId]) : null;
      await escalated(party, department, random.chance(0.3) ? 2 : 1, `随机${i}`);
    }
    // Last, one escalation each party of the tokens below may read: once a subscriber has it, the
    // replay before it (in log order) is complete.
    const [sentinelA] = await escalated(parties[0], departments[A][0], 1, '哨兵A');
    const [sentinelB] = await escalated(parties[3], CITY_BUREAU, 1, '哨兵B');
    sentinels = { A: sentinelA, B: sentinelB };
  }, 240_000);

  afterAll(() => admin?.end());

  const tokens: Array<[string, () => Caller, 'A' | 'B']> = [
    ['CITY_ADMIN', () => ({ sub: 'feed-rls:city', role: Role.CITY_ADMIN }), 'B'],
    ['INSPECTOR', () => ({ sub: 'feed-rls:inspector', role: Role.INSPECTOR }), 'B'],
    ['DISTRICT_ADMIN of A', () => ({ sub: 'feed-rls:office-a', role: Role.DISTRICT_ADMIN, districtId: A }), 'A'],
    ['DISTRICT_ADMIN of B', () => ({ sub: 'feed-rls:office-b', role: Role.DISTRICT_ADMIN, districtId: B }), 'B'],
    ['OFFICIAL in A', () => ({ sub: 'feed-rls:official-a', role: Role.OFFICIAL, districtId: A, officialId: parties[0].officialId }), 'A'],
    ['OFFICIAL in B', () => ({ sub: 'feed-rls:official-b', role: Role.OFFICIAL, districtId: B, officialId: parties[3].officialId }), 'B'],
    ['ENTERPRISE in A', () => ({ sub: 'feed-rls:enterprise-a', role: Role.ENTERPRISE, districtId: A, enterpriseId: parties[0].enterpriseId }), 'A'],
    ['ENTERPRISE in B', () => ({ sub: 'feed-rls:enterprise-b', role: Role.ENTERPRISE, districtId: B, enterpriseId: parties[3].enterpriseId }), 'B'],
    ["DEPARTMENT of A's own", () => ({ sub: 'feed-rls:dept-a', role: Role.DEPARTMENT, districtId: A, departmentId: departments[A][0] }), 'A'],
    ['DEPARTMENT, a city bureau', () => ({ sub: 'feed-rls:bureau', role: Role.DEPARTMENT, departmentId: CITY_BUREAU }), 'B'],
  ];

  it.each(tokens)('%s', async (_name, callerOf, sentinel) => {
    const caller = callerOf();
    const expected = await readable(caller);
    expect(expected).toContain(sentinels[sentinel]);
    const { sub: _sub, ...claims } = caller;
    const subscriber = collect({ url: stackInfo().gatewayUrl, token: await tokenFor({ ...claims, sub: caller.sub }), level: 'DISTRICT', after: startCursor });
    try {
      await subscriber.until((events) => events.some((event) => event.escalation.id === sentinels[sentinel]), 60_000, `the sentinel escalation for ${_name}`);
      const delivered = subscriber.ids().filter((id) => ours.has(id));
      expect(delivered).toEqual(expected);
    } finally {
      await subscriber.feed.stop();
    }
  });
});
