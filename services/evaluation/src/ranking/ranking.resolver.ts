import { canSeeTenant } from '@qinshang/auth';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { EvaluationContext } from '../context';
import { assertPeriod } from './ranking.service';
import { District, Ranking } from './ranking.type';

@Resolver(() => District)
export class DistrictRankingResolver {
  @FieldResolver(() => Ranking, { nullable: true, description: 'The published ranking for the month; null before it is published' })
  async ranking(
    @Root() district: District,
    @Arg('period', { description: 'The month, YYYY-MM' }) period: string,
    @Ctx() ctx: EvaluationContext,
  ): Promise<Ranking | null> {
    assertPeriod(period);
    if (!canSeeTenant(ctx.caller, district.id)) return null;
    return ctx.loaders.ranking.load(`${period}|${district.id}`);
  }
}
