import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { as } from '@qinshang/testkit';
import { OPERATIONS_DIR, operation, SHARED_CONTRACT_DIR, sharedContractAvailable } from './operations';

/**
 * The contract's operations, as written, through the gateway, against the seeded reference data:
 * the city dashboard and the district portal (the escalation feed has its own suite).
 */
describe('the client contract', () => {
  (sharedContractAvailable() ? it : it.skip)('is kept here exactly as the shared contract writes it', () => {
    for (const file of readdirSync(SHARED_CONTRACT_DIR).filter((name) => name.endsWith('.graphql'))) {
      expect(readFileSync(path.join(OPERATIONS_DIR, file), 'utf8')).toBe(readFileSync(path.join(SHARED_CONTRACT_DIR, file), 'utf8'));
    }
  });

  describe('district portal', () => {
    const ENTERPRISES = operation('district-portal.graphql', 'DistrictEnterprises');
    const RAISE = operation('district-portal.graphql', 'RaiseIssue');
    const ESCALATE = operation('district-portal.graphql', 'EscalateIssue');

    it("pages through 灞桥区's 139 enterprises, 63 city-assigned, each with its open problems", async () => {
      const office = as.district('610111');
      const nodes: Array<{ id: string; source: string; openIssueCount: number; official: { id: string } | null }> = [];
      let after: string | null = null;
      for (let page = 0; page < 10; page++) {
        const data: { district: { enterprises: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: (typeof nodes)[number] }> } } } =
          await office.ok(ENTERPRISES, { districtId: '610111', first: 50, after });
        expect(data.district.enterprises.totalCount).toBe(139);
        nodes.push(...data.district.enterprises.edges.map((edge) => edge.node));
        if (!data.district.enterprises.pageInfo.hasNextPage) break;
        after = data.district.enterprises.pageInfo.endCursor;
      }
      expect(nodes).toHaveLength(139);
      expect(new Set(nodes.map((n) => n.id)).size).toBe(139);
      expect(nodes.filter((n) => n.source === 'CITY_ASSIGNED')).toHaveLength(63);
      expect(nodes.every((n) => Number.isInteger(n.openIssueCount) && n.openIssueCount >= 0)).toBe(true);
    });

    it('gives null for 户县 with the 灞桥 token', async () => {
      const data = await as.district('610111').ok<{ district: unknown }>(ENTERPRISES, { districtId: '610125', first: 10 });
      expect(data.district).toBeNull();
    });

    it('raises a problem into the ledger and escalates it up the ladder, as written', async () => {
      const office = as.district('610112');
      const enterpriseId = '610112-E0007';
      const before = await office.ok<{ district: { enterprises: { edges: Array<{ node: { id: string; openIssueCount: number } }> } } }>(ENTERPRISES, {
        districtId: '610112',
        first: 20,
      });
      const openBefore = before.district.enterprises.edges.find((edge) => edge.node.id === enterpriseId)!.node.openIssueCount;

      const raised = await office.ok<{ raiseIssue: { issue: { id: string; ledgerNo: string; status: string; category: string; dueAt: string; enterprise: { id: string; name: string } } } }>(
        RAISE,
        { input: { enterpriseId, category: 'FINANCING', title: '流动资金贷款难', description: '银行抽贷, 需协调续贷3000万元' } },
      );
      const issue = raised.raiseIssue.issue;
      expect(issue).toMatchObject({ status: 'RAISED', category: 'FINANCING', enterprise: { id: enterpriseId } });
      expect(issue.enterprise.name.length).toBeGreaterThan(1);
      expect(issue.ledgerNo).toMatch(/^610112-\d{4}-\d{6}$/);
      expect(new Date(issue.dueAt).getTime()).toBeGreaterThan(Date.now());

      const after = await office.ok<{ district: { enterprises: { edges: Array<{ node: { id: string; openIssueCount: number } }> } } }>(ENTERPRISES, {
        districtId: '610112',
        first: 20,
      });
      expect(after.district.enterprises.edges.find((edge) => edge.node.id === enterpriseId)!.node.openIssueCount).toBe(openBefore + 1);

      const toDistrict = await office.ok<{ escalateIssue: { issue: { status: string }; escalation: { id: string; level: string; reason: string } } }>(ESCALATE, {
        input: { issueId: issue.id, reason: '涉及多个部门, 请区领导小组协调' },
      });
      expect(toDistrict.escalateIssue).toMatchObject({ issue: { status: 'ESCALATED' }, escalation: { level: 'DISTRICT', reason: '涉及多个部门, 请区领导小组协调' } });
      const toCity = await office.ok<{ escalateIssue: { escalation: { id: string; level: string } } }>(ESCALATE, {
        input: { issueId: issue.id, reason: '需市级金融部门协调' },
      });
      expect(toCity.escalateIssue.escalation.level).toBe('CITY');
      const top = await office.send(ESCALATE, { input: { issueId: issue.id, reason: '再次上报' } });
      expect(top.errors?.[0]?.extensions?.code).toBe('CONFLICT');

      // The city dashboard sees it waiting for the city, filled in from three subgraphs.
      const dashboard = await as.city().ok<{
        city: { districts: Array<{ id: string; issueStats: { escalated: number } }> };
        escalations: { totalCount: number; edges: Array<{ node: { id: string; level: string; issue: { ledgerNo: string; enterprise: { name: string; district: { name: string } } } } }> };
      }>(operation('city-dashboard.graphql', 'CityDashboard'), { period: '2016-07' });
      expect(dashboard.city.districts).toHaveLength(21);
      expect(dashboard.city.districts.find((d) => d.id === '610112')!.issueStats.escalated).toBeGreaterThanOrEqual(1);
      expect(dashboard.escalations.totalCount).toBeGreaterThanOrEqual(1);
      let found = dashboard.escalations.edges.find((edge) => edge.node.id === toCity.escalateIssue.escalation.id);
      let cursor: string | null = null;
      while (!found && dashboard.escalations.totalCount > 20) {
        const page: { escalations: { pageInfo: { endCursor: string; hasNextPage: boolean }; edges: typeof dashboard.escalations.edges } } = await as
          .city()
          .ok(`query($after: String) { escalations(filter: { level: CITY, status: OPEN }, first: 200, after: $after) { pageInfo { endCursor hasNextPage } edges { node { id level issue { ledgerNo enterprise { name district { name } } } } } } }`, { after: cursor });
        found = page.escalations.edges.find((edge) => edge.node.id === toCity.escalateIssue.escalation.id);
        if (!page.escalations.pageInfo.hasNextPage) break;
        cursor = page.escalations.pageInfo.endCursor;
      }
      expect(found?.node).toMatchObject({ level: 'CITY', issue: { ledgerNo: issue.ledgerNo, enterprise: { name: issue.enterprise.name, district: { name: '未央区' } } } });
    });
  });

  it('answers the city dashboard for every tenant', async () => {
    const data = await as.city().ok<{ city: { name: string; campaign: { minVisitsPerMonth: number }; districts: Array<{ enterpriseCount: number; officialCount: number }> } }>(
      operation('city-dashboard.graphql', 'CityDashboard'),
      { period: '2016-07' },
    );
    expect(data.city.name).toBe('西安市');
    expect(data.city.campaign.minVisitsPerMonth).toBe(2);
    // The reference data; other suites import and add enterprises meanwhile.
    expect(data.city.districts.reduce((sum, d) => sum + d.enterpriseCount, 0)).toBeGreaterThanOrEqual(1220);
  });
});
