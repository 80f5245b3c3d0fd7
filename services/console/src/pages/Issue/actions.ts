import type { TypedDocumentNode } from '@apollo/client';
import type { Dayjs } from 'dayjs';
import { graphql } from '../../gql';
import type { IssueAction, IssuePageQuery } from '../../gql/graphql';

export type PageIssue = NonNullable<IssuePageQuery['issue']>;

/** What an action's form asks for. */
export type FieldKind = 'text' | 'longText' | 'department' | 'date' | 'dateTime' | 'milestone' | 'approve' | 'satisfaction' | 'outcome';
export interface FieldSpec {
  name: string;
  kind: FieldKind;
  label: string;
  required: boolean;
  /** Shown only when this other field has this value. */
  when?: { field: string; value: unknown };
}

export type Values = Record<string, string | boolean | Dayjs | undefined>;

export interface ActionSpec {
  mutation: TypedDocumentNode<unknown, { input: unknown }>;
  fields: FieldSpec[];
  input: (issue: PageIssue, values: Values) => Record<string, unknown>;
  /** true: a plain confirmation. */
  danger?: boolean;
}


const ResolveOnSpot = graphql(`mutation ResolveIssueOnSpot($input: ResolveIssueInput!) { resolveIssueOnSpot(input: $input) { issue { id status version allowedActions } } }`);
const Assign = graphql(`mutation AssignIssue($input: AssignIssueInput!) { assignIssue(input: $input) { issue { id status version allowedActions } } }`);
const Return = graphql(`mutation ReturnIssue($input: ReasonedActionInput!) { returnIssue(input: $input) { issue { id status version allowedActions } } }`);
const Accept = graphql(`mutation AcceptIssue($input: IssueActionInput!) { acceptIssue(input: $input) { issue { id status version allowedActions } } }`);
const Respond = graphql(`mutation RespondToIssue($input: RespondToIssueInput!) { respondToIssue(input: $input) { issue { id status version allowedActions } } }`);
const AddMilestone = graphql(`mutation AddMilestone($input: AddMilestoneInput!) { addMilestone(input: $input) { issue { id status version allowedActions } } }`);
const CompleteMilestone = graphql(`mutation CompleteMilestone($input: CompleteMilestoneInput!) { completeMilestone(input: $input) { issue { id status version allowedActions } } }`);
const RequestExtension = graphql(`mutation RequestExtension($input: RequestExtensionInput!) { requestExtension(input: $input) { issue { id status version allowedActions } } }`);
const DecideExtension = graphql(`mutation DecideExtension($input: DecideExtensionInput!) { decideExtension(input: $input) { issue { id status version allowedActions } } }`);
const Resolve = graphql(`mutation ResolveIssue($input: ResolveIssueInput!) { resolveIssue(input: $input) { issue { id status version allowedActions } } }`);
const Unsolvable = graphql(`mutation DeclareIssueUnsolvable($input: ReasonedActionInput!) { declareIssueUnsolvable(input: $input) { issue { id status version allowedActions } } }`);
const ConfirmClosure = graphql(`mutation ConfirmIssueClosure($input: ConfirmClosureInput!) { confirmIssueClosure(input: $input) { issue { id status version allowedActions } } }`);
const Reopen = graphql(`mutation ReopenIssue($input: ReasonedActionInput!) { reopenIssue(input: $input) { issue { id status version allowedActions } } }`);
const Escalate = graphql(`mutation EscalateIssueFromPage($input: EscalateIssueInput!) { escalateIssue(input: $input) { issue { id status version allowedActions } escalation { id level } } }`);
const DecideEscalation = graphql(`mutation DecideEscalationFromPage($input: DecideEscalationInput!) { decideEscalation(input: $input) { issue { id status version allowedActions } escalation { id status } } }`);

const base = (issue: PageIssue) => ({ issueId: issue.id, expectedVersion: issue.version });
const str = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
const day = (value: unknown) => (value && typeof (value as Dayjs).format === 'function' ? (value as Dayjs) : undefined);

const f = (name: string, kind: FieldKind, label: string, required = true, when?: FieldSpec['when']): FieldSpec => ({ name, kind, label, required, when });

