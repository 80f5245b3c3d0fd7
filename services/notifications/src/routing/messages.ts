import type { IssueTransition, MonthlyReportDueReminded, VisitMinimumReminded } from '@qinshang/eventlog';
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
    case NotificationKind.VISIT_REMINDER:
    case NotificationKind.REPORT_REMINDER:
      throw new Error(`${kind} is not about a problem: see reminderMessage`);
  }
}

const month = (period: string) => `${Number(period.slice(0, 4))}年${Number(period.slice(5, 7))}月`;

/** 走访提醒 and 月报提醒: the words to an official, naming its own enterprises. */
export function reminderMessage(type: 'visit.minimum_reminded' | 'report.due_reminded', p: VisitMinimumReminded | MonthlyReportDueReminded): Message {
  if (type === 'visit.minimum_reminded') {
    const v = p as VisitMinimumReminded;
    const made = v.enterprises.map((e) => `${e.name}（已走访 ${e.visits} 次）`).join('、');
    return {
      title: `走访提醒：${month(v.period)}走访尚未达到 ${v.minimum} 次`,
      body: `你${month(v.period)}对结对企业的走访尚未达到每月至少 ${v.minimum} 次的要求：${made}。请尽快安排走访服务并在平台登记；确因出差、生病、培训或企业婉拒无法走访的，请登记说明。`,
    };
  }
  const r = p as MonthlyReportDueReminded;
  const due = new Date(new Date(r.dueAt).getTime() - 1).toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai' });
  return {
    title: `月报提醒：${month(r.period)}月报将于 ${due} 截止`,
    body: `你尚未上报结对服务的${r.enterprises.map((e) => e.name).join('、')}在${month(r.period)}的进展和运行情况，截止日期为 ${due}。请按时登录平台按月上报。`,
  };
}
