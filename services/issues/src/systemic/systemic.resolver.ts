import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { IssuesContext } from '../context';
import { CreateSystemicIssueInput, EscalateSystemicIssueInput } from '../ledger/issue.inputs';
import { toIssue } from '../ledger/issue.row';
import { Issue } from '../ledger/types';
import { SystemicIssue } from './systemic-issue.type';
import type { SystemicIssueRow } from './systemic.service';

const toSystemic = (row: SystemicIssueRow): SystemicIssue =>
  ({ id: row.id, title: row.title, description: row.description, status: row.status, createdAt: row.created_at }) as SystemicIssue;

@Resolver(() => SystemicIssue)
export class SystemicIssueResolver {
  @Query(() => [SystemicIssue], { description: 'Systemic problems with at least one member you may see, newest first' })
  async systemicIssues(@Ctx() ctx: IssuesContext): Promise<SystemicIssue[]> {
    return (await ctx.services.systemic.list()).map(toSystemic);
  }

  @Query(() => SystemicIssue, { nullable: true })
  async systemicIssue(@Arg('id', () => ID) id: string, @Ctx() ctx: IssuesContext): Promise<SystemicIssue | null> {
    const row = await ctx.services.systemic.find(id);
    return row ? toSystemic(row) : null;
  }

  @FieldResolver(() => [Issue], { description: 'The linked problems you may see' })
  async issues(@Root() systemic: SystemicIssue, @Ctx() ctx: IssuesContext): Promise<Issue[]> {
    return (await ctx.services.systemic.members([systemic.id])).get(systemic.id)?.map((row) => toIssue(row)) ?? [];
  }

  @Mutation(() => SystemicIssue, { description: 'Link problems of several enterprises (and, for the city, tenants) into one systemic problem' })
  async createSystemicIssue(@Arg('input') input: CreateSystemicIssueInput, @Ctx() ctx: IssuesContext): Promise<SystemicIssue> {
    return toSystemic(await ctx.services.systemic.create(input));
  }

  @Mutation(() => SystemicIssue, { description: 'Escalate every open member one level up, as one' })
  async escalateSystemicIssue(@Arg('input') input: EscalateSystemicIssueInput, @Ctx() ctx: IssuesContext): Promise<SystemicIssue> {
    return toSystemic(await ctx.services.systemic.escalate(input));
  }
}
