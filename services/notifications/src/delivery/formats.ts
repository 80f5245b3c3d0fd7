import { EVENT_LABELS } from '../routing/kinds';
import { statusLabel } from '../routing/messages';

export enum WebhookFormat {
  JSON = 'JSON',
  /** 钉钉 group robot (custom robot, markdown message). */
  DINGTALK = 'DINGTALK',
  /** 企业微信 group robot (markdown message). */
  WECOM = 'WECOM',
}

/** What a webhook delivery says: the event and the problem's public facts, nothing personal. */
export interface WebhookFacts {
  deliveryId: string;
  eventType: string;
  /** The event's place in the log, as the escalation feed's cursor (resume there with `after`). */
  cursor: string;
  occurredAt: string;
  districtId: string | null;
  districtName: string | null;
  issueId: string | null;
  ledgerNo: string | null;
  status: string | null;
  level: string | null;
  link: string | null;
}

/** A log position as the escalation feed's cursor, so a receiver can resume the feed from it. */
export function feedCursor(position: string): string {
  return Buffer.from(`f1:${position}`, 'utf8').toString('base64url');
}

/**
 * The body, fixed when the delivery is queued: every retry sends the same bytes (and so the same
 * signature). Robot messages carry the event, ledger number, tenant and status only: no names,
 * no reasons, nothing about a person.
 */
export function webhookBody(format: WebhookFormat, facts: WebhookFacts): string {
  const label = EVENT_LABELS[facts.eventType] ?? facts.eventType;
  const lines = [
    `台账编号：${facts.ledgerNo ?? '—'}`,
    `区县：${facts.districtName ?? facts.districtId ?? '全市'}`,
    ...(facts.status ? [`状态：${statusLabel(facts.status)}`] : []),
    ...(facts.level ? [`层级：${facts.level === 'CITY' ? '市领导小组' : '区县领导小组'}`] : []),
  ];
  const link = facts.link ? `[在平台中查看](${facts.link})` : '';
  switch (format) {
    case WebhookFormat.JSON:
      return JSON.stringify({
        id: facts.deliveryId,
        type: facts.eventType,
        cursor: facts.cursor,
        occurredAt: facts.occurredAt,
        tenant: facts.districtId ? { id: facts.districtId, name: facts.districtName } : null,
        issue: facts.issueId ? { id: facts.issueId, ledgerNo: facts.ledgerNo, status: facts.status, level: facts.level } : null,
        link: facts.link,
      });
    case WebhookFormat.DINGTALK:
      return JSON.stringify({
        msgtype: 'markdown',
        markdown: { title: `亲商助企：${label}`, text: [`#### 亲商助企：${label}`, ...lines.map((line) => `- ${line}`), '', link].join('\n') },
      });
    case WebhookFormat.WECOM:
      return JSON.stringify({
        msgtype: 'markdown',
        markdown: { content: [`**亲商助企：${label}**`, ...lines.map((line) => `> ${line}`), link].join('\n') },
      });
  }
}
