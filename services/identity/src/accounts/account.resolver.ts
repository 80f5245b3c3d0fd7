import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { IdentityContext } from '../context';
import { Account, AccountConnection, AccountFilter, AccountWithCode, BulkAccountsPayload, CreateAccountInput } from './account.type';

@Resolver(() => Account)
export class AccountResolver {
  @Query(() => Account, { nullable: true, description: "The caller's own account (null for a development token)" })
  me(@Ctx() ctx: IdentityContext) {
    return ctx.accounts.me();
  }

  @Query(() => AccountConnection, { description: "Accounts: the city office sees every one, a district office its tenant's" })
  accounts(
    @Ctx() ctx: IdentityContext,
    @Arg('filter', () => AccountFilter, { nullable: true }) filter?: AccountFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return ctx.accounts.list(filter, first, after);
  }

  @Mutation(() => AccountWithCode, { description: 'Creates an account (no role above your own). Event account.created' })
  createAccount(@Arg('input', () => CreateAccountInput) input: CreateAccountInput, @Ctx() ctx: IdentityContext) {
    return ctx.accounts.create(input);
  }

  @Mutation(() => BulkAccountsPayload, { description: "Accounts for every official on a tenant's list that has none. Events account.created" })
  createOfficialAccounts(@Arg('districtId', () => ID) districtId: string, @Ctx() ctx: IdentityContext) {
    return ctx.accounts.createForOfficials(districtId);
  }

  @Mutation(() => Account, { description: 'Disables an account and signs it out everywhere at once. Event account.disabled' })
  disableAccount(@Arg('id', () => ID) id: string, @Ctx() ctx: IdentityContext) {
    return ctx.accounts.disable(id);
  }

  @Mutation(() => Account, { description: 'Enables an account again (and lifts a lock-out). Event account.enabled' })
  enableAccount(@Arg('id', () => ID) id: string, @Ctx() ctx: IdentityContext) {
    return ctx.accounts.enable(id);
  }

  @Mutation(() => AccountWithCode, { description: 'A one-time code for the person to set a new password. Event account.password_reset' })
  resetAccountPassword(@Arg('id', () => ID) id: string, @Ctx() ctx: IdentityContext) {
    return ctx.accounts.resetPassword(id);
  }
}
