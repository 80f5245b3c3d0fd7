import { addDays, addHours, periodOf } from '@qinshang/calendar';
import { ConflictError } from '@qinshang/errors';
import type { RequestDb } from '@qinshang/database';
import { IssueStatus } from './state-machine';

/** Asia/Shanghai months, years and calendar-time arithmetic: `@qinshang/calendar`'s. */
export { addDays, addHours, periodOf, yearOf } from '@qinshang/calendar';

/** The parts of the campaign rules (published by the city, projected here) the ledger uses. */
export interface LedgerRules {
  version: number;
  deadlines: Record<string, { responseHours: number; resolutionDays: number }>;
  /** Days a leading group has to decide, per level. Not in every rules version: 7 days if absent. */
  escalationDecisionDays?: { DISTRICT?: number; CITY?: number };
}

export const DEFAULT_ESCALATION_DECISION_DAYS = 7;

/** The rules version in force for the month `at` falls in. */
export async function rulesAt(db: Pick<RequestDb, 'query'>, at: Date): Promise<LedgerRules> {
  const [row] = await db.query<{ version: number; body: LedgerRules }>(
    `SELECT version, body FROM issues.rules WHERE effective_from <= $1 ORDER BY effective_from DESC, version DESC LIMIT 1`,
    [periodOf(at)],
  );
  if (!row) throw new ConflictError('No campaign rules are in force yet: the city must publish them before problems can be entered');
  return { ...row.body, version: row.version };
}

export function deadlinesFor(rules: LedgerRules, category: string) {
  const deadline = rules.deadlines[category] ?? rules.deadlines.OTHER;
  if (!deadline) throw new ConflictError(`The campaign rules (version ${rules.version}) give no deadline for ${category}`);
  return deadline;
}


/**
 * When the stage a problem enters is due. Raised or returned: the office must act within the
 * response deadline; assigned: the department must accept or return it within it; being worked:
 * the overall due date; with a leading group: its decision window. Resolved, unsolvable and
 * closed problems have no stage clock (the overall clock is kept).
 */
export function stageDue(status: IssueStatus, now: Date, rules: LedgerRules, category: string, dueAt: Date | null, level: string | null): Date | null {
  const { responseHours } = deadlinesFor(rules, category);
  switch (status) {
    case IssueStatus.RAISED:
    case IssueStatus.RETURNED:
    case IssueStatus.ASSIGNED:
      return addHours(now, responseHours);
    case IssueStatus.ACCEPTED:
    case IssueStatus.IN_PROGRESS:
    case IssueStatus.REOPENED:
      return dueAt;
    case IssueStatus.ESCALATED: {
      const days = rules.escalationDecisionDays?.[level === 'CITY' ? 'CITY' : 'DISTRICT'] ?? DEFAULT_ESCALATION_DECISION_DAYS;
      return addDays(now, days);
    }
    default:
      return null;
  }
}
