import { BAQIAO, deleteWebhooks, escalate, eventually, office, raise, Receiver, registerWebhook, withAdmin } from './helpers';

/** The group robots of 钉钉 and 企业微信: their own message format, and their access token kept sealed. */
describe('notifications: chat-robot webhooks', () => {
  const receiver = new Receiver();
  beforeAll(() => receiver.listen());
  afterAll(async () => {
    await deleteWebhooks();
    await receiver.close();
  });

  it.each(['DINGTALK', 'WECOM'])('%s: a markdown message with the ledger number and nothing personal; the access token is never shown or stored in the clear', async (format) => {
    const token = `robot-token-${format.toLowerCase()}-${Date.now().toString(36)}`;
    const hook = await registerWebhook(BAQIAO, `${receiver.url}?access_token=${token}`, ['issue.escalated'], format);
    const issue = await raise(BAQIAO, `机器人测试 钱七 ${format}`);
    await escalate(BAQIAO, issue.id);

    const message = await eventually(() => receiver.received.find((r) => r.url.includes(token) && r.body.includes(issue.ledgerNo)), `the ${format} message`);
    expect(message.json.msgtype).toBe('markdown');
    const text: string = format === 'DINGTALK' ? message.json.markdown.text : message.json.markdown.content;
    expect(text).toContain(issue.ledgerNo);
    expect(text).toContain('灞桥区');
    // The problem's title (and the person in it) and the escalation's reason stay out of the group chat.
    expect(message.body).not.toContain('钱七');
    expect(message.body).not.toContain('需领导小组协调');

    const listed = await office(BAQIAO).ok<{ webhooks: Array<{ id: string; url: string; format: string }> }>('{ webhooks { id url format } }');
    const shown = listed.webhooks.find((w) => w.id === hook.id)!;
    expect(shown).toMatchObject({ format, url: `${receiver.url}?…` });
    await withAdmin(async (client) => {
      const { rows } = await client.query('SELECT row_to_json(w)::text AS row FROM notifications.webhook w WHERE id = $1', [hook.id]);
      expect(rows[0].row).not.toContain(token);
      const events = await client.query("SELECT payload::text AS payload FROM eventlog.event WHERE type = 'webhook.registered' AND stream_id = $1", [hook.id]);
      expect(events.rows[0].payload).not.toContain(token);
    });
  });
});
