import { BadUserInputError, ConflictError } from '@qinshang/errors';
import { extendedDue } from './clock';
import type { DecideExtensionInput, RequestExtensionInput } from './issue.inputs';
import { CommandGroup } from './ledger.step';
import { IssueAction, IssueStatus } from './state-machine';

/** A department asks for a later due date; the office decides. */
export class ExtensionCommands extends CommandGroup {
  /** Once per idempotency key: a retry with the key asks no second time. */
  async requestExtension(input: RequestExtensionInput) {
    return this.onceOnIssue('requestExtension', IssueAction.REQUEST_EXTENSION, input, () => this.requestNewExtension(input));
  }

  private async requestNewExtension(input: RequestExtensionInput) {
    if ((input.dueAt == null) === (input.days == null)) throw new BadUserInputError('input.dueAt', 'Give either dueAt or days');
    return this.writer.act(input.issueId, IssueAction.REQUEST_EXTENSION, input.expectedVersion, async (row) => {
      // An extension in days counts in the unit of the problem's own rules, from its current due date.
      const dueAt = input.dueAt ?? (row.due_at ? extendedDue(await this.writer.rulesFor(row), row.due_at, input.days!) : null);
      if (!row.due_at || !dueAt || dueAt.getTime() <= row.due_at.getTime()) {
        throw new BadUserInputError('input.dueAt', 'An extension must move the due date later');
      }
      const id = this.writer.newId();
      return {
        type: 'issue.extension_requested',
        set: {},
        note: input.reason.trim(),
        extra: { extensionRequestId: id, dueAt: dueAt.toISOString(), reason: input.reason.trim() },
        before: async () => {
          const [pending] = await this.db.query('SELECT 1 FROM issues.extension_request WHERE issue_id = $1 AND status = $2', [row.id, 'PENDING']);
          if (pending) throw new ConflictError('An extension request is already waiting for a decision', { reason: 'EXTENSION_PENDING' });
        },
        after: async (updated) =>
          void (await this.db.query(
            `INSERT INTO issues.extension_request (id, issue_id, district_id, department_id, requested_due_at, previous_due_at, reason, requested_by)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
            [id, updated.id, updated.district_id, updated.department_id, dueAt, row.due_at, input.reason.trim(), this.caller.sub],
          )),
      };
    });
  }

  async decideExtension(input: DecideExtensionInput) {
    return this.writer.act(input.issueId, IssueAction.DECIDE_EXTENSION, input.expectedVersion, async (row, now) => {
      const [request] = await this.db.query<{ id: string; requested_due_at: Date }>(
        `SELECT id, requested_due_at FROM issues.extension_request WHERE issue_id = $1 AND status = 'PENDING'`,
        [row.id],
      );
      if (!request) throw new ConflictError('No extension request is waiting for a decision', { reason: 'NO_EXTENSION_PENDING' });
      const approved = input.approve;
      const working = [IssueStatus.ACCEPTED, IssueStatus.IN_PROGRESS, IssueStatus.REOPENED].includes(row.status);
      return {
        type: approved ? 'issue.extension_approved' : 'issue.extension_refused',
        set: approved ? { due_at: request.requested_due_at, ...(working ? { stage_due_at: request.requested_due_at } : {}) } : {},
        note: input.note ?? null,
        extra: { extensionRequestId: request.id, dueAt: (approved ? request.requested_due_at : row.due_at)?.toISOString() ?? null },
        keepStage: true,
        after: async () =>
          void (await this.db.query(
            'UPDATE issues.extension_request SET status = $2, decided_by = $3, decided_at = $4, decision_note = $5 WHERE id = $1',
            [request.id, approved ? 'APPROVED' : 'REFUSED', this.caller.sub, now, input.note ?? null],
          )),
      };
    });
  }
}
