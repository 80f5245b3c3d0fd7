// ---- issues subgraph -------------------------------------------------------------------------

/**
 * Every ledger transition is one `issue.*` event with this payload (plus the fields named for
 * the type below). `status` is the state after the transition; `version` the issue's version
 * after it (one event per version: the history has no gap).
 */
export interface IssueTransition {
  issueId: string;
  ledgerNo: string;
  districtId: string;
  enterpriseId: string;
  /** The official paired with the enterprise when the problem was raised, if known. */
  officialId: string | null;
  category: string;
  from: string | null;
  status: string;
  version: number;
  reason?: string | null;
  /** The clocks after the transition. */
  responseDueAt?: string | null;
  dueAt?: string | null;
  departmentId?: string | null;
  responsiblePerson?: string | null;
  satisfaction?: 'SATISFIED' | 'BASICALLY_SATISFIED' | 'DISSATISFIED' | null;
  /** For escalations: the level it went to and the escalation's id. */
  level?: 'DISTRICT' | 'CITY' | null;
  escalationId?: string | null;
  /** True when the platform (the scheduler) did it, not a person. */
  automatic?: boolean;
  /**
   * Set on the one event that stops the response clock (件件有回应): the problem's first answer to
   * the enterprise (a response, an acceptance, a return with reason, or a resolution on the spot).
   */
  respondedAt?: string | null;
  /** Set on `issue.resolved` and `issue.resolved_on_spot`: when it was solved (compare with dueAt). */
  resolvedAt?: string | null;
  /** When the problem was raised (on every event, so a reader needs no other event to place it). */
  raisedAt?: string;
  urgency?: 'NORMAL' | 'URGENT' | null;
  /**
   * 问题分类, as the office classes it (the bulletin's): A simple, B needing district departments
   * to coordinate, C and D provisional, for the leading groups. On every event once set.
   */
  problemClass?: 'A' | 'B' | 'C' | 'D' | null;
  /** Free text that goes with the step: a response's message, a resolution, a decision. */
  note?: string | null;
  milestoneId?: string | null;
  milestoneTitle?: string | null;
  extensionRequestId?: string | null;
  /** For a leading group's decision: what happens next (ASSIGN, BACK_TO_OFFICE, UNSOLVABLE, RESOLVED). */
  outcome?: string | null;
  instructions?: string | null;
  systemicIssueId?: string | null;
}

export interface SystemicIssueChanged {
  systemicIssueId: string;
  title: string;
  issueIds: string[];
  districtIds: string[];
  status: string;
}
