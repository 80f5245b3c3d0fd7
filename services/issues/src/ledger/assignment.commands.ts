import type { AssignIssueInput, ReasonedActionInput, RespondToIssueInput } from './issue.inputs';
import { BadUserInputError } from '@qinshang/errors';
import { CommandGroup, firstResponse, firstResponseExtra } from './ledger.step';
import { checkMilestoneDate, insertMilestone } from './milestone.commands';
import { IssueAction } from './state-machine';

/** A problem given to a department, sent back or taken on, and the answers to the enterprise. */
export class AssignmentCommands extends CommandGroup {
  async assign(input: AssignIssueInput) {
    const department = await this.queries.departmentRef(input.departmentId);
    return this.writer.act(input.issueId, IssueAction.ASSIGN, input.expectedVersion, async (row, now) => {
      if (department.district_id !== null && department.district_id !== row.district_id) {
        throw new BadUserInputError('input.departmentId', `Department ${input.departmentId} is not a member unit of this tenant or a city bureau`);
      }
      const dueAt = input.dueAt ?? row.due_at;
      if (input.dueAt && input.dueAt.getTime() <= now.getTime()) throw new BadUserInputError('input.dueAt', 'The due date must be in the future');
      for (const [index, milestone] of (input.milestones ?? []).entries()) checkMilestoneDate(milestone.dueOn, `input.milestones.${index}.dueOn`, dueAt);
      return {
        type: 'issue.assigned',
        set: { department_id: department.department_id, responsible_person: input.responsiblePerson.trim(), due_at: dueAt },
        extra: { departmentId: department.department_id, responsiblePerson: input.responsiblePerson.trim(), dueAt: dueAt?.toISOString() ?? null },
        after: async (updated) => {
          for (const milestone of input.milestones ?? []) await insertMilestone(this.writer, updated, milestone.title, milestone.dueOn);
        },
      };
    });
  }

  async returnIssue(input: ReasonedActionInput) {
    return this.writer.act(input.issueId, IssueAction.RETURN, input.expectedVersion, (row, now) => ({
      type: 'issue.returned',
      set: { return_count: row.return_count + 1, ...firstResponse(row, now) },
      note: input.reason.trim(),
      extra: { reason: input.reason.trim(), departmentId: row.department_id, ...firstResponseExtra(row, now) },
    }));
  }

  async accept(input: { issueId: string; expectedVersion?: number }) {
    return this.writer.act(input.issueId, IssueAction.ACCEPT, input.expectedVersion, (row, now) => ({
      type: 'issue.accepted',
      set: { ...firstResponse(row, now) },
      extra: { departmentId: row.department_id, ...firstResponseExtra(row, now) },
    }));
  }

  async respond(input: RespondToIssueInput) {
    return this.writer.act(input.issueId, IssueAction.RESPOND, input.expectedVersion, (row, now) => ({
      type: 'issue.responded',
      set: { ...firstResponse(row, now) },
      note: input.message.trim(),
      extra: { ...firstResponseExtra(row, now) },
    }));
  }
}
