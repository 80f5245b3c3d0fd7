import { stackInfo } from '@qinshang/testkit';
import { Client } from 'pg';
import { actors, RAISE } from './helpers';

/**
 * Issue 19: a systemic problem locks all its problems in one fixed order (by id) before it reads
 * or writes any, so offices linking and escalating overlapping problems at once take turns and
 * never deadlock. Tenant 610122 (蓝田县), whose problems no other suite links.
 */
const T = '610122';
const office = actors.office(T);
const CREATE = `mutation($input: CreateSystemicIssueInput!) { createSystemicIssue(input: $input) { id } }`;
const ESCALATE = `mutation($input: EscalateSystemicIssueInput!) { escalateSystemicIssue(input: $input) { status } }`;
const codeOf = (answer: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => (answer.errors?.[0]?.extensions?.code as string | undefined) ?? 'OK';

async function raise(n: number): Promise<string> {
  const data = await office.ok<{ raiseIssue: { issue: { id: string } } }>(RAISE, {
    input: { enterpriseId: `${T}-E00${String(20 + (n % 20)).padStart(2, '0')}`, category: 'INFRASTRUCTURE', title: `共性问题并发 ${n}`, description: '园区道路未通' },
  });
  return data.raiseIssue.issue.id;
}

describe('systemic problems under concurrency', () => {
  jest.setTimeout(120_000);

  it('links overlapping sets given in opposite orders at once: one wins, the others are CONFLICT, none deadlocks', async () => {
    const ids = await Promise.all([1, 2, 3, 4].map(raise));
    const sets = [ids, [...ids].reverse(), [ids[2], ids[0], ids[3]], [ids[3], ids[1]], ids, [...ids].reverse()];
    const answers = await Promise.all(sets.map((issueIds, i) => office.send(CREATE, { input: { title: `并发关联 ${i}`, description: '重叠', issueIds } })));
    const codes = answers.map(codeOf);
    expect(codes.filter((code) => code === 'OK')).toHaveLength(1);
    expect(codes.filter((code) => code !== 'OK').every((code) => code === 'CONFLICT')).toBe(true);
    for (const answer of answers.filter((a) => a.errors)) expect(answer.errors![0].extensions).toMatchObject({ reason: 'ALREADY_LINKED' });
    // Every problem of the winning set belongs to it, and to nothing else.
    const winner = answers.find((answer) => !answer.errors)!;
    const won = sets[answers.indexOf(winner)];
    const linked = await Promise.all(ids.map(async (id) => (await office.ok<{ issue: { systemicIssueId: string | null } }>('query($id: ID!) { issue(id: $id) { systemicIssueId } }', { id })).issue.systemicIssueId));
    const winnerId = (winner.data as { createSystemicIssue: { id: string } }).createSystemicIssue.id;
    ids.forEach((id, i) => expect(linked[i]).toBe(won.includes(id) ? winnerId : null));
  });

  it('escalates a systemic problem sent four times at once one level per turn, with its members escalated directly meanwhile', async () => {
    const ids = await Promise.all([5, 6, 7].map(raise));
    const created = await office.ok<{ createSystemicIssue: { id: string } }>(CREATE, { input: { title: '并发上报', description: '三家企业', issueIds: ids } });
    const systemicIssueId = created.createSystemicIssue.id;
    const DIRECT = `mutation($input: EscalateIssueInput!) { escalateIssue(input: $input) { issue { id } } }`;
    const answers = await Promise.all([
      ...[1, 2, 3, 4].map((i) => office.send(ESCALATE, { input: { systemicIssueId, reason: `并发 ${i}` } })),
      ...[...ids].reverse().map((issueId) => office.send(DIRECT, { input: { issueId, reason: '单独上报' } })),
    ]);
    const codes = answers.map(codeOf);
    // No deadlock (it would surface as INTERNAL_SERVER_ERROR) and nothing but turns taken or refused.
    expect(codes.every((code) => code === 'OK' || code === 'CONFLICT')).toBe(true);
    // Two levels exist (the tenant's group, then the city's): each member went up each at most once.
    for (const id of ids) {
      const data = await office.ok<{ issue: { level: string; escalations: Array<{ level: string }> } }>('query($id: ID!) { issue(id: $id) { level escalations { level } } }', { id });
      const levels = data.issue.escalations.map((e) => e.level).sort();
      expect(levels).toEqual(['CITY', 'DISTRICT']);
      expect(data.issue.level).toBe('CITY');
    }
  });

  it('holds the lower id while it waits for the higher one: the locks are taken in id order, before anything is written', async () => {
    const ids = await Promise.all([8, 9].map(raise));
    const [low, high] = [...ids].sort();
    const created = await office.ok<{ createSystemicIssue: { id: string } }>(CREATE, { input: { title: '锁顺序', description: '两家企业', issueIds: [high, low] } });
    const holder = new Client({ connectionString: stackInfo().adminDatabaseUrl });
    const probe = new Client({ connectionString: stackInfo().adminDatabaseUrl });
    await holder.connect();
    await probe.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT 1 FROM issues.issue WHERE id = $1 FOR UPDATE', [high]);
      const escalation = office.send(ESCALATE, { input: { systemicIssueId: created.createSystemicIssue.id, reason: '锁顺序' } });
      // Wait (on facts) until the escalation holds the lower id's lock: NOWAIT on it then fails.
      const deadline = Date.now() + 30_000;
      let held = false;
      while (!held && Date.now() < deadline) {
        await probe.query('BEGIN');
        held = await probe.query('SELECT 1 FROM issues.issue WHERE id = $1 FOR UPDATE NOWAIT', [low]).then(
          () => false,
          (error: { code?: string }) => error.code === '55P03',
        );
        await probe.query('ROLLBACK');
        if (!held) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(held).toBe(true);
      // Nothing written while it waits for the second lock.
      const [{ count }] = (await probe.query("SELECT count(*)::int AS count FROM issues.escalation WHERE issue_id = ANY($1::uuid[])", [ids])).rows;
      expect(count).toBe(0);
      await holder.query('COMMIT');
      expect(codeOf(await escalation)).toBe('OK');
    } finally {
      await holder.query('ROLLBACK').catch(() => undefined);
      await holder.end();
      await probe.end();
    }
  });
});
