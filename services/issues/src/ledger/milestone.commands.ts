import { endOfLocalDay, isDay } from '@qinshang/calendar';
import { BadUserInputError, ConflictError, NotFoundError } from '@qinshang/errors';
import { isUuid } from './ids';
import type { AddMilestoneInput, CompleteMilestoneInput } from './issue.inputs';
import type { IssueRow } from './issue.row';
import { CommandGroup } from './ledger.step';
import type { LedgerWriter } from './ledger.writer';
import { IssueAction } from './state-machine';

/** The roadmap (路线图): milestones added and done. */
export class MilestoneCommands extends CommandGroup {
  /** Once per idempotency key: a retry with the key adds no second milestone. */
  async addMilestone(input: AddMilestoneInput) {
    return this.onceOnIssue('addMilestone', IssueAction.ADD_MILESTONE, input, () => this.addNewMilestone(input));
  }

  private async addNewMilestone(input: AddMilestoneInput) {
    return this.writer.act(input.issueId, IssueAction.ADD_MILESTONE, input.expectedVersion, (row) => {
      checkMilestoneDate(input.milestone.dueOn, 'input.milestone.dueOn', row.due_at);
      const id = this.writer.newId();
      return {
        type: 'issue.milestone_added',
        set: {},
        note: input.milestone.title,
        extra: { milestoneId: id, milestoneTitle: input.milestone.title },
        after: async (updated) => void (await insertMilestone(this.writer, updated, input.milestone.title, input.milestone.dueOn, id)),
      };
    });
  }

  async completeMilestone(input: CompleteMilestoneInput) {
    return this.writer.act(input.issueId, IssueAction.COMPLETE_MILESTONE, input.expectedVersion, async (row, now) => {
      const [milestone] = await this.db.query<{ id: string; title: string; done_at: Date | null }>(
        'SELECT id, title, done_at FROM issues.milestone WHERE id = $1 AND issue_id = $2',
        [isUuid(input.milestoneId) ? input.milestoneId : null, row.id],
      );
      if (!milestone) throw new NotFoundError('Milestone', input.milestoneId);
      if (milestone.done_at) throw new ConflictError(`Milestone "${milestone.title}" is already done`, { reason: 'ALREADY_DONE', field: 'input.milestoneId' });
      return {
        type: 'issue.milestone_done',
        set: {},
        note: milestone.title,
        extra: { milestoneId: milestone.id, milestoneTitle: milestone.title },
        after: async () => void (await this.db.query('UPDATE issues.milestone SET done_at = $2 WHERE id = $1', [milestone.id, now])),
      };
    });
  }
}

/** A milestone is due at the end of its day in Asia/Shanghai, and may not fall after the due date. */
export function checkMilestoneDate(dueOn: string, field: string, dueAt: Date | null): void {
  if (!isDay(dueOn)) throw new BadUserInputError(field, `${dueOn} is not a date`);
  // (A day's grace: a due date inside the milestone's day still admits it.)
  if (dueAt && endOfLocalDay(dueOn).getTime() > dueAt.getTime() + 86_400_000) throw new BadUserInputError(field, 'A milestone cannot fall after the due date');
}

export async function insertMilestone(writer: LedgerWriter, issue: IssueRow, title: string, dueOn: string, id = writer.newId()): Promise<string> {
  await writer.db.query(
    'INSERT INTO issues.milestone (id, issue_id, district_id, department_id, title, due_on) VALUES ($1, $2, $3, $4, $5, $6)',
    [id, issue.id, issue.district_id, issue.department_id, title.trim(), dueOn],
  );
  return id;
}
