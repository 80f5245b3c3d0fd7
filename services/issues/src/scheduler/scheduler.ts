import { Role } from '@qinshang/auth';
import { guardPool, inSystemTransaction, PeriodicRound, withSessionLock, type RequestDb } from '@qinshang/database';
import { DomainError } from '@qinshang/errors';
import type { Logger } from '@qinshang/logging';
import { inSpan, schedulerActions, schedulerRuns, SpanKind } from '@qinshang/telemetry';
import { Pool, type PoolClient } from 'pg';
import { LedgerService } from '../ledger/ledger.service';
import { OPEN_STATUSES_SQL } from '../ledger/state-machine';

export const SCHEDULER_ACTOR = 'system:scheduler';
const LOCK_KEY = 7_206_103;

export interface RunOptions {
  /** The moment to judge deadlines at (default: now). */
  asOf?: Date;
  /** Only this tenant's problems. */
  districtId?: string;
}

export interface RunResult {
  /** False when another replica held the scheduler's lock and this run did nothing. */
  ran: boolean;
  escalatedToDistrict: string[];
  escalatedToCity: string[];
  reminded: string[];
  /** Problems whose working-time clocks moved with a changed calendar (the city declared days). */
  recounted: string[];
}

/**
 * 催办 and automatic escalation. Each run first recounts the working-time clocks a changed
 * calendar moves (the city declared a day off), then judges deadlines at one moment: problems past their
 * overall due date go to the tenant's leading group; escalations the tenant's leading group has
 * not decided in time go on to the city's; any other stage past due gets one reminder per stage.
 *
 * Safe with many replicas: a run first takes a session advisory lock and does nothing if another
 * replica holds it; and every change is version-checked, so even two runs racing could not
 * escalate a problem twice. Idempotent: a run that finds nothing due changes nothing.
 */
export class Scheduler {
  private readonly pool: Pool;
  private readonly rounds = new PeriodicRound(
    () => this.runOnce(),
    (error) => this.options.logger?.error({ err: error }, 'scheduler run failed'),
  );

  constructor(private readonly options: { url: string; logger?: Pick<Logger, 'info' | 'error' | 'warn'> }) {
    // Every series from the start (at zero), so a rate is defined before the first run.
    for (const outcome of ['ran', 'skipped', 'failed']) schedulerRuns.inc({ outcome }, 0);
    for (const action of ['escalated_to_district', 'escalated_to_city', 'reminded', 'recounted']) schedulerActions.inc({ action }, 0);
    this.pool = guardPool(new Pool({ connectionString: options.url, max: 2, application_name: 'issues-scheduler' }), (error) =>
      options.logger?.warn({ err: error }, 'scheduler connection failed'),
    );
  }

  start(intervalMs: number): void {
    this.rounds.start(intervalMs);
  }

  async stop(): Promise<void> {
    await this.rounds.stop();
    await this.pool.end();
  }

  /** One run, counted (ran, skipped, failed) with what it did, in a span of its own. */
  async runOnce(options: RunOptions = {}): Promise<RunResult> {
    try {
      const result = await inSpan('scheduler run', { kind: SpanKind.INTERNAL, root: true }, async (span) => {
        const done = await this.judge(options);
        span.setAttributes({ 'qinshang.scheduler.ran': done.ran, 'qinshang.scheduler.escalated': done.escalatedToDistrict.length + done.escalatedToCity.length, 'qinshang.scheduler.reminded': done.reminded.length });
        return done;
      });
      schedulerRuns.inc({ outcome: result.ran ? 'ran' : 'skipped' });
      schedulerActions.inc({ action: 'escalated_to_district' }, result.escalatedToDistrict.length);
      schedulerActions.inc({ action: 'escalated_to_city' }, result.escalatedToCity.length);
      schedulerActions.inc({ action: 'reminded' }, result.reminded.length);
      schedulerActions.inc({ action: 'recounted' }, result.recounted.length);
      return result;
    } catch (error) {
      schedulerRuns.inc({ outcome: 'failed' });
      throw error;
    }
  }

