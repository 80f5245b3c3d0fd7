import { Role } from '@qinshang/auth';
import { stackInfo, tokenFor } from '@qinshang/testkit';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { cityToken, collect, enterprisesOf, escalate, headCursor, office } from './helpers';

/**
 * The feed reads each event once per process and shows it per subscriber by the rules row-level
 * security applies; the enterprise's name and tenant come from the issues subgraph (`@provides`).
 * These check both against the owners' own answers, with another enterprise's escalations present.
 * Tenant HK is this file's own.
 */
describe('one read per event, shown per subscriber', () => {
  jest.setTimeout(120_000);
  const TENANT = 'HK';

  async function raiseFor(enterpriseId: string, title: string): Promise<string> {
    const data = await office(TENANT).ok<{ raiseIssue: { issue: { id: string } } }>(
      'mutation($input: RaiseIssueInput!) { raiseIssue(input: $input) { issue { id } } }',
      { input: { enterpriseId, category: 'LAND', title, description: '用地' } },
    );
    return data.raiseIssue.issue.id;
  }

  it('gives an enterprise and its paired official their own escalations only, named as the districts subgraph names them', async () => {
    const list = await office(TENANT).ok<{ district: { enterprises: { edges: Array<{ node: { id: string; official: { id: string } | null } }> } } }>(
      'query($id: ID!) { district(id: $id) { enterprises(first: 50) { edges { node { id official { id } } } } } }',
      { id: TENANT },
    );
    const mine = list.district.enterprises.edges.find((edge) => edge.node.official)!.node.id;
    const other = list.district.enterprises.edges.find((edge) => edge.node.id !== mine && edge.node.official?.id !== undefined)!.node.id;
    const owner = await office(TENANT).ok<{ enterprise: { name: string; district: { id: string; name: string }; official: { id: string } | null } }>(
      'query($id: ID!) { enterprise(id: $id) { name district { id name } official { id } } }',
      { id: mine },
    );
    expect(owner.enterprise.official).not.toBeNull();
    const after = await headCursor();
    const enterprise = collect({ url: stackInfo().gatewayUrl, token: await tokenFor({ role: Role.ENTERPRISE, districtId: TENANT, enterpriseId: mine, sub: 'feeds:shared:enterprise' }), after });
    const official = collect({
      url: stackInfo().gatewayUrl,
      token: await tokenFor({ role: Role.OFFICIAL, districtId: TENANT, officialId: owner.enterprise.official!.id, sub: 'feeds:shared:official' }),
      after,
    });
    const city = collect({ url: stackInfo().gatewayUrl, token: await cityToken('feeds:shared:city'), level: 'DISTRICT', districtId: TENANT, after });
    try {
      const ours = await escalate(TENANT, await raiseFor(mine, '共享读取 本企业'), '上报');
      const theirs = await escalate(TENANT, await raiseFor(other, '共享读取 别的企业'), '上报');
      // Written after the other enterprise's: once a subscriber has this one, that one (committed
      // before it, and the feed delivers in commit order) would have come already.
      const last = await escalate(TENANT, await raiseFor(mine, '共享读取 本企业 最后'), '上报');
      await city.until((events) => [ours, theirs, last].every((id) => events.some((e) => e.escalation.id === id)), 30_000, 'the escalations');
      await enterprise.until((events) => events.some((e) => e.escalation.id === last), 30_000, "the enterprise's escalations");
      await official.until((events) => events.some((e) => e.escalation.id === last), 30_000, "the official's escalations");
      for (const feed of [enterprise, official]) {
        expect(feed.ids()).toContain(ours);
        expect(feed.ids()).not.toContain(theirs);
        const event = feed.events.find((e) => e.escalation.id === ours)!;
        expect(event.escalation.issue.enterprise).toEqual({ name: owner.enterprise.name, district: owner.enterprise.district });
      }
      // And a query through the gateway: the same names, from the issues subgraph's projection.
      const issue = await office(TENANT).ok<{ escalations: { edges: Array<{ node: { id: string; issue: { enterprise: { name: string; district: { id: string; name: string } } } } }> } }>(
        'query { escalations(filter: { districtId: "HK" }, first: 200) { edges { node { id issue { enterprise { name district { id name } } } } } } }',
      );
      const node = issue.escalations.edges.find((edge) => edge.node.id === ours)!.node;
      expect(node.issue.enterprise).toEqual({ name: owner.enterprise.name, district: owner.enterprise.district });
    } finally {
      await Promise.all([enterprise.feed.stop(), official.feed.stop(), city.feed.stop()]);
    }
  });

  it('sends each event its own errors only, not those of earlier events again', async () => {
    const [first] = await enterprisesOf(TENANT, 1);
    const client = createClient({
      url: stackInfo().gatewayUrl.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${await cityToken('feeds:shared:errors')}` },
    });
    const results: Array<{ errors?: Array<{ extensions?: { code?: string } }> }> = [];
    // A field of the districts subgraph that fails for every event (BAD_USER_INPUT), through an entity fetch.
    const query = `subscription($d: ID, $after: String) { escalationRaised(level: DISTRICT, districtId: $d, after: $after) { cursor escalation { id issue { enterprise { visits(period: "not-a-month") { totalCount } } } } } }`;
    const unsubscribe = client.subscribe({ query, variables: { d: TENANT, after: await headCursor() } }, { next: (result) => results.push(result as never), error: () => undefined, complete: () => undefined });
    try {
      for (let i = 0; i < 3; i++) await escalate(TENANT, await raiseFor(first, `错误不累积 ${i}`), '上报');
      const deadline = Date.now() + 30_000;
      while (results.length < 3 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(results).toHaveLength(3);
      expect(results.map((result) => result.errors?.map((error) => error.extensions?.code))).toEqual([['BAD_USER_INPUT'], ['BAD_USER_INPUT'], ['BAD_USER_INPUT']]);
    } finally {
      unsubscribe();
      await client.dispose();
    }
  });
});
