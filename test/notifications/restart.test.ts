import { BAQIAO, deleteWebhooks, escalate, eventually, NotifierProcess, raise, Receiver, registerWebhook, withAdmin } from './helpers';

/** Done-when 4: the notifier killed mid-backlog and started again loses nothing; retries keep their key. */
describe('notifications: a notifier killed mid-backlog', () => {
  const receiver = new Receiver();
  const notifier = new NotifierProcess();
  beforeAll(() => receiver.listen());
  afterAll(async () => {
    await deleteWebhooks();
    await receiver.close();
  });

  it('delivers everything after a restart, each escalation under one key however often it was tried', async () => {
    // A slow receiver, so a backlog builds up behind it.
    receiver.answer = () => ({ status: 200, delayMs: 150 });
    const hook = await registerWebhook(BAQIAO, receiver.url, ['issue.escalated']);
    const suffix = Date.now().toString(36);
    const issues = [];
    for (let i = 0; i < 15; i++) issues.push(await raise(BAQIAO, `重启测试 ${suffix} ${i}`, i));
    const numbers = new Set(issues.map((issue) => issue.ledgerNo));
    const ours = () => receiver.received.filter((r) => numbers.has(r.json.issue?.ledgerNo));

    for (const issue of issues.slice(0, 10)) await escalate(BAQIAO, issue.id);
    await eventually(() => ours().length >= 3, 'the first deliveries');
    await notifier.kill();
    const before = ours().length;
    expect(before).toBeLessThan(10);
    // While it is down, more happens: the router must pick these up from the log when it is back.
    for (const issue of issues.slice(10)) await escalate(BAQIAO, issue.id);
    await notifier.start();

    await eventually(() => new Set(ours().map((r) => r.json.issue.ledgerNo)).size === 15, 'all fifteen escalations delivered', 45_000);
    // One key per escalation, whatever was retried across the kill.
    const keysByProblem = new Map<string, Set<string>>();
    for (const r of ours()) {
      const keys = keysByProblem.get(r.json.issue.ledgerNo) ?? new Set();
      keys.add(String(r.headers['x-qinshang-delivery']));
      keysByProblem.set(r.json.issue.ledgerNo, keys);
    }
    expect([...keysByProblem.values()].every((keys) => keys.size === 1)).toBe(true);
    // In event order, by first arrival.
    const order = [...new Map(ours().map((r) => [r.json.issue.ledgerNo, true])).keys()];
    expect(order).toEqual(issues.map((issue) => issue.ledgerNo));
    // Nothing left behind in the outbox for these problems.
    await eventually(
      () =>
        withAdmin(async (client) => {
          const { rows } = await client.query("SELECT count(*)::int AS n FROM notifications.delivery WHERE webhook_id = $1 AND ledger_no = ANY($2) AND status <> 'DELIVERED'", [hook.id, [...numbers]]);
          return rows[0].n === 0;
        }),
      'every delivery recorded as delivered',
    );
  });
});
