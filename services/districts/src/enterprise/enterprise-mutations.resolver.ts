import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { EnterprisePayload } from '../common/payloads';
import type { DistrictsContext } from '../context';
import { AddEnterpriseInput, UpdateEnterpriseInput } from './dto/enterprise.inputs';

@Resolver()
export class EnterpriseMutationsResolver {
  @Mutation(() => EnterprisePayload, { description: "Puts an enterprise or project on a tenant's list (an office; a district office in its own tenant). Event enterprise.added" })
  async addEnterprise(@Arg('input', () => AddEnterpriseInput) input: AddEnterpriseInput, @Ctx() ctx: DistrictsContext): Promise<EnterprisePayload> {
    return { enterprise: await ctx.commands.enterprise.add(input) };
  }

  @Mutation(() => EnterprisePayload, { description: 'Changes the fields given (an office). Event enterprise.updated with the fields that changed; none when nothing did' })
  async updateEnterprise(@Arg('input', () => UpdateEnterpriseInput) input: UpdateEnterpriseInput, @Ctx() ctx: DistrictsContext): Promise<EnterprisePayload> {
    return { enterprise: await ctx.commands.enterprise.update(input) };
  }
}