/** Each action `allowedActions` may name: what it asks for and the mutation it sends. */
export const ACTIONS: Record<IssueAction, ActionSpec> = {
  RESOLVE_ON_SPOT: { mutation: ResolveOnSpot as never, fields: [f('resolution', 'longText', 'issue.field.resolution')], input: (i, v) => ({ ...base(i), resolution: str(v.resolution) }) },
  ASSIGN: {
    mutation: Assign as never,
    fields: [f('departmentId', 'department', 'issue.department'), f('responsiblePerson', 'text', 'issue.responsiblePerson'), f('dueAt', 'date', 'issue.field.dueAt', false)],
    // The due date is the end of the chosen day in the campaign's time zone.
    input: (i, v) => ({ ...base(i), departmentId: v.departmentId, responsiblePerson: str(v.responsiblePerson), dueAt: day(v.dueAt)?.endOf('day').toISOString() }),
  },
  RETURN: { mutation: Return as never, fields: [f('reason', 'longText', 'issue.field.reason')], input: (i, v) => ({ ...base(i), reason: str(v.reason) }) },
  ACCEPT: { mutation: Accept as never, fields: [], input: (i) => base(i) },
  RESPOND: { mutation: Respond as never, fields: [f('message', 'longText', 'issue.field.message')], input: (i, v) => ({ ...base(i), message: str(v.message) }) },
  ADD_MILESTONE: {
    mutation: AddMilestone as never,
    fields: [f('title', 'text', 'issue.field.milestoneTitle'), f('dueOn', 'date', 'issue.field.dueOn')],
    input: (i, v) => ({ ...base(i), milestone: { title: str(v.title), dueOn: day(v.dueOn)?.format('YYYY-MM-DD') } }),
  },
  COMPLETE_MILESTONE: { mutation: CompleteMilestone as never, fields: [f('milestoneId', 'milestone', 'issue.field.milestone')], input: (i, v) => ({ ...base(i), milestoneId: v.milestoneId }) },
  REQUEST_EXTENSION: {
    mutation: RequestExtension as never,
    fields: [f('dueAt', 'date', 'issue.field.newDueAt'), f('reason', 'longText', 'issue.field.reason')],
    input: (i, v) => ({ ...base(i), dueAt: day(v.dueAt)?.endOf('day').toISOString(), reason: str(v.reason) }),
  },
  DECIDE_EXTENSION: {
    mutation: DecideExtension as never,
    fields: [f('approve', 'approve', 'issue.field.approve'), f('note', 'longText', 'issue.field.note', false)],
    input: (i, v) => ({ ...base(i), approve: v.approve === true || v.approve === 'true', note: str(v.note) }),
  },
  RESOLVE: { mutation: Resolve as never, fields: [f('resolution', 'longText', 'issue.field.resolution')], input: (i, v) => ({ ...base(i), resolution: str(v.resolution) }) },
  DECLARE_UNSOLVABLE: { mutation: Unsolvable as never, fields: [f('reason', 'longText', 'issue.field.reason')], input: (i, v) => ({ ...base(i), reason: str(v.reason) }) },
  CONFIRM_CLOSURE: {
    mutation: ConfirmClosure as never,
    fields: [f('satisfaction', 'satisfaction', 'issue.field.satisfaction'), f('comment', 'longText', 'issue.field.comment', false)],
    input: (i, v) => ({ ...base(i), satisfaction: v.satisfaction, comment: str(v.comment) }),
  },
  REOPEN: { mutation: Reopen as never, fields: [f('reason', 'longText', 'issue.field.reason')], input: (i, v) => ({ ...base(i), reason: str(v.reason) }) },
  ESCALATE: { mutation: Escalate as never, fields: [f('reason', 'longText', 'issue.field.reason')], input: (i, v) => ({ ...base(i), reason: str(v.reason) }) },
  DECIDE_ESCALATION: {
    mutation: DecideEscalation as never,
    fields: [
      f('outcome', 'outcome', 'dashboard.outcome'),
      f('departmentId', 'department', 'issue.department', true, { field: 'outcome', value: 'ASSIGN' }),
      f('responsiblePerson', 'text', 'issue.responsiblePerson', true, { field: 'outcome', value: 'ASSIGN' }),
      f('decision', 'longText', 'dashboard.decision'),
      f('instructions', 'longText', 'dashboard.instructions'),
    ],
    input: (i, v) => ({
      escalationId: i.escalations.find((e) => e.status === 'OPEN')?.id,
      outcome: v.outcome,
      decision: str(v.decision),
      instructions: str(v.instructions),
      ...(v.outcome === 'ASSIGN' ? { departmentId: v.departmentId, responsiblePerson: str(v.responsiblePerson) } : {}),
    }),
  },
};
