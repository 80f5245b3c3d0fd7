import { createHmac } from 'node:crypto';
import net from 'node:net';
import { BAQIAO, deleteWebhooks, escalate, eventually, office, raise, Receiver, registerWebhook } from './helpers';

type Deliveries = { webhooks: Array<{ id: string; deliveries: Array<{ id: string; status: string; attempts: number; ledgerNo: string }> }> };
const deliveriesOf = async (hookId: string) =>
  (await office(BAQIAO).ok<Deliveries>('{ webhooks { id deliveries(first: 50) { id status attempts ledgerNo } } }')).webhooks.find((w) => w.id === hookId)!.deliveries;

/** Done-when 3: retries keep their key; a receiver that was down gets everything, in order. */
describe('notifications: webhook retries', () => {
  const receivers: Receiver[] = [];
  afterAll(async () => {
    await deleteWebhooks();
    await Promise.all(receivers.map((r) => r.close()));
  });

  it('a receiver that answers 500 twice and then 200 gets the same delivery key three times, and the delivery is marked delivered', async () => {
    const receiver = await new Receiver().listen();
    receivers.push(receiver);
    let failures = 0;
    receiver.answer = () => ({ status: failures++ < 2 ? 500 : 200 });
    const hook = await registerWebhook(BAQIAO, receiver.url, ['issue.escalated']);
    const issue = await raise(BAQIAO, `重试测试 ${Date.now().toString(36)}`);
    await escalate(BAQIAO, issue.id);

    // (Only this problem's: the scheduler may escalate other overdue 灞桥区 problems meanwhile.)
    const ours = () => receiver.received.filter((r) => r.json.issue?.ledgerNo === issue.ledgerNo);
    await eventually(async () => (await deliveriesOf(hook.id)).some((d) => d.ledgerNo === issue.ledgerNo && d.status === 'DELIVERED'), 'the delivery marked delivered');
    const keys = ours().map((r) => r.headers['x-qinshang-delivery']);
    expect(ours()).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
    // Same bytes, same signature, every time.
    expect(new Set(ours().map((r) => r.body)).size).toBe(1);
    expect(ours()[2].headers['x-qinshang-signature']).toBe(`sha256=${createHmac('sha256', hook.secret).update(ours()[2].body).digest('hex')}`);
    const delivery = (await deliveriesOf(hook.id)).find((d) => d.ledgerNo === issue.ledgerNo);
    expect(delivery).toMatchObject({ id: keys[0], status: 'DELIVERED', attempts: 3 });
    // Backoff: the attempts were spread out, not sent back to back.
    expect(ours()[2].at - ours()[0].at).toBeGreaterThanOrEqual(200);
  });

  it('a receiver down while five escalations happen gets all five, in order, when it comes back', async () => {
    const port = await freePort();
    const hook = await registerWebhook(BAQIAO, `http://127.0.0.1:${port}/hooks/qinshang`, ['issue.escalated']);
    const suffix = Date.now().toString(36);
    const issues = [];
    for (let i = 0; i < 5; i++) issues.push(await raise(BAQIAO, `离线测试 ${suffix} ${i}`, i));
    for (const issue of issues) await escalate(BAQIAO, issue.id);
    const numbers = new Set(issues.map((issue) => issue.ledgerNo));
    // Nobody listens: the first delivery fails and waits; the others wait behind it.
    await eventually(async () => (await deliveriesOf(hook.id)).some((d) => numbers.has(d.ledgerNo) && d.attempts >= 2), 'failed attempts while the receiver is down');
    expect((await deliveriesOf(hook.id)).filter((d) => numbers.has(d.ledgerNo)).every((d) => d.status === 'PENDING')).toBe(true);

    const receiver = await new Receiver().listen(port);
    receivers.push(receiver);
    const ours = () => receiver.received.filter((r) => numbers.has(r.json.issue?.ledgerNo));
    await eventually(() => new Set(ours().map((r) => r.headers['x-qinshang-delivery'])).size >= 5, 'all five deliveries', 30_000);
    const firsts = [...new Map(ours().map((r) => [r.headers['x-qinshang-delivery'], r.json.issue.ledgerNo])).values()];
    expect(firsts).toEqual(issues.map((issue) => issue.ledgerNo));
    await eventually(async () => (await deliveriesOf(hook.id)).filter((d) => numbers.has(d.ledgerNo)).every((d) => d.status === 'DELIVERED'), 'all marked delivered');
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
