import type { Caller } from '@qinshang/auth';
import type { RequestDb } from '@qinshang/database';
import { AssignmentCommands } from './assignment.commands';
import { CalendarCommands } from './calendar.commands';
import { EscalationCommands } from './escalation.commands';
import { ExtensionCommands } from './extension.commands';
import type {
  AddMilestoneInput,
  AssignIssueInput,
  CompleteMilestoneInput,
  ConfirmClosureInput,
  DecideEscalationInput,
  DecideExtensionInput,
  EscalateIssueInput,
  RaiseIssueInput,
  ReasonedActionInput,
  RequestExtensionInput,
  ResolveIssueInput,
  RespondToIssueInput,
} from './issue.inputs';
import type { IssueRow } from './issue.row';
import type { Escalation } from './types';
import { LedgerQueries } from './ledger.queries';
import type { Actor } from './ledger.step';
import { LedgerWriter, type LedgerWriterFactory } from './ledger.writer';
import { MilestoneCommands } from './milestone.commands';
import { RaiseCommands } from './raise.commands';
import { ResolutionCommands } from './resolution.commands';

/**
 * The ledger, bound to one transaction and caller: its reads (`LedgerQueries`, inherited), and
 * its transitions, one command file per group, every one through the one `LedgerWriter`
 * (state machine, permission table, version check, event in the same transaction).
 */
export class LedgerService extends LedgerQueries {
  readonly writer: LedgerWriter;
  private readonly raising: RaiseCommands;
  private readonly assignment: AssignmentCommands;
  private readonly milestones: MilestoneCommands;
  private readonly extensions: ExtensionCommands;
  private readonly resolution: ResolutionCommands;
  private readonly escalation: EscalationCommands;
  private readonly calendar: CalendarCommands;

  constructor(db: RequestDb, caller: Caller, writerFor: LedgerWriterFactory = (...args) => new LedgerWriter(...args)) {
    super(db, caller);
    this.writer = writerFor(db, caller, this);
    this.raising = new RaiseCommands(this.writer, this);
    this.assignment = new AssignmentCommands(this.writer, this);
    this.milestones = new MilestoneCommands(this.writer, this);
    this.extensions = new ExtensionCommands(this.writer, this);
    this.resolution = new ResolutionCommands(this.writer, this);
    this.escalation = new EscalationCommands(this.writer, this);
    this.calendar = new CalendarCommands(this.writer, this);
  }

  raise(input: RaiseIssueInput, actor?: Actor): Promise<IssueRow> {
    return this.raising.raise(input, actor);
  }
  resolveOnSpot(input: ResolveIssueInput): Promise<IssueRow> {
    return this.raising.resolveOnSpot(input);
  }

  assign(input: AssignIssueInput): Promise<IssueRow> {
    return this.assignment.assign(input);
  }
  returnIssue(input: ReasonedActionInput): Promise<IssueRow> {
    return this.assignment.returnIssue(input);
  }
  accept(input: { issueId: string; expectedVersion?: number }): Promise<IssueRow> {
    return this.assignment.accept(input);
  }
  respond(input: RespondToIssueInput): Promise<IssueRow> {
    return this.assignment.respond(input);
  }

  addMilestone(input: AddMilestoneInput): Promise<IssueRow> {
    return this.milestones.addMilestone(input);
  }
  completeMilestone(input: CompleteMilestoneInput): Promise<IssueRow> {
    return this.milestones.completeMilestone(input);
  }

  requestExtension(input: RequestExtensionInput): Promise<IssueRow> {
    return this.extensions.requestExtension(input);
  }
  decideExtension(input: DecideExtensionInput): Promise<IssueRow> {
    return this.extensions.decideExtension(input);
  }

  resolve(input: ResolveIssueInput): Promise<IssueRow> {
    return this.resolution.resolve(input);
  }
  declareUnsolvable(input: ReasonedActionInput): Promise<IssueRow> {
    return this.resolution.declareUnsolvable(input);
  }
  confirmClosure(input: ConfirmClosureInput): Promise<IssueRow> {
    return this.resolution.confirmClosure(input);
  }
  reopen(input: ReasonedActionInput): Promise<IssueRow> {
    return this.resolution.reopen(input);
  }

  escalate(input: EscalateIssueInput, actor?: Actor): Promise<{ issue: IssueRow; escalation: Escalation }> {
    return this.escalation.escalate(input, actor);
  }
  decideEscalation(input: DecideEscalationInput): Promise<{ issue: IssueRow; escalation: Escalation }> {
    return this.escalation.decideEscalation(input);
  }
  remind(issueId: string, actor: Actor): Promise<IssueRow | null> {
    return this.escalation.remind(issueId, actor);
  }
  /** The scheduler's: recounts a problem's working-time clocks on the calendar now in force. */
  recountClocks(issueId: string, actor: Actor): Promise<IssueRow | null> {
    return this.calendar.recount(issueId, actor);
  }
}
