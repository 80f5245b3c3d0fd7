import { Role } from '@qinshang/auth';
import { once, operationFingerprint } from '@qinshang/database';
import { NotFoundError } from '@qinshang/errors';
import { assertCan } from '../access/permissions';
import { periodOf, resolutionDueFor, responseDueFor, rulesInForceSql, rulesOfRow, yearOf, type RulesRow } from './clock';
import { enterpriseRefSql, type EnterpriseRefRow } from './enterprise-ref';
import type { RaiseIssueInput, ResolveIssueInput } from './issue.inputs';
import type { IssueRow } from './issue.row';
import { CommandGroup, firstResponse, firstResponseExtra, type Actor } from './ledger.step';
import { IssueAction, IssueStatus } from './state-machine';

/** The raised event's ledger number, known only once the statement has numbered the row. */
const LEDGER_NO_IN_PAYLOAD = `jsonb_set(e.payload, '{ledgerNo}', to_jsonb((SELECT ledger_no FROM issue)))`;

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
    const now = actor.now ?? new Date();
    // What a raise reads, the enterprise (as the log told us of it) and the rules in force, in one round trip.
    const [facts] = await this.db.query<RulesRow & { enterprise: EnterpriseRefRow | null }>(
      `SELECT to_jsonb(ref) AS enterprise, rules.*
         FROM (SELECT 1) one
         LEFT JOIN LATERAL (${enterpriseRefSql('ARRAY[$2::text]')}) ref ON true
         LEFT JOIN LATERAL (${rulesInForceSql('$1')}) rules ON true`,
      [periodOf(now), input.enterpriseId],
      // Planned once per connection: planning this join cost more than running it.
      { prepare: true },
    );
    const enterprise = facts.enterprise;
    const reachable =
      enterprise &&
      (caller.role !== Role.OFFICIAL || enterprise.official_id === caller.officialId) &&
      (caller.role !== Role.ENTERPRISE || enterprise.enterprise_id === caller.enterpriseId);
    if (!reachable) throw new NotFoundError('Enterprise', input.enterpriseId);
    this.queries.rememberEnterprise(enterprise);
    const rules = rulesOfRow(facts);

    const officialId = caller.role === Role.OFFICIAL ? caller.officialId! : enterprise.official_id;
    // The clocks in the unit of the rules in force (working days on the official calendar, or calendar time).
    const responseDueAt = responseDueFor(rules, input.category, now);
    const dueAt = resolutionDueFor(rules, input.category, now);
    const fields = {
      id: this.writer.newId(),
      district_id: enterprise.district_id,
      enterprise_id: enterprise.enterprise_id,
      official_id: officialId,
      category: input.category,
      urgency: input.urgency ?? 'NORMAL',
      problem_class: input.problemClass ?? null,
      status: IssueStatus.RAISED,
      version: 1,
      raised_at: now,
      response_due_at: responseDueAt,
      due_at: dueAt,
      department_id: null,
      responsible_person: null,
    };
    const onSpot = input.resolvedOnSpot !== undefined && input.resolvedOnSpot !== null;
    // Raised and left open: its event goes in with the row, the ledger number filled in by the
    // statement (one round trip), where the writer allows. Solved on the spot: the raise and the
    // solution are two versions, written as every step is.
    const raised = onSpot ? null : this.writer.appendAtCommitSql([this.writer.eventFor({ ...fields, ledger_no: '' }, null, 'issue.raised', actor)], 18, LEDGER_NO_IN_PAYLOAD);
    // The tenant's next ledger number for the year and the row, in one statement:
    // 610111-2016-000042, the number padded to six digits and longer past 999,999.
    const [row] = await this.db.query<IssueRow>(
      `WITH counter AS (
         INSERT INTO issues.ledger_counter (district_id, year, last) VALUES ($2, $17, 1)
         ON CONFLICT (district_id, year) DO UPDATE SET last = issues.ledger_counter.last + 1 RETURNING district_id, last, year
       ), issue AS (
         INSERT INTO issues.issue (id, district_id, enterprise_id, ledger_no, official_id, raised_by, raised_by_role, category, urgency, title,
                                   description, status, rules_version, raised_at, response_due_at, due_at, original_due_at, stage_started_at, stage_due_at, version, calendar_version, problem_class)
         SELECT $1, $2, $3, counter.district_id || '-' || counter.year || '-' || CASE WHEN last < 1000000 THEN lpad(last::text, 6, '0') ELSE last::text END,
                $4, $5, $6, $7, $8, $9, $10, 'RAISED', $11, $12, $13, $14, $14, $12, $13, 1, $15, $16
           FROM counter
         RETURNING *
       )${raised ? `, raised AS (${raised.sql})` : ''}
       SELECT * FROM issue`,
      [
        fields.id,
        fields.district_id,
        fields.enterprise_id,
        officialId,
        caller.sub,
        caller.role,
        input.category,
        fields.urgency,
        input.title.trim(),
        input.description.trim(),
        rules.version,
        now,
        responseDueAt,
        dueAt,
        rules.calendar.version,
        fields.problem_class,
        yearOf(now),
        ...(raised?.parameters ?? []),
      ],
      { prepare: true },
    );
    if (!onSpot) {
      if (!raised) await this.writer.appendAtCommit([this.writer.eventFor(row, null, 'issue.raised', actor)]);
      return row;
    }
    return this.writer.write(row, actor, {
      type: 'issue.resolved_on_spot',
      set: { status: IssueStatus.RESOLVED, resolution: input.resolvedOnSpot, resolved_at: now, responded_at: now, stage_due_at: null },
      note: input.resolvedOnSpot,
      extra: { respondedAt: now.toISOString(), resolvedAt: now.toISOString() },
    }, { now, events: [this.writer.eventFor(row, null, 'issue.raised', actor)] });
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
