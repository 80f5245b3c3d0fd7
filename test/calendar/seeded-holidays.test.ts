import { addCalendarDays, localDay, WorkingCalendar } from '@qinshang/calendar';
import { stackInfo } from '@qinshang/testkit';
import { Client } from 'pg';

/**
 * The seeded history (SEED_HISTORY), as the assessment counts it (its own projection of the
 * log): no problem is counted overdue only for time the offices were closed. Whatever is late,
 * answered or solved after its clock ran out, is late into at least one working day.
 */
describe('the seeded history on the working calendar', () => {
  it('counts no problem overdue for time inside a holiday', async () => {
    const client = new Client({ connectionString: stackInfo().adminDatabaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ id: string; response_due_at: Date; responded_at: Date | null; due_at: Date; resolved_at: Date | null; unsolvable_at: Date | null }>(
        `SELECT e.issue_id AS id, e.response_due_at, e.responded_at, e.due_at, e.resolved_at, e.unsolvable_at
           FROM evaluation.issue e JOIN issues.issue i ON i.id::text = e.issue_id WHERE i.generated`,
      );
      expect(rows.length).toBeGreaterThan(1000);
      const calendar = new WorkingCalendar();
      // Overdue only for closed time: every day from the clock's end to the step is a day off.
      const lateOnlyInHoliday = (due: Date, done: Date | null) => {
        if (!done || done.getTime() <= due.getTime()) return false;
        for (let day = localDay(due); day <= localDay(done); day = addCalendarDays(day, 1)) if (calendar.isWorkingDay(day)) return false;
        return true;
      };
      const late = { answer: 0, solution: 0 };
      const offenders: string[] = [];
      for (const row of rows) {
        if (row.responded_at && row.responded_at > row.response_due_at) late.answer++;
        if (row.resolved_at && row.resolved_at > row.due_at) late.solution++;
        if (lateOnlyInHoliday(row.response_due_at, row.responded_at)) offenders.push(`${row.id}: answered ${row.responded_at!.toISOString()}, due ${row.response_due_at.toISOString()}`);
        if (!row.unsolvable_at && lateOnlyInHoliday(row.due_at, row.resolved_at)) offenders.push(`${row.id}: solved ${row.resolved_at!.toISOString()}, due ${row.due_at.toISOString()}`);
      }
      // The history still has late problems (the campaign's figures need them), just none late only across a holiday.
      expect(late.answer).toBeGreaterThan(0);
      expect(late.solution).toBeGreaterThan(0);
      expect(offenders).toEqual([]);
      // Nothing the offices did happened on a day they were closed.
      const { rows: steps } = await client.query<{ occurred_at: Date; type: string }>(
        `SELECT ev.occurred_at, ev.type FROM eventlog.event ev JOIN issues.issue i ON i.id::text = ev.stream_id
          WHERE i.generated AND ev.type IN ('issue.assigned', 'issue.accepted', 'issue.resolved', 'issue.escalated', 'issue.escalation_decided', 'issue.responded')`,
      );
      expect(steps.filter((s) => !calendar.isWorkingDay(localDay(s.occurred_at)))).toEqual([]);
    } finally {
      await client.end();
    }
  });
});
