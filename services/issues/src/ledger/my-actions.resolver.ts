import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { can } from '../access/permissions';
import type { IssuesContext } from '../context';
import { IssueAction } from './state-machine';
import { Issue } from './types';

@Resolver(() => Issue)
export class MyActionsResolver {
  @FieldResolver(() => [IssueAction], {
    description: 'What you may do next: the steps of allowedActions that your role may take (the permission table), so a page offers only those',
  })
  myActions(@Root() issue: Issue, @Ctx() ctx: IssuesContext): IssueAction[] {
    return issue.allowedActions.filter((action) => can(ctx.caller, action));
  }
}
