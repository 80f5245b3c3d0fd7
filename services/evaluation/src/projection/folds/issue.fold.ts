import { ISSUE_TRANSITION_TYPES, type EventType, type IssueTransition, type StoredEvent } from '@qinshang/eventlog';
import { periodOf } from '../../common/period';
import { clocksFor, pickRules } from '../../rules/rules';
import { iso, type Batch, type Fold, type IssueRow } from '../batch';

/** Every step of a problem on the ledger: its clocks, and its closures, escalations and returns. */
export const ISSUE_TYPES = [...ISSUE_TRANSITION_TYPES, 'issue.deadlines_moved'] as const satisfies readonly EventType[];

export const issueFold: Fold = { types: ISSUE_TYPES, apply: (event, batch) => applyIssueEvent(event, batch) };

/** True when a return's reason says nothing (empty or only white space, full-width included). */
export function isBlankReason(reason: string | null | undefined): boolean {
  return !reason || reason.replace(/[\s\u3000]/g, '') === '';
}

/** A row as read from the table (times as Dates) in the fold's form. */
export function normaliseIssue(row: IssueRow): IssueRow {
  const t = (v: string | Date | null) => (v === null ? null : iso(v));
  return {
    ...row,
    raised_at: iso(row.raised_at),
    response_due_at: iso(row.response_due_at),
    responded_at: t(row.responded_at),
    due_at: iso(row.due_at),
    resolved_at: t(row.resolved_at),
    unsolvable_at: t(row.unsolvable_at),
  };
}

/** The step that decides a problem's path (the bulletin's 当场解决 / 交办 / 上报): the first of these. */
const FIRST_PATH: Readonly<Record<string, string>> = { 'issue.resolved_on_spot': 'ON_SPOT', 'issue.assigned': 'ASSIGNED', 'issue.escalated': 'ESCALATED' };

function applyIssueEvent(event: StoredEvent, batch: Batch): void {
  const { issues } = batch;
  const rulesVersions = batch.rulesVersions ?? [];
  const out = batch;
  const p = event.payload as IssueTransition;
  let row = issues.get(p.issueId);
  if (!row) {
    // The clocks the rules give, from the rules known at this point of the log; the ledger's own
    // clocks (responseDueAt, dueAt on the payload) replace them as soon as an event carries them.
    const raisedAt = new Date(p.raisedAt ?? event.occurredAt);
    const clocks = clocksFor(pickRules(rulesVersions, periodOf(raisedAt)), p.category, raisedAt, batch.calendar);
    row = {
      issue_id: p.issueId,
      district_id: p.districtId,
      official_id: p.officialId ?? null,
      ledger_no: p.ledgerNo,
      category: p.category,
      status: p.status,
      raised_at: raisedAt.toISOString(),
      response_due_at: clocks.responseDueAt.toISOString(),
      responded_at: null,
      due_at: clocks.dueAt.toISOString(),
      resolved_at: null,
      unsolvable_at: null,
      enterprise_id: p.enterpriseId ?? null,
      problem_class: p.problemClass ?? null,
      path: null,
    };
    issues.set(p.issueId, row);
  }
  row.district_id = p.districtId ?? row.district_id;
  row.official_id = p.officialId ?? row.official_id;
  row.ledger_no = p.ledgerNo ?? row.ledger_no;
  row.category = p.category ?? row.category;
  row.status = p.status ?? row.status;
  row.enterprise_id = p.enterpriseId ?? row.enterprise_id;
  row.problem_class = p.problemClass ?? row.problem_class;
  row.path ??= FIRST_PATH[event.type] ?? null;
  if (p.responseDueAt) row.response_due_at = iso(p.responseDueAt);
  if (p.dueAt) row.due_at = iso(p.dueAt);
  if (p.respondedAt && !row.responded_at) row.responded_at = iso(p.respondedAt);
  const base = { position: event.position, issue_id: p.issueId, district_id: row.district_id, official_id: row.official_id };
  switch (event.type as string) {
    case 'issue.resolved':
    case 'issue.resolved_on_spot':
      row.resolved_at = iso(p.resolvedAt ?? event.occurredAt);
      break;
    case 'issue.reopened':
      // The enterprise was not satisfied: the problem is not solved until it is resolved again.
      // Its DISSATISFIED verdict on the resolution is a rating like a closure's (满意度 counts it).
      row.resolved_at = null;
      if (p.satisfaction === 'DISSATISFIED') out.closures.push({ ...base, period: periodOf(event.occurredAt), satisfaction: 'DISSATISFIED' });
      break;
    case 'issue.unsolvable':
      row.unsolvable_at ??= iso(event.occurredAt);
      break;
    case 'issue.closed':
      out.closures.push({ ...base, period: periodOf(event.occurredAt), satisfaction: p.satisfaction ?? null });
      break;
    case 'issue.escalated':
      out.escalations.push({ ...base, period: periodOf(event.occurredAt), level: p.level ?? null });
      break;
    case 'issue.returned':
      out.returns.push({ ...base, ledger_no: row.ledger_no, reason: p.reason ?? null, without_reason: isBlankReason(p.reason), occurred_at: iso(event.occurredAt) });
      break;
  }
}
