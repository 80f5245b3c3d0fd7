import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { IssuesContext } from '../context';
import { District, IssueStats } from './district.type';

@Resolver(() => District)
export class DistrictLedgerResolver {
  @FieldResolver(() => IssueStats, { nullable: true, description: "The tenant's ledger figures; null when it is not yours to see" })
  issueStats(@Root() district: District, @Ctx() ctx: IssuesContext): Promise<IssueStats | null> {
    return ctx.loaders.issueStats.load(district.id);
  }
}
