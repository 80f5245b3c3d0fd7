import { randomUUID } from 'node:crypto';
import type { Caller } from '@qinshang/auth';
import { onceRecord } from '@qinshang/database';
import { BadUserInputError, ConflictError } from '@qinshang/errors';
import { appendEvents } from '@qinshang/eventlog';
import type { EntityManager } from 'typeorm';
import { assertCan } from '../access/permissions';
import { isPeriod, localPeriod } from '../common/calendar';
import { rows } from '../common/db-errors';
import { reportDueAtFor } from '../rules/rules.projection';
import { EVENT_SOURCE, reportSubmittedEvent } from '../common/events';
import { normaliseText } from '../enterprise/enterprise.rules';
import { lockActivePairing } from '../pairing/active-pairing';
import type { SubmitMonthlyReportInput } from './dto/submit-report.input';
import { reportColumns, toReport } from './report.queries';
import type { MonthlyReport } from './report.type';

/**
 * 按月上报: one report per pairing and month, by the paired official or an office. A second
 * report for the same pairing and month is a CONFLICT (no silent overwrite; corrections are a
 * later feature, as a new version). Late when submitted after the end of day 5 of the following
 * month, Asia/Shanghai (`reportDueDay` of the campaign rules in force for the period).
 */
export class ReportCommands {
  constructor(
    private readonly manager: () => Promise<EntityManager>,
    private readonly caller: Caller,
  ) {}

  /** Submits once per idempotency key: a retry with the key gets the first report back. */
  async submit(input: SubmitMonthlyReportInput): Promise<MonthlyReport> {
    assertCan(this.caller, 'SUBMIT_MONTHLY_REPORT');
    const manager = await this.manager();
    return onceRecord(
      manager,
      'districts',
      { operation: 'submitMonthlyReport', input },
      () => this.submitNew(input),
      (report) => report.id,
      async (id) => toReport((await rows(manager, `SELECT ${reportColumns('r')} FROM districts.monthly_report r WHERE r.id = $1`, [id]))[0]),
    );
  }

  private async submitNew(input: SubmitMonthlyReportInput): Promise<MonthlyReport> {
    const period = input.period.trim();
    if (!isPeriod(period)) throw new BadUserInputError('period', 'A period is a month, YYYY-MM');
    if (period > localPeriod()) throw new BadUserInputError('period', 'A month that has not begun cannot be reported on');
    const progress = normaliseText(input.progress);
    if (!progress) throw new BadUserInputError('progress', 'Describe the progress and operations of the month');
    if (progress.length > 4000) throw new BadUserInputError('progress', 'progress is longer than 4000 characters');
    for (const field of ['outputValue', 'investment'] as const) {
      const value = input[field];
      if (value != null && (!Number.isFinite(value) || value < 0 || value >= 1e14)) throw new BadUserInputError(field, `${field} is an amount in yuan, 0 or more`);
    }

    const manager = await this.manager();
    const pairing = await lockActivePairing(manager, this.caller, input.enterpriseId);
    if (period < pairing.startedOn.slice(0, 7)) {
      throw new BadUserInputError('period', `The current pairing started on ${pairing.startedOn}: an earlier month is not this official's`);
    }
    const submittedAt = new Date();
    const dueAt = await reportDueAtFor(manager, period);
    const [row] = await rows(
      manager,
      `WITH i AS (
         INSERT INTO districts.monthly_report
           (id, district_id, pairing_id, enterprise_id, official_id, period, progress, output_value, investment, submitted_at, due_at, late, recorded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
         ON CONFLICT (pairing_id, period) DO NOTHING RETURNING *)
       SELECT ${reportColumns('i')} FROM i`,
      [
        randomUUID(),
        pairing.districtId,
        pairing.id,
        pairing.enterpriseId,
        pairing.officialId,
        period,
        progress,
        input.outputValue ?? null,
        input.investment ?? null,
        submittedAt,
        dueAt,
        submittedAt >= dueAt,
        this.caller.sub,
      ],
    );
    if (!row) throw new ConflictError('The report for this enterprise and month is already submitted', { reason: 'ALREADY_SUBMITTED', field: 'period' });
    const report = toReport(row);
    await appendEvents(manager, EVENT_SOURCE, [
      reportSubmittedEvent({
        reportId: report.id,
        districtId: report.districtId,
        officialId: report.officialId,
        enterpriseId: report.enterpriseId,
        period: report.period,
        submittedAt: report.submittedAt.toISOString(),
        dueAt: report.dueAt.toISOString(),
        late: report.late,
      }),
    ]);
    return report;
  }
}
