import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { IssuesContext } from '../context';
import { issueConnection } from './issue.connection';
import { IssueFilter } from './issue.inputs';
import { Enterprise, IssueConnection } from './types';

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
    return issueConnection(await ctx.services.ledger.listIssues({ enterpriseId: enterprise.id }, filter, first, after));
  }

  @FieldResolver(() => Int, { description: 'Problems not yet struck off the ledger' })
  openIssueCount(@Root() enterprise: Enterprise, @Ctx() ctx: IssuesContext): Promise<number> {
    return ctx.loaders.openIssueCount.load(enterprise.id);
  }
}
