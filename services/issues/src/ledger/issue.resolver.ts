import { canSeeTenant, Role } from '@qinshang/auth';
import { ForbiddenError } from '@qinshang/errors';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { IssuesContext } from '../context';
import { District, IssueStats } from './district.type';
import { enterpriseFor, selectsBeyondKey } from './enterprise-ref';
import {
  AddMilestoneInput,
  AssignIssueInput,
  CompleteMilestoneInput,
  ConfirmClosureInput,
  DecideEscalationInput,
  DecideExtensionInput,
  EscalateIssueInput,
  EscalationFilter,
  IssueFilter,
  IssueActionInput,
  RaiseIssueInput,
  ReasonedActionInput,
  RequestExtensionInput,
  ResolveIssueInput,
  RespondToIssueInput,
} from './issue.inputs';
import { toIssue, type IssueRow } from './issue.row';
import {
  Department,
  Enterprise,
  Escalation,
  EscalationConnection,
  EscalationPayload,
  ExtensionRequest,
  Issue,
  IssueConnection,
  IssueEvent,
  IssuePayload,
  Milestone,
} from './issue.types';
import { LedgerService } from './ledger.service';

const payload = (row: IssueRow): IssuePayload => ({ issue: toIssue(row) });

function connection(result: { rows: IssueRow[]; totalCount: number; hasNextPage: boolean }): IssueConnection {
  const edges = result.rows.map((row) => ({ cursor: LedgerService.issueCursor(row), node: toIssue(row) }));
  return { totalCount: result.totalCount, edges, pageInfo: { hasNextPage: result.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
}

/** The ledger's queries and mutations: thin, each one call into the LedgerService. */
@Resolver(() => Issue)
export class IssueResolver {
  @Query(() => Issue, { nullable: true, description: 'A problem by id; null when it does not exist or is not yours to see' })
  async issue(@Arg('id', () => ID) id: string, @Ctx() ctx: IssuesContext): Promise<Issue | null> {
    const row = await ctx.services.ledger.findIssue(id);
    return row ? toIssue(row) : null;
  }

  @Query(() => Issue, { nullable: true, description: 'A problem by its ledger number (e.g. 610111-2016-000123)' })
  async issueByLedgerNo(@Arg('ledgerNo') ledgerNo: string, @Ctx() ctx: IssuesContext): Promise<Issue | null> {
    const row = await ctx.services.ledger.findByLedgerNo(ledgerNo);
    return row ? toIssue(row) : null;
  }

  @Query(() => IssueConnection, { description: 'Problems you may see, newest first' })
  async issues(
    @Ctx() ctx: IssuesContext,
    @Arg('filter', () => IssueFilter, { nullable: true }) filter?: IssueFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<IssueConnection> {
    return connection(await ctx.services.ledger.listIssues({}, filter, first, after));
  }

  @FieldResolver(() => [IssueEvent], { description: 'Every step, with who, when and why (from the append-only event log)' })
  history(@Root() issue: Issue, @Ctx() ctx: IssuesContext): Promise<IssueEvent[]> {
    return ctx.loaders.history.load(issue.id);
  }

  @FieldResolver(() => [IssueEvent], { description: 'The answers given to the enterprise (件件有回应)' })
  async responses(@Root() issue: Issue, @Ctx() ctx: IssuesContext): Promise<IssueEvent[]> {
    return (await ctx.loaders.history.load(issue.id)).filter((event) => event.type === 'issue.responded');
  }

  @FieldResolver(() => [Milestone], { description: 'The roadmap (路线图)' })
  milestones(@Root() issue: Issue, @Ctx() ctx: IssuesContext): Promise<Milestone[]> {
    return ctx.loaders.milestones.load(issue.id);
  }

  @FieldResolver(() => [ExtensionRequest])
  extensionRequests(@Root() issue: Issue, @Ctx() ctx: IssuesContext): Promise<ExtensionRequest[]> {
    return ctx.loaders.extensions.load(issue.id);
  }

  @FieldResolver(() => [Escalation])
  escalations(@Root() issue: Issue, @Ctx() ctx: IssuesContext): Promise<Escalation[]> {
    return ctx.loaders.escalations.load(issue.id);
  }

  @FieldResolver()
  async enterprise(@Root() issue: Issue, @Ctx() ctx: IssuesContext, @Info() info: GraphQLResolveInfo): Promise<Enterprise> {
    if (issue.enterprise.resolved || !selectsBeyondKey(info)) return issue.enterprise;
    return enterpriseFor(ctx.caller, issue.enterprise.id, await ctx.loaders.enterpriseRef.load(issue.enterprise.id));
  }

  @FieldResolver(() => District, { description: 'The tenant whose ledger it is on' })
  district(@Root() issue: Issue): District {
    return { id: issue.districtId };
  }

  @Mutation(() => IssuePayload, { description: 'Enter a problem in the ledger, with its ledger number and clocks' })
  async raiseIssue(@Arg('input') input: RaiseIssueInput, @Ctx() ctx: IssuesContext) {
    return payload(await ctx.services.ledger.raise(input));
  }

  @Mutation(() => IssuePayload, { description: 'Record a raised problem as solved on the spot (当场解决)' })
  async resolveIssueOnSpot(@Arg('input') input: ResolveIssueInput, @Ctx() ctx: IssuesContext) {
    return payload(await ctx.services.ledger.resolveOnSpot(input));
  }

  @Mutation(() => IssuePayload, { description: 'Give a problem to a department and a named person, with a timetable and a roadmap' })
  async assignIssue(@Arg('input') input: AssignIssueInput, @Ctx() ctx: IssuesContext) {
    return payload(await ctx.services.ledger.assign(input));
  }

  @Mutation(() => IssuePayload, { description: 'A department sends an assignment back to the office, with a reason (退单)' })
  async returnIssue(@Arg('input') input: ReasonedActionInput, @Ctx() ctx: IssuesContext) {
    return payload(await ctx.services.ledger.returnIssue(input));
  }

  @Mutation(() => IssuePayload, { description: 'A department takes an assignment on' })
  async acceptIssue(@Arg('input') input: IssueActionInput, @Ctx() ctx: IssuesContext) {
    return payload(await ctx.services.ledger.accept(input));
  }

  @Mutation(() => IssuePayload, { description: 'Answer the enterprise (件件有回应); the first answer stops the response clock' })
  async respondToIssue(@Arg('input') input: RespondToIssueInput, @Ctx() ctx: IssuesContext) {
    return payload(await ctx.services.ledger.respond(input));
  }

  @Mutation(() => IssuePayload)
  async addMilestone(@Arg('input') input: AddMilestoneInput, @Ctx() ctx: IssuesContext) {
    return payload(await ctx.services.ledger.addMilestone(input));
  }

  @Mutation(() => IssuePayload)
  async completeMilestone(@Arg('input') input: CompleteMilestoneInput, @Ctx() ctx: IssuesContext) {
    return payload(await ctx.services.ledger.completeMilestone(input));
  }

  @Mutation(() => IssuePayload, { description: 'A department asks for a later due date' })
  async requestExtension(@Arg('input') input: RequestExtensionInput, @Ctx() ctx: IssuesContext) {
    return payload(await ctx.services.ledger.requestExtension(input));
  }

  @Mutation(() => IssuePayload, { description: 'The office approves (the due date moves, recorded) or refuses an extension' })
  async decideExtension(@Arg('input') input: DecideExtensionInput, @Ctx() ctx: IssuesContext) {
    return payload(await ctx.services.ledger.decideExtension(input));
  }

  @Mutation(() => IssuePayload)
  async resolveIssue(@Arg('input') input: ResolveIssueInput, @Ctx() ctx: IssuesContext) {
    return payload(await ctx.services.ledger.resolve(input));
  }

  @Mutation(() => IssuePayload, { description: 'Cannot be solved under current policy (政策性暂不能解决): kept apart from resolved' })
  async declareIssueUnsolvable(@Arg('input') input: ReasonedActionInput, @Ctx() ctx: IssuesContext) {
    return payload(await ctx.services.ledger.declareUnsolvable(input));
  }

  @Mutation(() => IssuePayload, { description: 'The enterprise confirms and rates a resolution: struck off (销号), or reopened if dissatisfied' })
  async confirmIssueClosure(@Arg('input') input: ConfirmClosureInput, @Ctx() ctx: IssuesContext) {
    return payload(await ctx.services.ledger.confirmClosure(input));
  }

  @Mutation(() => IssuePayload, { description: 'Reopen a resolved or unsolvable problem' })
  async reopenIssue(@Arg('input') input: ReasonedActionInput, @Ctx() ctx: IssuesContext) {
    return payload(await ctx.services.ledger.reopen(input));
  }

  @Mutation(() => EscalationPayload, { description: "One level up: the tenant's leading group, then the city's" })
  async escalateIssue(@Arg('input') input: EscalateIssueInput, @Ctx() ctx: IssuesContext): Promise<EscalationPayload> {
    const { issue, escalation } = await ctx.services.ledger.escalate(input);
    return { issue: toIssue(issue), escalation };
  }

  @Mutation(() => EscalationPayload, { description: "Record a leading group's decision and send it back down with instructions" })
  async decideEscalation(@Arg('input') input: DecideEscalationInput, @Ctx() ctx: IssuesContext): Promise<EscalationPayload> {
    const { issue, escalation } = await ctx.services.ledger.decideEscalation(input);
    return { issue: toIssue(issue), escalation };
  }
}

@Resolver(() => Escalation)
export class EscalationResolver {
  @Query(() => EscalationConnection, { description: 'Escalations you may see, oldest first (the order a leading group works them)' })
  async escalations(
    @Ctx() ctx: IssuesContext,
    @Arg('filter', () => EscalationFilter, { nullable: true }) filter?: EscalationFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<EscalationConnection> {
    const page = await ctx.services.ledger.listEscalations(filter, first, after);
    return { totalCount: page.totalCount, edges: page.edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.edges.at(-1)?.cursor ?? null } };
  }

  @FieldResolver(() => Issue)
  async issue(@Root() escalation: Escalation, @Ctx() ctx: IssuesContext): Promise<Issue> {
    if (escalation.preloadedIssue) return escalation.preloadedIssue;
    const row = await ctx.loaders.issue.load(escalation.issueId);
    return toIssue(row!);
  }
}

@Resolver(() => Enterprise)
export class EnterpriseLedgerResolver {
  @FieldResolver(() => IssueConnection, { description: "The enterprise's problems, newest first" })
  async issues(
    @Root() enterprise: Enterprise,
    @Ctx() ctx: IssuesContext,
    @Arg('filter', () => IssueFilter, { nullable: true }) filter?: IssueFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<IssueConnection> {
    return connection(await ctx.services.ledger.listIssues({ enterpriseId: enterprise.id }, filter, first, after));
  }

  @FieldResolver(() => Int, { description: 'Problems not yet struck off the ledger' })
  openIssueCount(@Root() enterprise: Enterprise, @Ctx() ctx: IssuesContext): Promise<number> {
    return ctx.loaders.openIssueCount.load(enterprise.id);
  }
}

@Resolver(() => Department)
export class DepartmentLedgerResolver {
  @FieldResolver(() => IssueConnection, { description: 'Problems assigned to the department' })
  async assignedIssues(
    @Root() department: Department,
    @Ctx() ctx: IssuesContext,
    @Arg('filter', () => IssueFilter, { nullable: true }) filter?: IssueFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<IssueConnection> {
    const caller = ctx.caller;
    if (caller.role === Role.DEPARTMENT && caller.departmentId !== department.id) throw new ForbiddenError('A department sees only its own assignments');
    if (caller.role === Role.OFFICIAL || caller.role === Role.ENTERPRISE) throw new ForbiddenError('Not yours to see');
    return connection(await ctx.services.ledger.listIssues({ departmentId: department.id }, filter, first, after));
  }
}

@Resolver(() => District)
export class DistrictLedgerResolver {
  @FieldResolver(() => IssueStats, { nullable: true, description: "The tenant's ledger figures; null when it is not yours to see" })
  issueStats(@Root() district: District, @Ctx() ctx: IssuesContext): Promise<IssueStats> | null {
    if (!canSeeTenant(ctx.caller, district.id)) return null;
    return ctx.loaders.issueStats.load(district.id);
  }
}
