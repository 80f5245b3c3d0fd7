import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { CityContext } from '../context';
import { districtStub, District } from '../organisation/district.type';
import { PolicyFilter } from './dto/policy-filter.input';
import { Enterprise } from './enterprise.type';
import { Policy, PolicyConnection } from './policy.type';

@Resolver(() => Policy)
export class PolicyResolver {
  @Query(() => PolicyConnection, { description: 'Support policies the caller may see (city-wide, and its own tenant’s), a page at a time' })
  policies(
    @Arg('filter', () => PolicyFilter, { nullable: true }) filter: PolicyFilter | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1 to 200 (default 50)' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: "The previous page's `endCursor`" }) after: string | null,
    @Ctx() ctx: CityContext,
  ): Promise<PolicyConnection> {
    return ctx.services.policy.list({ filter, first, after });
  }

  @Query(() => Policy, { nullable: true, description: 'A policy by id; null when it is not yours to see' })
  policy(@Arg('id', () => ID) id: string, @Ctx() ctx: CityContext): Promise<Policy | null> {
    return ctx.loaders.policy.load(id);
  }

  @Query(() => [Policy], {
    nullable: true,
    description: "The policies valid today that apply to an enterprise (its sector; city-wide or its tenant's); null when the enterprise is not yours to see",
  })
  policiesFor(@Arg('enterpriseId', () => ID) enterpriseId: string, @Ctx() ctx: CityContext): Promise<Policy[] | null> {
    return ctx.loaders.policiesForEnterprise.load(enterpriseId);
  }

  @FieldResolver(() => District, { nullable: true, description: "The tenant it applies in; null for a city-wide policy" })
  district(@Root() policy: Policy): District | null {
    return policy.districtId ? districtStub(policy.districtId) : null;
  }
}

@Resolver(() => Enterprise)
export class EnterprisePoliciesResolver {
  @FieldResolver(() => [Policy], { description: '惠企政策: the support policies valid today that apply to it' })
  async policies(@Root() enterprise: Enterprise, @Ctx() ctx: CityContext): Promise<Policy[]> {
    return (await ctx.loaders.policiesForEnterprise.load(enterprise.id)) ?? [];
  }
}
