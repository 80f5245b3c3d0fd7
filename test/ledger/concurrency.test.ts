import { as } from '@qinshang/testkit';
import { actors, RAISE } from './helpers';

/**
 * Optimistic concurrency (issue 4): of people acting on one problem at once, exactly one wins per
 * version and the others get CONFLICT; the history has one event per version, no gap.
 */
describe('many people acting on one problem at once', () => {
  const district = '610113';
  const enterpriseId = '610113-E0003';

  it('lets exactly one of 20 concurrent clients win each version, with a history without gaps', async () => {
    const office = actors.office(district);
    const { raiseIssue } = await office.ok<{ raiseIssue: { issue: { id: string; version: number } } }>(RAISE, {
      input: { enterpriseId, category: 'TRANSPORT', title: '货运车辆限行', description: '园区道路限行影响原料运输' },
    });
    const id = raiseIssue.issue.id;
    const RESPOND = `mutation($input: RespondToIssueInput!) { respondToIssue(input: $input) { issue { version } } }`;

    let version = 1;
    for (let round = 0; round < 3; round++) {
      const clients = Array.from({ length: 20 }, (_, n) => actors.office(district));
      const results = await Promise.all(
        clients.map((client, n) => client.send<{ respondToIssue: { issue: { version: number } } }>(RESPOND, { input: { issueId: id, expectedVersion: version, message: `第${round + 1}轮答复 #${n}` } })),
      );
      const winners = results.filter((r) => !r.errors);
      const losers = results.filter((r) => r.errors);
      expect(winners).toHaveLength(1);
      expect(winners[0].data!.respondToIssue.issue.version).toBe(version + 1);
      expect(losers.every((r) => r.errors![0].extensions?.code === 'CONFLICT')).toBe(true);
      version++;
    }

    // The same race without versions: whoever loads a stale version loses; no update is lost silently.
    const racers = await Promise.all(
      Array.from({ length: 20 }, (_, n) => actors.office(district).send(RESPOND, { input: { issueId: id, message: `无版本答复 #${n}` } })),
    );
    const won = racers.filter((r) => !r.errors).length;
    expect(won).toBeGreaterThanOrEqual(1);
    expect(racers.filter((r) => r.errors).every((r) => r.errors![0].extensions?.code === 'CONFLICT')).toBe(true);

    const { issue } = await as.city().ok<{ issue: { version: number; history: Array<{ version: number; type: string }> } }>(
      'query($id: ID!) { issue(id: $id) { version history { version type } } }',
      { id },
    );
    expect(issue.version).toBe(version + won);
    expect(issue.history.map((h) => h.version)).toEqual(Array.from({ length: issue.version }, (_, i) => i + 1));
    expect(issue.history.filter((h) => h.type === 'issue.responded')).toHaveLength(3 + won);
  });

  it('gives a second concurrent state change CONFLICT naming what is allowed now', async () => {
    const office = actors.office(district);
    const { raiseIssue } = await office.ok<{ raiseIssue: { issue: { id: string } } }>(RAISE, {
      input: { enterpriseId, category: 'LABOR', title: '用工短缺', description: '急需熟练工' },
    });
    const id = raiseIssue.issue.id;
    const assign = (departmentId: string) =>
      actors.office(district).send(`mutation($input: AssignIssueInput!) { assignIssue(input: $input) { issue { department { id } } } }`, {
        input: { issueId: id, departmentId, responsiblePerson: '赵六' },
      });
    const results = await Promise.all(['610113-D01', '610113-D02', '610113-D03', '610113-D04'].map(assign));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    for (const loser of results.filter((r) => r.errors)) {
      expect(loser.errors![0].extensions?.code).toBe('CONFLICT');
    }
  });
});
