import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { assertPeriod } from '../common/period';
import type { EvaluationContext } from '../context';
import { Official, Scorecard } from './scorecard.type';

@Resolver(() => Official)
export class OfficialScorecardResolver {
  @FieldResolver(() => Scorecard, {
    nullable: true,
    description: "The official's scorecard for the month (published figures once the month is published); null when it is not yours to see or the official was not yet assessed",
  })
  scorecard(@Root() official: Official, @Arg('period', { description: 'The month, YYYY-MM' }) period: string, @Ctx() ctx: EvaluationContext): Promise<Scorecard | null> {
    assertPeriod(period);
    return ctx.loaders.scorecard.load(`${period}|${official.id}`);
  }
}

@Resolver(() => Scorecard)
export class ScorecardQueryResolver {
  @Query(() => [Scorecard], {
    description: 'Scorecards of one month: of the officials named, or of a tenant’s officials (a district office sees its own tenant’s, an official its own)',
  })
  scorecards(
    @Arg('period', { description: 'The month, YYYY-MM' }) period: string,
    @Arg('districtId', () => ID, { nullable: true }) districtId: string | null,
    @Arg('officialIds', () => [ID], { nullable: true }) officialIds: string[] | null,
    @Ctx() ctx: EvaluationContext,
  ): Promise<Scorecard[]> {
    assertPeriod(period);
    return ctx.services.scorecard.list(period, districtId, officialIds);
  }

  @FieldResolver(() => Official, { description: 'The official' })
  official(@Root() card: Scorecard): Official {
    return { id: card.officialId };
  }
}