  private async judge(options: RunOptions): Promise<RunResult> {
    const asOf = options.asOf ?? new Date();
    const result: RunResult = { ran: false, escalatedToDistrict: [], escalatedToCity: [], reminded: [], recounted: [] };
    const locked = await withSessionLock(this.pool, LOCK_KEY, async (client) => {
      result.ran = true;
      // First the calendar: clocks counted on an older one are recounted before anything is judged due.
      await this.recount(client, asOf, options.districtId ?? null, result);
      const due = await this.inTransaction(client, async () =>
        (
          await client.query<{ id: string; version: number; kind: string }>(
            `SELECT id, version,
                    CASE WHEN status = 'ESCALATED' AND level = 'DISTRICT' AND stage_due_at < $1 THEN 'CITY'
                         WHEN status IN ('RAISED','ASSIGNED','RETURNED','ACCEPTED','IN_PROGRESS','REOPENED') AND due_at < $1 THEN 'DISTRICT'
                         ELSE 'REMIND' END AS kind
               FROM issues.issue
              WHERE status IN (${OPEN_STATUSES_SQL})
                AND (($2::text IS NULL) OR district_id = $2)
                AND ((status = 'ESCALATED' AND level = 'DISTRICT' AND stage_due_at < $1)
                  OR (status IN ('RAISED','ASSIGNED','RETURNED','ACCEPTED','IN_PROGRESS','REOPENED') AND due_at < $1)
                  -- a stage already reminded is not looked at again: it cannot crowd out newer work
                  OR (stage_due_at < $1 AND reminded_stage_at IS DISTINCT FROM stage_started_at))
              ORDER BY stage_due_at NULLS LAST, id
              LIMIT 500`,
            [asOf, options.districtId ?? null],
          )
        ).rows,
      );
      for (const issue of due) {
        try {
          await this.inTransaction(client, async (ledger) => {
            const actor = { caller: SYSTEM_CALLER, system: SCHEDULER_ACTOR, now: asOf };
            if (issue.kind === 'DISTRICT') {
              await ledger.escalate({ issueId: issue.id, expectedVersion: issue.version, reason: 'Overdue: past its due date (automatic escalation)' }, actor);
              result.escalatedToDistrict.push(issue.id);
            } else if (issue.kind === 'CITY') {
              await ledger.escalate(
                { issueId: issue.id, expectedVersion: issue.version, reason: 'The district leading group did not decide in time (automatic escalation)' },
                actor,
              );
              result.escalatedToCity.push(issue.id);
            } else if (await ledger.remind(issue.id, actor)) {
              result.reminded.push(issue.id);
            }
          });
        } catch (error) {
          // A concurrent change (CONFLICT) is someone acting on the problem meanwhile: judge it next run.
          if (!(error instanceof DomainError)) throw error;
        }
      }
    });
    if (locked.ran && result.escalatedToDistrict.length + result.escalatedToCity.length + result.reminded.length + result.recounted.length > 0) {
      this.options.logger?.info(
        { district: result.escalatedToDistrict.length, city: result.escalatedToCity.length, reminded: result.reminded.length, recounted: result.recounted.length },
        'scheduler acted on overdue problems',
      );
    }
    return result;
  }

  /** Recounts the working-time clocks of open problems counted on an older calendar version. */
  private async recount(client: PoolClient, asOf: Date, districtId: string | null, result: RunResult): Promise<void> {
    const stale = await this.inTransaction(client, async () =>
      (
        await client.query<{ id: string }>(
          `SELECT i.id FROM issues.issue i JOIN issues.rules r ON r.version = i.rules_version
            WHERE i.status IN (${OPEN_STATUSES_SQL})
              AND (($1::text IS NULL) OR i.district_id = $1)
              AND coalesce(r.body->>'deadlineUnit', 'CALENDAR') <> 'CALENDAR'
              AND i.calendar_version < (SELECT coalesce(max(version), 0) FROM issues.calendar)
            ORDER BY i.id LIMIT 500`,
          [districtId],
        )
      ).rows,
    );
    for (const { id } of stale) {
      try {
        const moved = await this.inTransaction(client, (ledger) => ledger.recountClocks(id, { caller: SYSTEM_CALLER, system: SCHEDULER_ACTOR, now: asOf }));
        if (moved) result.recounted.push(id);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
      }
    }
  }

  private async inTransaction<T>(client: PoolClient, work: (ledger: LedgerService) => Promise<T>): Promise<T> {
    return inSystemTransaction(client, { actor: SCHEDULER_ACTOR }, () => {
      const db = { query: async (sql: string, parameters?: unknown[]) => (await client.query(sql, parameters)).rows } as unknown as RequestDb;
      return work(new LedgerService(db, SYSTEM_CALLER));
    });
  }
}

const SYSTEM_CALLER = { sub: SCHEDULER_ACTOR, role: Role.CITY_ADMIN, expiresAt: Number.MAX_SAFE_INTEGER };
