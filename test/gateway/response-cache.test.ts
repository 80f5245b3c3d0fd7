import { Role } from '@qinshang/auth';
import { graphql, stackInfo, tokenFor, type GraphQLResponse } from '@qinshang/testkit';
import { operation } from '../contract/operations';
import { escalate, raiseProblems } from '../feeds/helpers';

/**
 * Issue 16: the gateway's per-scope response cache. Answers are shared by scope (the role and its
 * claims), never by token, never across scopes, and a change is on the next read: at once for a
 * write through this gateway, within a second for any other writer (the event log).
 * The test platform answers `extensions.responseCache` (hit, didCache) to a request that asks, so
 * the tests can see the cache at work; every assertion is on what a client receives.
 */
const DASHBOARD = operation('city-dashboard.graphql', 'CityDashboard');
const PERIOD = { period: '2016-07' };
const OURS = '610111'; // 灞桥区
const THEIRS = '610125'; // 户县

type Cached = { responseCache?: { hit?: boolean; didCache?: boolean } };
type Dashboard = {
  city: { districts: Array<{ id: string; issueStats: { escalated: number } }> };
  escalations: { totalCount: number; edges: Array<{ node: { id: string } }> };
};

// The test platform tells a request that asks whether its answer came from the cache.
const send = <T>(query: string, variables: Record<string, unknown>, token: string) =>
  graphql<T>(stackInfo().gatewayUrl, query, variables, token, { 'x-response-cache-metadata': '1' });
const hit = (response: GraphQLResponse) => (response.extensions as Cached | undefined)?.responseCache?.hit === true;
const cityToken = (sub: string) => tokenFor({ role: Role.CITY_ADMIN, sub: `cache:city:${sub}` });
const officeToken = (districtId: string, sub: string) => tokenFor({ role: Role.DISTRICT_ADMIN, districtId, sub: `cache:office:${districtId}:${sub}` });

/** Reads until the same answer comes from the cache (a write elsewhere in the suite may intervene). */
async function cachedRead<T>(query: string, variables: Record<string, unknown>, token: string): Promise<GraphQLResponse<T>> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const response = await send<T>(query, variables, token);
    expect(response.errors).toBeUndefined();
    if (hit(response)) return response;
  }
  throw new Error('the answer never came from the cache');
}

