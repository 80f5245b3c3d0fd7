import type { Escalation, ExtensionRequest } from './types';

/** A row of `issues.escalation`. */
export interface EscalationRow {
  id: string;
  issue_id: string;
  district_id: string;
  level: string;
  reason: string;
  automatic: boolean;
  status: string;
  raised_by: string;
  raised_at: Date;
  decide_by: Date | null;
  decision: string | null;
  instructions: string | null;
  outcome: string | null;
  decided_at: Date | null;
  systemic_issue_id: string | null;
  event_position: string | null;
}

export function toEscalation(row: EscalationRow): Escalation {
  return {
    id: row.id,
    issueId: row.issue_id,
    districtId: row.district_id,
    level: row.level as Escalation['level'],
    reason: row.reason,
    raisedAt: row.raised_at,
    automatic: row.automatic,
    status: row.status as Escalation['status'],
    decideBy: row.decide_by,
    decision: row.decision,
    instructions: row.instructions,
    outcome: row.outcome as Escalation['outcome'],
    decidedAt: row.decided_at,
    systemicIssueId: row.systemic_issue_id,
  };
}

export function toExtension(row: Record<string, unknown>): ExtensionRequest {
  return {
    id: row.id as string,
    requestedDueAt: row.requested_due_at as Date,
    previousDueAt: row.previous_due_at as Date,
    reason: row.reason as string,
    status: row.status as string,
    requestedAt: row.requested_at as Date,
    decidedAt: (row.decided_at as Date | null) ?? null,
    decisionNote: (row.decision_note as string | null) ?? null,
  };
}
