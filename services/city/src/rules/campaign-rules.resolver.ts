import { Arg, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { Campaign } from '../city/city.entity';
import { currentPeriod, parsePeriod } from '../common/period';
import type { CityContext } from '../context';
import { CampaignRules } from './campaign-rules.type';
import { PublishCampaignRulesInput } from './dto/publish-campaign-rules.input';
import { versionInForce } from './rules';

@ObjectType({ description: 'The result of publishing campaign rules' })
export class PublishCampaignRulesPayload {
  @Field(() => CampaignRules, { description: 'The new version' })
  rules: CampaignRules;
}

@Resolver(() => Campaign)
export class CampaignRulesResolver {
  @FieldResolver(() => CampaignRules, { nullable: true, description: 'The rules in force for a month (default: the current month); null before the first version' })
  async rules(
    @Root() campaign: Campaign,
    @Arg('period', () => String, { nullable: true, description: 'The month, YYYY-MM' }) period: string | null,
    @Ctx() ctx: CityContext,
  ): Promise<CampaignRules | null> {
    const month = period == null ? currentPeriod() : parsePeriod(period, 'period');
    return versionInForce(await ctx.loaders.ruleVersions.load(campaign.id), month);
  }

  @FieldResolver(() => [CampaignRules], { description: 'Every published version of the rules, oldest first' })
  ruleVersions(@Root() campaign: Campaign, @Ctx() ctx: CityContext): Promise<CampaignRules[]> {
    return ctx.loaders.ruleVersions.load(campaign.id);
  }

  @FieldResolver(() => Int, { description: 'Minimum service visits each official makes to a paired enterprise per month (under the rules in force now)' })
  async minVisitsPerMonth(@Root() campaign: Campaign, @Ctx() ctx: CityContext): Promise<number> {
    const rules = versionInForce(await ctx.loaders.ruleVersions.load(campaign.id), currentPeriod());
    return rules?.minVisitsPerMonth ?? campaign.minVisitsPerMonth;
  }

  @Mutation(() => PublishCampaignRulesPayload, { description: 'Publishes a new rules version from a month on (CITY_ADMIN); past months keep their rules' })
  async publishCampaignRules(@Arg('input', () => PublishCampaignRulesInput) input: PublishCampaignRulesInput, @Ctx() ctx: CityContext): Promise<PublishCampaignRulesPayload> {
    return { rules: await ctx.services.rulesCommands.publish(input) };
  }
}
