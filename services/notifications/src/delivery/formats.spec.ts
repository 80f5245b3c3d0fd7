import { feedCursor, webhookBody, WebhookFormat, type WebhookFacts } from './formats';

const facts: WebhookFacts = {
  deliveryId: '7d0c1d6e-2f0e-4a7b-9a51-2f4f3d1c0a11',
  eventType: 'issue.escalated',
  cursor: feedCursor('42'),
  occurredAt: '2026-12-01T08:00:00.000Z',
  districtId: '610111',
  districtName: '灞桥区',
  issueId: 'i-1',
  ledgerNo: '610111-2026-000001',
  status: 'ESCALATED',
  level: 'DISTRICT',
  link: 'http://localhost:4000/issues/i-1',
};

describe('webhook bodies', () => {
  it('JSON names the event type, ledger number, tenant and cursor', () => {
    const body = JSON.parse(webhookBody(WebhookFormat.JSON, facts));
    expect(body).toMatchObject({ id: facts.deliveryId, type: 'issue.escalated', cursor: facts.cursor, tenant: { id: '610111', name: '灞桥区' }, issue: { ledgerNo: '610111-2026-000001' } });
    expect(Buffer.from(body.cursor, 'base64url').toString()).toBe('f1:42');
  });

  it('robot messages are markdown with the ledger number and no more than the public facts', () => {
    const ding = JSON.parse(webhookBody(WebhookFormat.DINGTALK, facts));
    expect(ding.msgtype).toBe('markdown');
    expect(ding.markdown.text).toContain('610111-2026-000001');
    expect(ding.markdown.text).toContain('问题上报领导小组');
    const wecom = JSON.parse(webhookBody(WebhookFormat.WECOM, facts));
    expect(wecom.markdown.content).toContain('灞桥区');
    expect(Object.keys(wecom)).toEqual(['msgtype', 'markdown']);
  });
});
