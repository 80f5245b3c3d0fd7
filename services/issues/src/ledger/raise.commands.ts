import { Role } from '@qinshang/auth';
import { once, operationFingerprint } from '@qinshang/database';
import { NotFoundError } from '@qinshang/errors';
import { assertCan } from '../access/permissions';
import { resolutionDueFor, responseDueFor, rulesAt, yearOf } from './clock';
import type { RaiseIssueInput, ResolveIssueInput } from './issue.inputs';
import type { IssueRow } from './issue.row';
import { CommandGroup, firstResponse, firstResponseExtra, type Actor } from './ledger.step';
import { IssueAction, IssueStatus } from './state-machine';

/** Raising a problem (with its ledger number and clocks), and solving one on the spot. */
export class RaiseCommands extends CommandGroup {
  /** Raises a problem once per idempotency key: a retry with the key gets the first problem back. */
  async raise(input: RaiseIssueInput, actorIn?: Actor): Promise<IssueRow> {
    assertCan(this.caller, 'RAISE');
    if (input.resolvedOnSpot !== undefined && input.resolvedOnSpot !== null) assertCan(this.caller, IssueAction.RESOLVE_ON_SPOT);
    let created: IssueRow | null = null;
    const { id } = await once(this.db, 'issues', { key: input.idempotencyKey, operation: operationFingerprint('raiseIssue', input) }, async () => {
      created = await this.create(input, actorIn);
      return created.id;
    });
    const row = created ?? (await this.queries.findIssue(id));
    if (!row) throw new NotFoundError('Issue', id);
    return row;
  }

  private async create(input: RaiseIssueInput, actorIn?: Actor): Promise<IssueRow> {
    const caller = this.caller;
    const actor = this.writer.timed(actorIn);
    const enterprise = (await this.queries.enterpriseRefs([input.enterpriseId])).get(input.enterpriseId);
    const reachable =
      enterprise &&
      (caller.role !== Role.OFFICIAL || enterprise.official_id === caller.officialId) &&
      (caller.role !== Role.ENTERPRISE || enterprise.enterprise_id === caller.enterpriseId);
    if (!reachable) throw new NotFoundError('Enterprise', input.enterpriseId);

    const now = actor.now ?? new Date();
    const rules = await rulesAt(this.db, now);
    const officialId = caller.role === Role.OFFICIAL ? caller.officialId! : enterprise.official_id;
    // The clocks in the unit of the rules in force (working days on the official calendar, or calendar time).
    const responseDueAt = responseDueFor(rules, input.category, now);
    const dueAt = resolutionDueFor(rules, input.category, now);
    // The tenant's next ledger number for the year and the row, in one statement (one round trip):
    // 610111-2016-000042, the number padded to six digits and longer past 999,999.
    const [row] = await this.db.query<IssueRow>(
      `WITH counter AS (
         INSERT INTO issues.ledger_counter (district_id, year, last) VALUES ($2, $17, 1)
         ON CONFLICT (district_id, year) DO UPDATE SET last = issues.ledger_counter.last + 1 RETURNING district_id, last, year
       )
       INSERT INTO issues.issue (id, district_id, enterprise_id, ledger_no, official_id, raised_by, raised_by_role, category, urgency, title,
                                 description, status, rules_version, raised_at, response_due_at, due_at, original_due_at, stage_started_at, stage_due_at, version, calendar_version, problem_class)
       SELECT $1, $2, $3, counter.district_id || '-' || counter.year || '-' || CASE WHEN last < 1000000 THEN lpad(last::text, 6, '0') ELSE last::text END,
              $4, $5, $6, $7, $8, $9, $10, 'RAISED', $11, $12, $13, $14, $14, $12, $13, 1, $15, $16
         FROM counter
       RETURNING *`,
      [
        this.writer.newId(),
        enterprise.district_id,
        enterprise.enterprise_id,
        officialId,
        caller.sub,
        caller.role,
        input.category,
        input.urgency ?? 'NORMAL',
        input.title.trim(),
        input.description.trim(),
        rules.version,
        now,
        responseDueAt,
        dueAt,
        rules.calendar.version,
        input.problemClass ?? null,
        yearOf(now),
      ],
    );
    if (input.resolvedOnSpot !== undefined && input.resolvedOnSpot !== null) {
      const resolved = await this.writer.write(row, actor, {
        type: 'issue.resolved_on_spot',
        set: { status: IssueStatus.RESOLVED, resolution: input.resolvedOnSpot, resolved_at: now, responded_at: now, stage_due_at: null },
        note: input.resolvedOnSpot,
        extra: { respondedAt: now.toISOString(), resolvedAt: now.toISOString() },
      }, { now, events: [this.writer.eventFor(row, null, 'issue.raised', actor)] });
      return resolved;
    }
    await this.writer.appendAtCommit([this.writer.eventFor(row, null, 'issue.raised', actor)]);
    return row;
  }

  async resolveOnSpot(input: ResolveIssueInput) {
    return this.writer.act(input.issueId, IssueAction.RESOLVE_ON_SPOT, input.expectedVersion, (row, now) => ({
      type: 'issue.resolved_on_spot',
      set: { resolution: input.resolution, resolved_at: now, ...firstResponse(row, now) },
      note: input.resolution,
      extra: { resolvedAt: now.toISOString(), ...firstResponseExtra(row, now) },
    }));
  }
}
