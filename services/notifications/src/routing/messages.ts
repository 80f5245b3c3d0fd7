import type { IssueTransition } from '@qinshang/eventlog';
import { NotificationKind } from './kinds';

export interface Message {
  title: string;
  body: string;
}

const LEVEL = { DISTRICT: '区县', CITY: '市' } as Record<string, string>;
const OUTCOME: Record<string, string> = { ASSIGN: '交办部门', BACK_TO_OFFICE: '退回办公室', UNSOLVABLE: '政策性暂不能解决', RESOLVED: '已解决' };
const STATUS: Record<string, string> = {
  RAISED: '已登记',
  ASSIGNED: '已分派',
  RETURNED: '已退单',
  ACCEPTED: '已受理',
  IN_PROGRESS: '办理中',
  RESOLVED: '已办结',
  RESOLVED_ON_SPOT: '当场解决',
  CLOSED: '已销号',
  REOPENED: '重新办理',
  ESCALATED: '已上报',
  UNSOLVABLE: '政策性暂不能解决',
};

export const statusLabel = (status: string) => STATUS[status] ?? status;

const day = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai' }) : '未定');
const said = (text: string | null | undefined, prefix: string) => (text ? `${prefix}${text}。` : '');

/** The inbox's and the e-mail's words, in Chinese, for one kind of notification about a problem. */
export function messageFor(kind: NotificationKind, p: IssueTransition, districtName: string): Message {
  const no = p.ledgerNo;
  switch (kind) {
    case NotificationKind.ASSIGNED:
      return {
        title: `问题 ${no} 已分派至你单位`,
        body: `${districtName}的问题 ${no} 已分派给你单位办理，责任人：${p.responsiblePerson ?? '未指定'}，办结时限：${day(p.dueAt)}。请及时受理。`,
      };
    case NotificationKind.RETURNED:
      return { title: `问题 ${no} 被退单`, body: `承办部门退回了问题 ${no}。${said(p.reason, '退单理由：')}请重新分派。` };
    case NotificationKind.REMINDER:
      return { title: `催办：问题 ${no} 已超过时限`, body: `问题 ${no}（${statusLabel(p.status)}）当前环节已超过办理时限，请尽快办理。${said(p.reason, '说明：')}` };
    case NotificationKind.ESCALATED:
      return {
        title: `问题 ${no} 已上报${LEVEL[p.level ?? 'DISTRICT'] ?? ''}领导小组`,
        body: `${districtName}的问题 ${no} 已上报${LEVEL[p.level ?? 'DISTRICT'] ?? ''}领导小组，请领导小组办公室研究决定。${said(p.reason, '上报理由：')}`,
      };
    case NotificationKind.DECIDED:
      return {
        title: `领导小组已对问题 ${no} 作出决定`,
        body: `${LEVEL[p.level ?? 'DISTRICT'] ?? ''}领导小组对问题 ${no} 的决定：${OUTCOME[p.outcome ?? ''] ?? p.outcome ?? ''}。${said(p.note, '决定内容：')}${said(p.instructions, '工作要求：')}`,
      };
    case NotificationKind.AWAITING_CONFIRMATION:
      return { title: `问题 ${no} 已办结，请确认销号`, body: `你单位反映的问题 ${no} 已办结。${said(p.note, '办理结果：')}请登录平台确认并评价满意度。` };
    case NotificationKind.CONFIRMATION_REMINDER:
      return { title: `提醒：问题 ${no} 尚待你确认销号`, body: `你单位反映的问题 ${no} 已办结多日，尚未确认。请登录平台确认并评价满意度。` };
  }
}
