import { recount, unitOf } from '@qinshang/calendar';
import { calendarOfVersion } from './clock';
import type { IssueRow } from './issue.row';
import { CommandGroup, type Actor } from './ledger.step';
import { IssueStatus, OPEN_STATUSES } from './state-machine';

/** Stages whose clock is the response deadline (counted in working hours under WORKING_HOURS rules). */
const RESPONSE_STAGES: IssueStatus[] = [IssueStatus.RAISED, IssueStatus.RETURNED, IssueStatus.ASSIGNED];
/** Stages whose clock is the overall due date. */
const WORK_STAGES: IssueStatus[] = [IssueStatus.ACCEPTED, IssueStatus.IN_PROGRESS, IssueStatus.REOPENED];

/**
 * The working calendar changed (the city declared a day off, or a working day): an open problem
 * whose rules count working time has its clocks recounted on the new calendar, keeping as many
 * working days (or hours) from each clock's start as they had. Recorded as `issue.deadlines_moved`
 * when a clock moves; nothing moves for a problem in calendar time.
 */
export class CalendarCommands extends CommandGroup {
  async recount(issueId: string, actor: Actor): Promise<IssueRow | null> {
    const row = await this.queries.findIssue(issueId);
    if (!row || !OPEN_STATUSES.includes(row.status)) return null;
    const rules = await this.writer.rulesFor(row);
    const after = rules.calendar;
    const unit = unitOf(rules);
    if (unit === 'CALENDAR' || row.calendar_version >= after.version) return null;
    const before = await calendarOfVersion(this.db, row.calendar_version);
    const hours = unit === 'WORKING_HOURS';

    const set: Record<string, unknown> = { calendar_version: after.version };
    if (!row.responded_at && row.response_due_at) set.response_due_at = recount(row.raised_at, row.response_due_at, before, after, { hours });
    if (row.due_at) set.due_at = recount(row.raised_at, row.due_at, before, after);
    if (row.stage_due_at) {
      set.stage_due_at = WORK_STAGES.includes(row.status) && row.due_at
        ? set.due_at
        : recount(row.stage_started_at, row.stage_due_at, before, after, { hours: hours && RESPONSE_STAGES.includes(row.status) });
    }
    const moved = (['response_due_at', 'due_at', 'stage_due_at'] as const).some((column) => column in set && (set[column] as Date).getTime() !== row[column]!.getTime());
    if (!moved) {
      await this.db.query('UPDATE issues.issue SET calendar_version = $2 WHERE id = $1 AND version = $3', [row.id, after.version, row.version]);
      return null;
    }
    return this.writer.write(row, actor, {
      type: 'issue.deadlines_moved',
      set,
      keepStage: true,
      note: `Recounted on the city's calendar, version ${after.version}`,
      extra: { automatic: Boolean(actor.system), reason: `The working calendar changed (version ${after.version})` },
      after: async (updated) =>
        void (await this.db.query("UPDATE issues.escalation SET decide_by = $2 WHERE issue_id = $1 AND status = 'OPEN'", [updated.id, updated.stage_due_at])),
    });
  }
}
