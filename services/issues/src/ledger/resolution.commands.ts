import { closeOpenEscalation } from './escalation.commands';
import type { ConfirmClosureInput, ReasonedActionInput, ResolveIssueInput } from './issue.inputs';
import { CommandGroup, firstResponse, firstResponseExtra } from './ledger.step';
import { IssueAction } from './state-machine';

/** Resolution and closure: resolved, declared unsolvable, struck off (销号) by the enterprise, or reopened. */
export class ResolutionCommands extends CommandGroup {
  async resolve(input: ResolveIssueInput) {
    return this.writer.act(input.issueId, IssueAction.RESOLVE, input.expectedVersion, (row, now) => ({
      type: 'issue.resolved',
      set: { resolution: input.resolution.trim(), resolved_at: now, satisfaction: null, ...firstResponse(row, now) },
      note: input.resolution.trim(),
      extra: { resolvedAt: now.toISOString(), ...firstResponseExtra(row, now) },
    }));
  }

  async declareUnsolvable(input: ReasonedActionInput) {
    return this.writer.act(input.issueId, IssueAction.DECLARE_UNSOLVABLE, input.expectedVersion, (row, now) => ({
      type: 'issue.unsolvable',
      set: { resolution: input.reason.trim(), ...firstResponse(row, now) },
      note: input.reason.trim(),
      extra: { reason: input.reason.trim(), ...firstResponseExtra(row, now) },
      after: async () => closeOpenEscalation(this.writer, row, now, 'UNSOLVABLE'),
    }));
  }

  /** The enterprise's verdict on a resolution: satisfied (or basically) closes it; dissatisfied reopens it. */
  async confirmClosure(input: ConfirmClosureInput) {
    if (input.satisfaction === 'DISSATISFIED') {
      return this.writer.act(input.issueId, IssueAction.REOPEN, input.expectedVersion, () => ({
        type: 'issue.reopened',
        set: { satisfaction: null, resolved_at: null },
        note: input.comment ?? 'The enterprise is not satisfied with the resolution',
        extra: { satisfaction: 'DISSATISFIED', reason: input.comment ?? null },
      }));
    }
    return this.writer.act(input.issueId, IssueAction.CONFIRM_CLOSURE, input.expectedVersion, (_row, now) => ({
      type: 'issue.closed',
      set: { satisfaction: input.satisfaction, closure_comment: input.comment ?? null, closed_at: now },
      note: input.comment ?? null,
      extra: { satisfaction: input.satisfaction },
    }));
  }

  async reopen(input: ReasonedActionInput) {
    return this.writer.act(input.issueId, IssueAction.REOPEN, input.expectedVersion, () => ({
      type: 'issue.reopened',
      set: { resolved_at: null, satisfaction: null },
      note: input.reason.trim(),
      extra: { reason: input.reason.trim() },
    }));
  }

}
