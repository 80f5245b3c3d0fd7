import { BadUserInputError, ConflictError, NotFoundError } from '@qinshang/errors';
import { assertCan } from '../access/permissions';
import { stageDue } from './clock';
import type { DecideEscalationInput, EscalateIssueInput } from './issue.inputs';
import type { IssueRow } from './issue.row';
import { EscalationOutcome, type Escalation } from './types';
import { actorName, CommandGroup, requireField, type Actor } from './ledger.step';
import { firstResponse, firstResponseExtra } from './ledger.step';
import type { LedgerWriter } from './ledger.writer';
import { IssueAction, IssueStatus } from './state-machine';

/** Escalation to the leading groups (上报领导小组), their decisions, and the scheduler's reminders (催办). */
export class EscalationCommands extends CommandGroup {
  async escalate(input: EscalateIssueInput, actor: Actor = { caller: this.caller }): Promise<{ issue: IssueRow; escalation: Escalation }> {
    let escalationId = '';
    const issue = await this.writer.act(
      input.issueId,
      IssueAction.ESCALATE,
      input.expectedVersion,
      (row, now) => {
        const level = row.status === IssueStatus.ESCALATED ? (row.level === 'DISTRICT' ? 'CITY' : null) : 'DISTRICT';
        if (!level) throw new ConflictError("The problem is already with the city's leading group, the top of the ladder", { allowed: [IssueAction.DECIDE_ESCALATION] });
        escalationId = this.writer.newId();
        return {
          type: 'issue.escalated',
          set: { level, ...firstResponse(row, now) },
          note: input.reason.trim(),
          extra: { level, escalationId, reason: input.reason.trim(), automatic: Boolean(actor.system), ...firstResponseExtra(row, now) },
          before: async () => closeOpenEscalation(this.writer, row, now, 'ESCALATED'),
          beforeAppend: async (updated, rules) => {
            const decideBy = stageDue(IssueStatus.ESCALATED, now, rules, updated.category, updated.due_at, level);
            await this.db.query(
              `INSERT INTO issues.escalation (id, issue_id, district_id, level, reason, automatic, raised_by, raised_at, decide_by, systemic_issue_id)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
              [escalationId, updated.id, updated.district_id, level, input.reason.trim(), Boolean(actor.system), actorName(actor), now, decideBy, updated.systemic_issue_id],
            );
          },
          afterAppend: async (events) => {
            await this.db.query('UPDATE issues.escalation SET event_position = $2 WHERE id = $1', [escalationId, events[events.length - 1].position]);
          },
        };
      },
      actor,
    );
    return { issue, escalation: await this.queries.escalationById(escalationId) };
  }

  /** A leading group's decision, recorded and sent back down with instructions. */
  async decideEscalation(input: DecideEscalationInput): Promise<{ issue: IssueRow; escalation: Escalation }> {
    // A role that may not decide learns nothing of the escalation: FORBIDDEN before it is read.
    assertCan(this.caller, IssueAction.DECIDE_ESCALATION);
    if (input.outcome === EscalationOutcome.ESCALATED) {
      throw new BadUserInputError('input.outcome', 'ESCALATED is not a decision: to pass a problem one level up, escalate it (escalateIssue)');
    }
    const escalation = (await this.queries.escalationsByIds([input.escalationId])).get(input.escalationId);
    if (!escalation) throw new NotFoundError('Escalation', input.escalationId);
    if (escalation.status !== 'OPEN') throw new ConflictError('The leading group has already decided on this escalation');
    if (escalation.level === 'CITY') assertCan(this.caller, 'DECIDE_CITY_ESCALATION', escalation);
    const department = input.outcome === 'ASSIGN' ? await this.queries.departmentRef(requireField(input.departmentId, 'input.departmentId')) : null;
    if (input.outcome === 'ASSIGN') requireField(input.responsiblePerson, 'input.responsiblePerson');
    const next: Record<string, IssueStatus> = {
      ASSIGN: IssueStatus.ASSIGNED,
      BACK_TO_OFFICE: IssueStatus.RAISED,
      UNSOLVABLE: IssueStatus.UNSOLVABLE,
      RESOLVED: IssueStatus.RESOLVED,
    };
    const issue = await this.writer.act(escalation.issueId, IssueAction.DECIDE_ESCALATION, undefined, (row, now) => ({
      type: 'issue.escalation_decided',
      set: {
        status: next[input.outcome],
        level: null,
        ...(department ? { department_id: department.department_id, responsible_person: input.responsiblePerson!.trim() } : {}),
        ...(input.outcome === 'RESOLVED' ? { resolution: input.decision, resolved_at: now } : {}),
        ...(input.outcome === 'UNSOLVABLE' ? { resolution: input.decision } : {}),
      },
      note: input.decision,
      extra: {
        escalationId: escalation.id,
        level: escalation.level,
        outcome: input.outcome,
        instructions: input.instructions,
        departmentId: department?.department_id ?? row.department_id,
        ...(input.outcome === 'RESOLVED' ? { resolvedAt: now.toISOString() } : {}),
      },
      before: async () => {
        if (department && department.district_id !== null && department.district_id !== row.district_id) {
          throw new BadUserInputError('input.departmentId', `Department ${department.department_id} is not a member unit of this tenant or a city bureau`);
        }
        await this.db.query(
          `UPDATE issues.escalation SET status = 'DECIDED', decision = $2, instructions = $3, outcome = $4, decided_by = $5, decided_at = $6 WHERE id = $1`,
          [escalation.id, input.decision, input.instructions, input.outcome, this.caller.sub, now],
        );
      },
    }));
    return { issue, escalation: await this.queries.escalationById(escalation.id) };
  }

  /** The scheduler's reminder (催办): once per stage, recorded like any other step. */
  async remind(issueId: string, actor: Actor): Promise<IssueRow | null> {
    const row = await this.queries.findIssue(issueId);
    const now = actor.now ?? new Date();
    if (!row || !row.stage_due_at || row.stage_due_at.getTime() > now.getTime()) return null;
    if (row.reminded_stage_at?.getTime() === row.stage_started_at.getTime()) return null;
    return this.writer.write(
      row,
      actor,
      {
        type: 'issue.reminded',
        set: { reminded_stage_at: row.stage_started_at },
        keepStage: true,
        note: `The ${row.status.toLowerCase().replace('_', ' ')} stage was due ${row.stage_due_at.toISOString()}`,
        extra: { automatic: true },
      },
      { now: actor.now },
    );
  }
}

/** Closes the problem's open escalation, if any, as passed up or declared unsolvable. */
export async function closeOpenEscalation(writer: LedgerWriter, row: IssueRow, now: Date, outcome: 'ESCALATED' | 'UNSOLVABLE'): Promise<void> {
  await writer.db.query(
    `UPDATE issues.escalation SET status = 'DECIDED', outcome = $2, decided_at = $3, decided_by = $4,
            decision = coalesce(decision, $5) WHERE issue_id = $1 AND status = 'OPEN'`,
    [row.id, outcome, now, writer.caller.sub, outcome === 'ESCALATED' ? 'Passed one level up' : 'Declared unsolvable under current policy'],
  );
}
