import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { IssuesContext } from '../context';
import { EscalationFilter } from './issue.inputs';
import { toIssue } from './issue.row';
import { Escalation, EscalationConnection, Issue } from './types';

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
