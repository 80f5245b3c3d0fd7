import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { assertPeriod } from '../common/period';
import type { EvaluationContext } from '../context';
import { AssessmentPeriod, City, District, PublishedPeriod, Ranking } from './ranking.type';

@Resolver(() => District)
export class DistrictRankingResolver {
  @FieldResolver(() => Ranking, {
    nullable: true,
    description: "The tenant's ranking for the month: published figures once the month is published, live ones for the city before that; null when none",
  })
  async ranking(@Root() district: District, @Arg('period', { description: 'The month, YYYY-MM' }) period: string, @Ctx() ctx: EvaluationContext): Promise<Ranking | null> {
    assertPeriod(period);
    const all = await ctx.loaders.rankings.load(period);
    return all.find((r) => r.districtId === district.id) ?? null;
  }
}

@Resolver(() => City)
export class CityRankingsResolver {
  @FieldResolver(() => [Ranking], { description: "Every tenant's ranking for the month, best first (a tenant's own office sees its own line only)" })
  async rankings(@Arg('period', { description: 'The month, YYYY-MM' }) period: string, @Ctx() ctx: EvaluationContext): Promise<Ranking[]> {
    assertPeriod(period);
    return ctx.loaders.rankings.load(period);
  }

  @FieldResolver(() => [AssessmentPeriod], { description: 'The months the assessment has figures for (visits, reports, excuses or deductions recorded in them), newest first, with whether each is published; none after this month' })
  assessmentPeriods(@Ctx() ctx: EvaluationContext): Promise<AssessmentPeriod[]> {
    return ctx.services.ranking.periods();
  }
}

@Resolver()
export class PublishingResolver {
  @Mutation(() => PublishedPeriod, { description: "Publishes (freezes) a month's scorecards and ranking with the rules version in force (CITY_ADMIN); CONFLICT if already published" })
  publishPeriod(@Arg('period', { description: 'The month, YYYY-MM' }) period: string, @Ctx() ctx: EvaluationContext): Promise<PublishedPeriod> {
    assertPeriod(period);
    return ctx.services.rankingCommands.publish(period);
  }
}