describe('the response cache keeps each scope to itself', () => {
  jest.setTimeout(120_000);

  // Both documents are allowed to every office; only the scope changes what they answer.
  const THEIR_DISTRICT = 'query($id: ID!) { district(id: $id) { id name enterprises(first: 5) { totalCount edges { node { id } } } } }';
  const ESCALATIONS = '{ escalations(filter: { level: DISTRICT }, first: 100) { totalCount edges { node { issue { enterprise { district { id } } } } } } }';

  it("never gives a tenant's office the city's or another tenant's cached answer", async () => {
    const [city, ours, theirs] = await Promise.all([cityToken('a'), officeToken(OURS, 'a'), officeToken(THEIRS, 'a')]);
    // Something of both tenants on the escalation list.
    const [ourProblem] = await raiseProblems(OURS, 1, 'cache-scope');
    const [theirProblem] = await raiseProblems(THEIRS, 1, 'cache-scope');
    await escalate(OURS, ourProblem, '缓存范围测试');
    await escalate(THEIRS, theirProblem, '缓存范围测试');

    // The city's answers are in the cache, with the other tenant's data in them.
    const cityView = await cachedRead<{ district: { id: string; enterprises: { totalCount: number } } | null }>(THEIR_DISTRICT, { id: THEIRS }, city);
    expect(cityView.data?.district?.enterprises.totalCount).toBeGreaterThan(0);
    const cityList = await cachedRead<{ escalations: { edges: Array<{ node: { issue: { enterprise: { district: { id: string } } } } }> } }>(ESCALATIONS, {}, city);
    const cityTenants = new Set(cityList.data!.escalations.edges.map((edge) => edge.node.issue.enterprise.district.id));
    expect([...cityTenants]).toEqual(expect.arrayContaining([OURS, THEIRS]));
    // Their office's own answers are in the cache too.
    const theirView = await cachedRead<{ district: { id: string } | null }>(THEIR_DISTRICT, { id: THEIRS }, theirs);
    expect(theirView.data?.district?.id).toBe(THEIRS);

    // Our office asks the same documents: its own answer (another tenant is not there), twice, the second from its own entry.
    for (let round = 0; round < 2; round++) {
      const ourView = await send<{ district: unknown }>(THEIR_DISTRICT, { id: THEIRS }, ours);
      expect(ourView.errors).toBeUndefined();
      expect(ourView.data?.district).toBeNull();
      const ourList = await send<{ escalations: { edges: Array<{ node: { issue: { enterprise: { district: { id: string } } } } }> } }>(ESCALATIONS, {}, ours);
      const tenants = new Set(ourList.data!.escalations.edges.map((edge) => edge.node.issue.enterprise.district.id));
      expect([...tenants]).toEqual([OURS]);
    }
    // From our scope's own entry: still nothing of theirs (a write of ours elsewhere in the suite may drop the entry, so read until a hit).
    const ourCached = await cachedRead<{ district: unknown }>(THEIR_DISTRICT, { id: THEIRS }, ours);
    expect(ourCached.data?.district).toBeNull();
  });

  it('shares an answer between two people of one scope, and never an answer about the account itself', async () => {
    const [first, second] = await Promise.all([officeToken(OURS, 'first'), officeToken(OURS, 'second')]);
    // The district portal's own list (its page info is a type every subgraph shares, nobody's account).
    const portal = operation('district-portal.graphql', 'DistrictEnterprises');
    const variables = { districtId: OURS, first: 5 };
    // Another token of the same scope gets the cached answer (keyed by what the token allows, not by the token).
    // A write in 灞桥区 by another suite may drop the entry between the two reads, so the pair is tried again then.
    let shared: GraphQLResponse<{ district: { id: string } }> | undefined;
    for (let attempt = 0; attempt < 10 && !(shared && hit(shared)); attempt++) {
      await cachedRead(portal, variables, first);
      shared = await send<{ district: { id: string } }>(portal, variables, second);
      expect(shared.data?.district.id).toBe(OURS);
    }
    expect(hit(shared!)).toBe(true);

    // `me` answers for the account: never cached, so one person's answer is never another's, even in one scope.
    const me = '{ me { id } district(id: "610111") { id } }';
    for (const token of [first, first, second]) expect(hit(await send(me, {}, token))).toBe(false);
  });

  it('gives a forged or an expired token nothing, not even what the cache holds for its claims', async () => {
    const query = 'query($id: ID!) { district(id: $id) { id enterprises(first: 3) { totalCount } } }';
    await cachedRead(query, { id: OURS }, await officeToken(OURS, 'genuine'));
    const forged = await tokenFor({ role: Role.DISTRICT_ADMIN, districtId: OURS, sub: 'cache:office:forged' }, { devKey: 'another-key-another-key-another-key!' });
    const expired = await tokenFor({ role: Role.DISTRICT_ADMIN, districtId: OURS, sub: 'cache:office:expired' }, { expiresIn: -120 });
    for (const token of [forged, expired]) {
      const response = await send(query, { id: OURS }, token);
      expect(response.status).toBe(401);
      expect(response.data ?? null).toBeNull();
      expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('never answers a mutation from the cache', async () => {
    const problems = await raiseProblems(OURS, 2, 'cache-mutation');
    expect(new Set(problems).size).toBe(2);
  });
});

describe('a change is on the next dashboard read', () => {
  jest.setTimeout(120_000);

  const escalatedIn = (dashboard: Dashboard, districtId: string) => dashboard.city.districts.find((d) => d.id === districtId)!.issueStats.escalated;

  it('shows an escalation through the gateway on the very next read', async () => {
    const city = await cityToken('dashboard');
    const [problem] = await raiseProblems(OURS, 1, 'cache-escalation');
    await escalate(OURS, problem, '报区县领导小组');
    const before = (await cachedRead<Dashboard>(DASHBOARD, PERIOD, city)).data!;

    const toCity = await escalate(OURS, problem, '报市领导小组');
    const after = await send<Dashboard>(DASHBOARD, PERIOD, city);
    expect(after.errors).toBeUndefined();
    expect(hit(after)).toBe(false);
    expect(after.data!.escalations.totalCount).toBeGreaterThanOrEqual(before.escalations.totalCount + 1);
    if (after.data!.escalations.totalCount <= 20) expect(after.data!.escalations.edges.map((edge) => edge.node.id)).toContain(toCity);
  });

  it('shows an escalation written past this gateway within a second, from the event log', async () => {
    const city = await cityToken('dashboard-elsewhere');
    const [problem] = await raiseProblems(THEIRS, 1, 'cache-escalation-elsewhere');
    const before = (await cachedRead<Dashboard>(DASHBOARD, PERIOD, city)).data!;

    // Straight to the issues subgraph: this gateway sees nothing of the mutation, only its event.
    await escalate(THEIRS, problem, '报区县领导小组', stackInfo().subgraphUrls.issues);
    const written = Date.now();
    let seenAfter = -1;
    for (;;) {
      const now = await send<Dashboard>(DASHBOARD, PERIOD, city);
      expect(now.errors).toBeUndefined();
      if (escalatedIn(now.data!, THEIRS) > escalatedIn(before, THEIRS)) {
        seenAfter = Date.now() - written;
        break;
      }
      if (Date.now() - written > 10_000) break;
    }
    // One second, and a margin for a loaded machine between the commit and this read.
    expect(seenAfter).toBeGreaterThanOrEqual(0);
    expect(seenAfter).toBeLessThan(2500);
  });
});
