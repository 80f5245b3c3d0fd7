import { createHmac } from 'node:crypto';
import { BAQIAO, deleteWebhooks, escalate, eventually, HUXIAN, lastPositionOf, office, raise, Receiver, registerWebhook, routedPast, withAdmin } from './helpers';

const REGISTER = 'mutation($input: RegisterWebhookInput!) { registerWebhook(input: $input) { id secret } }';

describe('notifications: webhooks', () => {
  const receiver = new Receiver();
  beforeAll(() => receiver.listen());
  afterAll(async () => {
    await deleteWebhooks();
    await receiver.close();
  });

  /** Done-when 2. */
  it("a 灞桥区 webhook for issue.escalated gets one signed POST per 灞桥区 escalation and none of 户县's", async () => {
    const hook = await registerWebhook(BAQIAO, receiver.url, ['issue.escalated']);
    expect(hook.secret).toMatch(/^whsec_/);
    const suffix = Date.now().toString(36);
    const ours = [await raise(BAQIAO, `上报测试 ${suffix} 1`), await raise(BAQIAO, `上报测试 ${suffix} 2`, 1)];
    const theirs = await raise(HUXIAN, `上报测试 ${suffix}`);
    await escalate(HUXIAN, theirs.id);
    for (const issue of ours) await escalate(BAQIAO, issue.id);

    const mine = () => receiver.received.filter((r) => r.json.issue && ours.some((issue) => issue.ledgerNo === r.json.issue.ledgerNo));
    await eventually(() => mine().length >= 2, 'two deliveries');
    // The 户县 escalation was routed (the router is past it) and sent nowhere near this webhook.
    await routedPast(await lastPositionOf(theirs.id));
    const keys = new Set(mine().map((r) => r.headers['x-qinshang-delivery']));
    expect(keys.size).toBe(2);
    expect(mine().map((r) => r.json.issue.ledgerNo).sort()).toEqual(ours.map((issue) => issue.ledgerNo).sort());
    expect(receiver.received.some((r) => r.json.issue?.ledgerNo === theirs.ledgerNo || r.json.tenant?.id === HUXIAN)).toBe(false);
    await withAdmin(async (client) => {
      const { rowCount } = await client.query('SELECT 1 FROM notifications.delivery WHERE webhook_id = $1 AND issue_id = $2', [hook.id, theirs.id]);
      expect(rowCount).toBe(0);
    });

    for (const request of mine()) {
      expect(request.headers['x-qinshang-event']).toBe('issue.escalated');
      expect(request.headers['x-qinshang-signature']).toBe(`sha256=${createHmac('sha256', hook.secret).update(request.body).digest('hex')}`);
      expect(request.json).toMatchObject({ type: 'issue.escalated', tenant: { id: BAQIAO, name: '灞桥区' }, id: request.headers['x-qinshang-delivery'] });
      expect(Buffer.from(request.json.cursor, 'base64url').toString()).toMatch(/^f1:\d+$/);
    }
    // A forged signature (another secret) would not verify.
    expect(mine()[0].headers['x-qinshang-signature']).not.toBe(`sha256=${createHmac('sha256', 'not-the-secret').update(mine()[0].body).digest('hex')}`);

    // The office sees the deliveries, and the secret is nowhere in the database in the clear.
    const seen = await office(BAQIAO).ok<{ webhooks: Array<{ id: string; deliveries: Array<{ status: string; ledgerNo: string }> }> }>(
      '{ webhooks { id deliveries(first: 10) { status ledgerNo } } }',
    );
    const listed = seen.webhooks.find((w) => w.id === hook.id)!;
    await eventually(async () => {
      const again = await office(BAQIAO).ok<{ webhooks: Array<{ id: string; deliveries: Array<{ status: string }> }> }>('{ webhooks { id deliveries(first: 10) { status } } }');
      return again.webhooks.find((w) => w.id === hook.id)!.deliveries.filter((d) => d.status === 'DELIVERED').length === 2;
    }, 'both deliveries marked delivered');
    expect(listed.deliveries.map((d) => d.ledgerNo).sort()).toEqual(ours.map((issue) => issue.ledgerNo).sort());
    await withAdmin(async (client) => {
      const { rows } = await client.query('SELECT secret_box FROM notifications.webhook WHERE id = $1', [hook.id]);
      expect(rows[0].secret_box).not.toContain(hook.secret.slice(6));
    });
    const stranger = await office(HUXIAN).ok<{ webhooks: Array<{ id: string }> }>('{ webhooks { id } }');
    expect(stranger.webhooks.map((w) => w.id)).not.toContain(hook.id);
  });

  /** Done-when 5. */
  it.each(['http://169.254.169.254/latest/meta-data', 'http://10.0.0.1/hook', 'http://[::ffff:10.0.0.1]/hook'])('refuses a webhook to %s with BAD_USER_INPUT on the url', async (url) => {
    const response = await office(BAQIAO).send(REGISTER, { input: { url, events: ['issue.escalated'], format: 'JSON' } });
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.url' });
    expect(JSON.stringify(response.errors)).not.toMatch(/at .*\.js/);
  });

  it('refuses unknown events, other schemes and roles that are not an office', async () => {
    const unknown = await office(BAQIAO).send(REGISTER, { input: { url: receiver.url, events: ['issue.nope'] } });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.events' });
    const scheme = await office(BAQIAO).send(REGISTER, { input: { url: 'file:///etc/passwd', events: ['issue.escalated'] } });
    expect(scheme.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.url' });
    const { Actor } = await import('@qinshang/testkit');
    const official = new Actor({ role: 'OFFICIAL' as never, districtId: BAQIAO, officialId: `${BAQIAO}-O0001` });
    const refused = await official.send(REGISTER, { input: { url: receiver.url, events: ['issue.escalated'] } });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
