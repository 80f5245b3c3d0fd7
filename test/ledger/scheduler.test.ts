import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { as, stackInfo } from '@qinshang/testkit';
import { actors, RAISE } from './helpers';

const run = promisify(execFile);
const SCHEDULER = path.resolve(__dirname, '..', '..', 'services', 'issues', 'dist', 'scheduler', 'run.js');
const DAY = 86_400_000;

/** One scheduler replica's run, judged at `asOf`, confined to one tenant so other suites are undisturbed. */
async function replica(asOf: Date, district: string) {
  const { stdout } = await run(process.execPath, [SCHEDULER, '--as-of', asOf.toISOString(), '--district', district], {
    env: { ...process.env, APP_DATABASE_URL: stackInfo().appDatabaseUrl },
  });
  return JSON.parse(stdout) as { ran: boolean; escalatedToDistrict: string[]; escalatedToCity: string[]; reminded: string[] };
}

/**
 * The scheduler (催办 and automatic escalation), two replicas at once: an assigned problem left
 * past its deadline goes to the district's leading group and then to the city's, exactly once each.
 */
describe('the scheduler with two replicas', () => {
  const district = 'HK';

  it('escalates an overdue problem to the district and then the city, exactly once each', async () => {
    const office = actors.office(district);
    const { raiseIssue } = await office.ok<{ raiseIssue: { issue: { id: string } } }>(RAISE, {
      input: { enterpriseId: 'HK-E0002', category: 'APPROVAL', title: '施工许可证迟迟未批', description: '材料齐全已逾期一个月' },
    });
    const id = raiseIssue.issue.id;
    const dueAt = new Date(Date.now() + DAY);
    await office.ok(`mutation($input: AssignIssueInput!) { assignIssue(input: $input) { issue { id } } }`, {
      input: { issueId: id, departmentId: 'HK-D01', responsiblePerson: '周八', dueAt: dueAt.toISOString() },
    });

    // Before the deadline: nothing to do.
    const early = await Promise.all([replica(new Date(dueAt.getTime() - 3_600_000), district), replica(new Date(dueAt.getTime() - 3_600_000), district)]);
    expect(early.flatMap((r) => r.escalatedToDistrict)).not.toContain(id);

    const late = new Date(dueAt.getTime() + 3_600_000);
    const first = await Promise.all([replica(late, district), replica(late, district)]);
    expect(first.flatMap((r) => r.escalatedToDistrict).filter((x) => x === id)).toHaveLength(1);
    const again = await Promise.all([replica(late, district), replica(late, district)]);
    expect(again.flatMap((r) => [...r.escalatedToDistrict, ...r.escalatedToCity]).filter((x) => x === id)).toHaveLength(0);
    // The leading group's own stage has just begun: nothing to remind it of yet.
    expect(again.flatMap((r) => r.reminded)).not.toContain(id);

    // The district leading group does not decide within its window (7 days by default).
    const muchLater = new Date(late.getTime() + 8 * DAY);
    const second = await Promise.all([replica(muchLater, district), replica(muchLater, district), replica(muchLater, district)]);
    expect(second.flatMap((r) => r.escalatedToCity).filter((x) => x === id)).toHaveLength(1);
    const third = await Promise.all([replica(new Date(muchLater.getTime() + 30 * DAY), district), replica(new Date(muchLater.getTime() + 30 * DAY), district)]);
    expect(third.flatMap((r) => [...r.escalatedToDistrict, ...r.escalatedToCity]).filter((x) => x === id)).toHaveLength(0);

    const { issue } = await as.city().ok<{
      issue: { status: string; level: string; escalations: Array<{ level: string; automatic: boolean; status: string }>; history: Array<{ type: string; actor: string; automatic: boolean; version: number }> };
    }>('query($id: ID!) { issue(id: $id) { status level escalations { level automatic status } history { type actor automatic version } } }', { id });
    expect(issue).toMatchObject({ status: 'ESCALATED', level: 'CITY' });
    expect(issue.escalations.map((e) => [e.level, e.automatic, e.status])).toEqual([
      ['DISTRICT', true, 'DECIDED'],
      ['CITY', true, 'OPEN'],
    ]);
    const escalations = issue.history.filter((h) => h.type === 'issue.escalated');
    expect(escalations).toHaveLength(2);
    expect(escalations.every((h) => h.actor === 'system:scheduler' && h.automatic)).toBe(true);
    expect(issue.history.map((h) => h.version)).toEqual(issue.history.map((_, i) => i + 1));
  });

  it('reminds (催办) once per overdue stage', async () => {
    const office = actors.office(district);
    const { raiseIssue } = await office.ok<{ raiseIssue: { issue: { id: string; stageDueAt: string } } }>(RAISE, {
      input: { enterpriseId: 'HK-E0003', category: 'OTHER', title: '水电报装', description: '报装三周无回音' },
    });
    const stageDue = new Date(raiseIssue.issue.stageDueAt);
    const asOf = new Date(stageDue.getTime() + 60_000);
    const runs = await Promise.all([replica(asOf, district), replica(asOf, district)]);
    expect(runs.flatMap((r) => r.reminded).filter((x) => x === raiseIssue.issue.id)).toHaveLength(1);
    const again = await replica(new Date(asOf.getTime() + 3_600_000), district);
    expect(again.reminded).not.toContain(raiseIssue.issue.id);
    const { issue } = await as.city().ok<{ issue: { status: string; history: Array<{ type: string }> } }>(
      'query($id: ID!) { issue(id: $id) { status history { type } } }',
      { id: raiseIssue.issue.id },
    );
    expect(issue.status).toBe('RAISED');
    expect(issue.history.map((h) => h.type)).toEqual(['issue.raised', 'issue.reminded']);
  });
});
