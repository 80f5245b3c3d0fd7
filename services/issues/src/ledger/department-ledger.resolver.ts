import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { IssuesContext } from '../context';
import { issueConnection } from './issue.connection';
import { IssueFilter } from './issue.inputs';
import { Department, IssueConnection, IssueOrder } from './types';

@Resolver(() => Department)
export class DepartmentLedgerResolver {
  @FieldResolver(() => IssueConnection, { description: 'Problems assigned to the department' })
  async assignedIssues(
    @Root() department: Department,
    @Ctx() ctx: IssuesContext,
    @Arg('filter', () => IssueFilter, { nullable: true }) filter?: IssueFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('orderBy', () => IssueOrder, { nullable: true, description: 'NEWEST_FIRST unless given' }) orderBy?: IssueOrder,
  ): Promise<IssueConnection> {
    return issueConnection(await ctx.services.ledger.listAssignedIssues(department.id, filter, first, after, orderBy ?? undefined));
  }
}
