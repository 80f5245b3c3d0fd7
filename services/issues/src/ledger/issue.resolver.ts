import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { IssuesContext } from '../context';
import { District } from './district.type';
import { enterpriseFor, selectsBeyondKey } from './enterprise-ref';
import { issuePayload, issueConnection } from './issue.connection';
import { AddMilestoneInput, AssignIssueInput, CompleteMilestoneInput, ConfirmClosureInput, DecideEscalationInput, DecideExtensionInput, EscalateIssueInput, IssueFilter, IssueActionInput, RaiseIssueInput, ReasonedActionInput, RequestExtensionInput, ResolveIssueInput, RespondToIssueInput } from './issue.inputs';
import { toIssue } from './issue.row';
import { Enterprise, Escalation, EscalationPayload, ExtensionRequest, Issue, IssueConnection, IssueEvent, IssuePayload, Milestone } from './types';

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
    return issueConnection(await ctx.services.ledger.listIssues({}, filter, first, after));
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
    return issuePayload(await ctx.services.ledger.raise(input));
  }

  @Mutation(() => IssuePayload, { description: 'Record a raised problem as solved on the spot (当场解决)' })
  async resolveIssueOnSpot(@Arg('input') input: ResolveIssueInput, @Ctx() ctx: IssuesContext) {
    return issuePayload(await ctx.services.ledger.resolveOnSpot(input));
  }

  @Mutation(() => IssuePayload, { description: 'Give a problem to a department and a named person, with a timetable and a roadmap' })
  async assignIssue(@Arg('input') input: AssignIssueInput, @Ctx() ctx: IssuesContext) {
    return issuePayload(await ctx.services.ledger.assign(input));
  }

  @Mutation(() => IssuePayload, { description: 'A department sends an assignment back to the office, with a reason (退单)' })
  async returnIssue(@Arg('input') input: ReasonedActionInput, @Ctx() ctx: IssuesContext) {
    return issuePayload(await ctx.services.ledger.returnIssue(input));
  }

  @Mutation(() => IssuePayload, { description: 'A department takes an assignment on' })
  async acceptIssue(@Arg('input') input: IssueActionInput, @Ctx() ctx: IssuesContext) {
    return issuePayload(await ctx.services.ledger.accept(input));
  }

  @Mutation(() => IssuePayload, { description: 'Answer the enterprise (件件有回应); the first answer stops the response clock' })
  async respondToIssue(@Arg('input') input: RespondToIssueInput, @Ctx() ctx: IssuesContext) {
    return issuePayload(await ctx.services.ledger.respond(input));
  }

  @Mutation(() => IssuePayload)
  async addMilestone(@Arg('input') input: AddMilestoneInput, @Ctx() ctx: IssuesContext) {
    return issuePayload(await ctx.services.ledger.addMilestone(input));
  }

  @Mutation(() => IssuePayload)
  async completeMilestone(@Arg('input') input: CompleteMilestoneInput, @Ctx() ctx: IssuesContext) {
    return issuePayload(await ctx.services.ledger.completeMilestone(input));
  }

  @Mutation(() => IssuePayload, { description: 'A department asks for a later due date' })
  async requestExtension(@Arg('input') input: RequestExtensionInput, @Ctx() ctx: IssuesContext) {
    return issuePayload(await ctx.services.ledger.requestExtension(input));
  }

  @Mutation(() => IssuePayload, { description: 'The office approves (the due date moves, recorded) or refuses an extension' })
  async decideExtension(@Arg('input') input: DecideExtensionInput, @Ctx() ctx: IssuesContext) {
    return issuePayload(await ctx.services.ledger.decideExtension(input));
  }

  @Mutation(() => IssuePayload)
  async resolveIssue(@Arg('input') input: ResolveIssueInput, @Ctx() ctx: IssuesContext) {
    return issuePayload(await ctx.services.ledger.resolve(input));
  }

  @Mutation(() => IssuePayload, { description: 'Cannot be solved under current policy (政策性暂不能解决): kept apart from resolved' })
  async declareIssueUnsolvable(@Arg('input') input: ReasonedActionInput, @Ctx() ctx: IssuesContext) {
    return issuePayload(await ctx.services.ledger.declareUnsolvable(input));
  }

  @Mutation(() => IssuePayload, { description: 'The enterprise confirms and rates a resolution: struck off (销号), or reopened if dissatisfied' })
  async confirmIssueClosure(@Arg('input') input: ConfirmClosureInput, @Ctx() ctx: IssuesContext) {
    return issuePayload(await ctx.services.ledger.confirmClosure(input));
  }

  @Mutation(() => IssuePayload, { description: 'Reopen a resolved or unsolvable problem' })
  async reopenIssue(@Arg('input') input: ReasonedActionInput, @Ctx() ctx: IssuesContext) {
    return issuePayload(await ctx.services.ledger.reopen(input));
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
